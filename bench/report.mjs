// `npm run bench:report`: the HTML report and the markdown summary of synthetic fabrics (bench/gen-fabric.mjs):
// time to build the report model and to render each, the sizes, and, when scripts/e2e-setup.sh has installed
// chromium, the time the page takes to open in headless chromium and show its tables. BENCH_SIZES (default
// 512,2048) picks the fabrics; BENCH_REPORT_KEEP=dir keeps the pages there.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { generateFabric, withMtuMismatches } from './gen-fabric.mjs';

const require = createRequire(import.meta.url);
const { Workspace } = require('../out/server/src/engine/workspace.js');
const { buildReport } = require('../out/server/src/output/report/model.js');
const { renderHtml } = require('../out/server/src/output/report/html.js');
const { renderMarkdown } = require('../out/server/src/output/report/markdown.js');
const { allRules } = require('../out/server/src/rules/index.js');

const sizes = (process.env.BENCH_SIZES ?? '512,2048').split(',').map(Number);
const keep = process.env.BENCH_REPORT_KEEP;
const dir = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-bench-report-'));
fs.mkdirSync(dir, { recursive: true });
const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, Node ${process.version}`);
for (const n of sizes) {
  const files = generateFabric(n);
  // A few broken links, so the report has findings, mismatched rows and their excerpts to carry.
  withMtuMismatches(files);
  const ws = await Workspace.create({ roots: ['file:///bench'] });
  const texts = new Map();
  for (const [name, text] of files) {
    ws.setFile(`file:///bench/${name}`, text);
    texts.set(`file:///bench/${name}`, text);
  }
  let t = performance.now();
  const result = ws.lint();
  const lint = performance.now() - t;
  t = performance.now();
  const model = await buildReport(
    { result, texts, rootDirs: ['/bench'], fileCount: files.size },
    { cwd: '/', title: `bench ${n}`, toolVersion: 'bench', rules: allRules },
  );
  const build = performance.now() - t;
  t = performance.now();
  const html = renderHtml(model);
  const renderH = performance.now() - t;
  t = performance.now();
  const md = renderMarkdown(model);
  const renderM = performance.now() - t;
  const file = path.join(dir, `report-${n}.html`);
  fs.writeFileSync(file, html);
  console.log(
    `${n} switches, ${result.fabric.links.length} links, ${result.findings.length} findings: lint ${s(lint)}; report model ${s(build)}, ` +
      `HTML ${s(renderH)} (${mb(Buffer.byteLength(html))}), markdown ${s(renderM)} (${md.length} chars); rss ${mb(process.memoryUsage().rss)}`,
  );
  const opened = await openInChromium(file);
  if (opened)
    console.log(
      `${n} switches: the page opens in headless chromium with its tables in ${s(opened.ms)}${opened.errors.length ? `; errors: ${opened.errors.join('; ')}` : ''}`,
    );
}
if (!keep) fs.rmSync(dir, { recursive: true, force: true });

/** Time from navigation to the tables being drawn, when the e2e setup is installed; undefined otherwise. */
async function openInChromium(file) {
  const browser = await launchChromium();
  if (!browser) return undefined;
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    const t0 = performance.now();
    await page.goto(`file://${file}`, { timeout: 120000 });
    await page.waitForFunction('document.querySelectorAll("table[data-table=links] tbody tr").length > 0', null, { timeout: 120000 });
    return { ms: performance.now() - t0, errors };
  } finally {
    await browser.close();
  }
}
