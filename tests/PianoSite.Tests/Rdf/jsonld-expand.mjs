// Expands JSON-LD documents with the jsonld processor (npm jsonld), as a consumer of the pages would:
//   node jsonld-expand.mjs < documents.json      (a JSON array of JSON-LD documents)
// Prints the array of expanded documents. No network: the remote context "https://schema.org" is served by the
// document loader below, a stand-in for schema.org's own context (https://schema.org/docs/jsonldcontext.jsonld)
// with what it says of the terms the pages use: every term is in the vocabulary http://schema.org/, and url,
// license and contentUrl take IRIs. Any other remote document is refused, so the pages cannot depend on one.
import jsonld from 'jsonld';

const schemaOrg = {
  '@context': {
    '@vocab': 'http://schema.org/',
    url: { '@id': 'http://schema.org/url', '@type': '@id' },
    license: { '@id': 'http://schema.org/license', '@type': '@id' },
    contentUrl: { '@id': 'http://schema.org/contentUrl', '@type': '@id' },
  },
};

const documentLoader = async url => {
  if (url === 'https://schema.org' || url === 'https://schema.org/' || url === 'http://schema.org' || url === 'http://schema.org/') {
    return { contextUrl: null, documentUrl: url, document: schemaOrg };
  }
  throw new Error(`remote document refused: ${url}`);
};

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
try {
  const documents = JSON.parse(input);
  const expanded = [];
  for (const document of documents) {
    expanded.push(await jsonld.expand(document, { documentLoader, safe: true }));
  }
  process.stdout.write(JSON.stringify(expanded));
} catch (e) {
  process.stderr.write(`jsonld-expand: ${e.message}\n`);
  process.exit(2);
}
