// A static server for bench/lighthouse.sh, on 127.0.0.1 only, that compresses as production hosts do:
//   - a file with a precompressed sibling (file.br, file.gz, as the build writes beside the text assets) is sent
//     as that sibling when the browser accepts its encoding (nginx's brotli_static / gzip_static);
//   - any other text file is gzipped on the fly at zlib's default level 6 (nginx's gzip on, Apache's mod_deflate);
//   - --no-precompressed ignores the siblings (only on-the-fly gzip, as a host that does not know them).
// Folders answer with their index.html; an unknown path answers 404 with the site's 404.html. Cache headers are
// the ones README.md gives for a static host: Pagefind's index files, whose names carry a hash of their content, for
// a year (immutable); the site's assets for an hour; pages and the rest revalidated every time. (Lighthouse loads
// each page with an empty cache: the headers do not change its figures.)
//   node serve.mjs SITE_FOLDER [PORT] [--no-precompressed]      prints "http://127.0.0.1:PORT/" when ready
import { createServer } from 'node:http';
import { createReadStream, promises as fs } from 'node:fs';
import { createGzip, constants } from 'node:zlib';
import path from 'node:path';

const args = process.argv.slice(2);
const precompressed = !args.includes('--no-precompressed');
const [root, port = '0'] = args.filter(a => !a.startsWith('--'));
if (!root) {
  console.error('usage: node serve.mjs SITE_FOLDER [PORT] [--no-precompressed]');
  process.exit(2);
}
const site = path.resolve(root);

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.ico': 'image/x-icon', '.pdf': 'application/pdf',
  '.wasm': 'application/wasm', '.rdf': 'application/rdf+xml; charset=utf-8', '.jsonld': 'application/ld+json; charset=utf-8',
  '.pagefind': 'application/octet-stream', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.csv', '.rdf', '.jsonld']);
const fingerprinted = /\.(pf_fragment|pf_index|pf_meta)$/;
const cacheControl = file => fingerprinted.test(file) ? 'public, max-age=31536000, immutable'
  : file.startsWith(path.join(site, 'assets') + path.sep) ? 'public, max-age=3600'
  : 'no-cache';

async function fileAt(urlPath) {
  const decoded = decodeURIComponent(urlPath.split('?')[0]);
  const full = path.join(site, path.normalize(decoded));
  if (!full.startsWith(site)) return null;
  try {
    const stat = await fs.stat(full);
    if (stat.isDirectory()) return fileAt(path.posix.join(decoded, 'index.html'));
    return stat.isFile() ? full : null;
  } catch {
    return null;
  }
}

async function exists(file) {
  try { return (await fs.stat(file)).isFile(); } catch { return false; }
}

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  let status = 200;
  let file = await fileAt(request.url);
  if (file === null) {
    status = 404;
    file = path.join(site, '404.html');
  }
  const extension = path.extname(file);
  const headers = {
    'Content-Type': types[extension] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(file),
    'Vary': 'Accept-Encoding',
  };
  const accepts = String(request.headers['accept-encoding'] ?? '');
  let body = file;
  let gzipNow = false;
  if (compressible.has(extension)) {
    if (precompressed && /\bbr\b/.test(accepts) && await exists(file + '.br')) {
      body = file + '.br';
      headers['Content-Encoding'] = 'br';
    } else if (precompressed && /\bgzip\b/.test(accepts) && await exists(file + '.gz')) {
      body = file + '.gz';
      headers['Content-Encoding'] = 'gzip';
    } else if (/\bgzip\b/.test(accepts)) {
      gzipNow = true;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  if (!gzipNow) {
    headers['Content-Length'] = (await fs.stat(body)).size;
  }
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(body);
  (gzipNow ? stream.pipe(createGzip({ level: constants.Z_DEFAULT_COMPRESSION })) : stream).pipe(response);
});

server.listen(Number(port), '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}/`);
});
