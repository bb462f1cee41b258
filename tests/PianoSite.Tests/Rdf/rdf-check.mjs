// Parses RDF files with maintained RDF/JS libraries (n3 for Turtle, rdfxml-streaming-parser for RDF/XML) and
// validates them against SHACL shapes (rdf-validate-shacl). Run by the xunit tests (RdfTool.cs):
//   node rdf-check.mjs SHAPES.ttl [--drop PREDICATE_IRI]... DATA.ttl|DATA.rdf...
// Prints one JSON object: each file's triples as sorted N-Triples, and the SHACL report of all the files together.
// --drop removes every triple with that predicate before validating (to prove that a shape can fail).
import { readFileSync } from 'node:fs';
import { Parser, Store, Writer } from 'n3';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import SHACLValidator from 'rdf-validate-shacl';

const args = process.argv.slice(2);
const shapesFile = args.shift();
const drop = new Set();
const files = [];
while (args.length > 0) {
  const arg = args.shift();
  if (arg === '--drop') drop.add(args.shift());
  else files.push(arg);
}

function parseTurtle(text, baseIRI) {
  return new Parser({ baseIRI, format: 'text/turtle' }).parse(text);
}

function parseRdfXml(text, baseIRI) {
  return new Promise((resolve, reject) => {
    const quads = [];
    const parser = new RdfXmlParser({ baseIRI, strict: true });
    parser.on('data', q => quads.push(q));
    parser.on('error', reject);
    parser.on('end', () => resolve(quads));
    parser.write(text);
    parser.end();
  });
}

function nTriples(quads) {
  const writer = new Writer({ format: 'N-Triples' });
  return quads.map(q => writer.quadToString(q.subject, q.predicate, q.object)).map(l => l.trim()).sort();
}

try {
  const shapes = parseTurtle(readFileSync(shapesFile, 'utf8'), 'urn:shapes');
  const data = new Store();
  const parsed = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const quads = file.endsWith('.rdf') ? await parseRdfXml(text, 'urn:data') : parseTurtle(text, 'urn:data');
    parsed.push({ file, triples: nTriples(quads) });
    for (const q of quads) if (!drop.has(q.predicate.value)) data.addQuad(q);
  }
  const report = await new SHACLValidator(shapes).validate(data);
  const results = report.results.map(r => ({
    focusNode: r.focusNode?.value ?? null,
    path: r.path?.value ?? null,
    severity: r.severity?.value ?? null,
    constraint: r.sourceConstraintComponent?.value ?? null,
    message: r.message.map(m => m.value),
  }));
  process.stdout.write(JSON.stringify({ files: parsed, conforms: report.conforms, results }));
} catch (e) {
  process.stderr.write(`rdf-check: ${e.message}\n`);
  process.exit(2);
}
