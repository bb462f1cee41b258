// Summarises Lighthouse JSON reports for bench/lighthouse.sh: one Markdown table row per page.
//   node summary.mjs REPORTS_FOLDER
// REPORTS_FOLDER holds one folder per page (named after the page's label) with run-N.json inside. For each page:
// the median over the runs of the performance score, FCP, LCP and total blocking time; the worst (highest) CLS;
// the lowest accessibility, best-practices and SEO scores (they do not vary between runs: a lower one is a finding);
// the bytes transferred and the requests of the median run.
import { promises as fs } from 'node:fs';
import path from 'node:path';

const folder = process.argv[2];
const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const score = (report, category) => Math.round(report.categories[category].score * 100);
const audit = (report, id) => report.audits[id].numericValue;
const seconds = ms => `${(ms / 1000).toFixed(1)} s`;
const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`;

const rows = [];
for (const label of (await fs.readdir(folder)).sort()) {
  const runs = (await fs.readdir(path.join(folder, label))).filter(f => f.endsWith('.json')).sort();
  const reports = await Promise.all(runs.map(async f => JSON.parse(await fs.readFile(path.join(folder, label, f), 'utf8'))));
  if (reports.length === 0) continue;
  const performance = reports.map(r => score(r, 'performance'));
  const middle = reports[performance.indexOf([...performance].sort((a, b) => a - b)[Math.floor(performance.length / 2)])];
  const requests = middle.audits['network-requests'].details.items;
  const bytesOf = type => requests.filter(r => r.resourceType === type).reduce((sum, r) => sum + r.transferSize, 0);
  rows.push({
    order: Number(label.split('-')[0]),
    page: new URL(middle.finalDisplayedUrl ?? middle.finalUrl).pathname,
    performance: median(performance),
    accessibility: Math.min(...reports.map(r => score(r, 'accessibility'))),
    bestPractices: Math.min(...reports.map(r => score(r, 'best-practices'))),
    seo: Math.min(...reports.map(r => score(r, 'seo'))),
    fcp: median(reports.map(r => audit(r, 'first-contentful-paint'))),
    lcp: median(reports.map(r => audit(r, 'largest-contentful-paint'))),
    cls: Math.max(...reports.map(r => audit(r, 'cumulative-layout-shift'))),
    tbt: median(reports.map(r => audit(r, 'total-blocking-time'))),
    transferred: audit(middle, 'total-byte-weight'),
    css: bytesOf('Stylesheet'),
    font: bytesOf('Font'),
    requests: requests.length,
    runs: reports.length,
  });
}
rows.sort((a, b) => a.order - b.order);
console.log('| page | performance | accessibility | best practices | SEO | FCP / LCP | CLS | TBT | transferred (CSS, fonts) | requests |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| \`${r.page}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${seconds(r.fcp)} / ${seconds(r.lcp)} | ${r.cls.toFixed(3)} | ${Math.round(r.tbt)} ms | ${kb(r.transferred)} (${kb(r.css)}, ${kb(r.font)}) | ${r.requests} |`);
}
console.log(`\n${rows[0]?.runs ?? 0} run(s) per page: median performance, FCP, LCP and TBT; worst CLS; lowest accessibility, best practices and SEO.`);
