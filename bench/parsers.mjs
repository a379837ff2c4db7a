// `npm run bench`, parsing part: what parsing costs and what it keeps, per fabric size.
//   - parse only, WebAssembly (web-tree-sitter) and native (the tree-sitter binding): the same bytes, the
//     same grammars; the native figure is the practical floor;
//   - the CLI's cold run (a fresh process: read, parse, extract, link, rules, report) with 1 and with all
//     threads, for each parser, with the process's peak RSS;
//   - what each part of the engine's state costs in memory: the text, a tree (kept for open documents
//     only), the model (analyses), the lint result (fabric, links, findings).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const { Workspace } = require('../out/server/src/engine/workspace.js');
const { initParsers, parse, useParser } = require('../out/server/src/parsing/parser.js');
const { AnalysisPool } = require('../out/server/src/engine/worker-pool.js');
const { analyzeAllInThreads } = require('../out/server/src/engine/thread-analysis.js');

const mb = (n) => `${(n / 1048576).toFixed(n < 10485760 ? 1 : 0)} MB`;
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;

/**
 * Parses every file once with the current parser; returns the wall time and this process's CPU time (the machine
 * may be shared: CPU time is the figure that does not depend on the neighbours). The trees are freed as they go.
 */
function parseAll(files) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const text of files.values()) parse('netcli', text).delete();
  const c = process.cpuUsage(c0);
  return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
}

/** Parse-only time of both parsers (native skipped with its reason where it does not load). */
export async function parserFigures(files) {
  await initParsers();
  useParser('wasm');
  parseAll(new Map([...files].slice(0, 4))); // warm up
  const wasm = parseAll(files);
  const problem = useParser('native');
  let native;
  if (problem === undefined) {
    parseAll(new Map([...files].slice(0, 4)));
    native = parseAll(files);
  }
  useParser('wasm');
  return { wasm, native, problem };
}

/**
 * A cold CLI run in a fresh process; its wall time and peak RSS. The peak is the process's own high-water mark
 * (VmHWM, Linux): `resourceUsage().maxRSS` survives exec, so a child forked from this process, which holds
 * gigabytes by then, would report this process's size instead of its own.
 */
function cliRun(dir, args) {
  const script = `const t0 = performance.now();
require(${JSON.stringify(path.join(repo, 'dist', 'cli.js'))}).main(${JSON.stringify([...args, '--format', 'json', '--output', path.join(dir, '..', 'report.json'), dir])})
  .then((code) => {
    const u = process.resourceUsage();
    let hwm;
    try { hwm = Number(require('node:fs').readFileSync('/proc/self/status', 'utf8').match(/VmHWM:\\s+(\\d+)/)[1]) * 1024; } catch {}
    process.stderr.write(JSON.stringify({ code, ms: performance.now() - t0, cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: hwm ?? u.maxRSS * 1024 }) + '\\n');
  });`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  try {
    return JSON.parse(last);
  } catch {
    return { error: r.stderr.trim().slice(-300) };
  }
}

/** The CLI's cold time with one and all threads, per parser. */
export function cliFigures(files) {
  const base = mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-bench-'));
  const dir = path.join(base, 'fabric');
  try {
    require('node:fs').mkdirSync(dir);
    for (const [name, text] of files) writeFileSync(path.join(dir, name), text);
    const all = os.availableParallelism();
    const out = [];
    for (const parser of ['wasm', 'native'])
      for (const jobs of [...new Set([1, all])]) out.push({ parser, jobs, ...cliRun(dir, ['--parser', parser, '--jobs', String(jobs)]) });
    return out;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * Memory of each part, measured in this process with --expose-gc: the texts (UTF-16 or Latin-1 strings as V8
 * holds them), one tree per file (what the server would hold if it kept every tree, against only the open
 * documents'), the analyses (the model), and the lint result (fabric, links, findings).
 */
export async function memoryFigures(files, parser) {
  const gc = globalThis.gc ?? (() => undefined);
  await initParsers();
  const problem = useParser(parser);
  if (problem !== undefined) return { problem };
  try {
    // A copy of each text, owned by this measurement; V8 holds a text of Latin-1 characters in one byte each.
    const texts = new Map([...files].map(([name, text]) => [name, Buffer.from(text, 'utf8').toString('utf8')]));
    const textBytes = [...texts.values()].reduce((n, t) => n + (latin1(t) ? 1 : 2) * t.length, 0);
    gc();
    const m1 = process.memoryUsage();
    // Trees of a sample of files (WebAssembly memory grows and never shrinks): the cost of one tree, as the server
    // holds one per open document.
    const sample = [...texts.values()].slice(0, 32);
    const trees = sample.map((t) => parse('netcli', t));
    gc();
    const m2 = process.memoryUsage();
    for (const t of trees) t.delete();
    trees.length = 0;
    gc();
    const ws = await Workspace.create({ roots: ['file:///bench'] });
    for (const [name, text] of texts) ws.setFile(`file:///bench/${name}`, text);
    gc();
    const m3 = process.memoryUsage();
    for (const u of ws.uris()) ws.analysis(u);
    gc();
    const m4 = process.memoryUsage();
    const result = ws.lint();
    gc();
    const m5 = process.memoryUsage();
    const total = (m) => m.heapUsed + m.external;
    // The same model read on the analysis threads (which always parse with WebAssembly), as the CLI and the language
    // server's first indexing get it.
    let modelFromThreads;
    if (parser === 'wasm') {
      const threaded = await Workspace.create({ roots: ['file:///bench'] });
      for (const [name, text] of texts) threaded.setFile(`file:///bench/${name}`, text);
      gc();
      const m6 = process.memoryUsage();
      const pool = new AnalysisPool({ size: os.availableParallelism(), timeMs: Infinity, heapMb: Infinity });
      try {
        await analyzeAllInThreads(threaded, pool, threaded.uris());
      } finally {
        await pool.close();
      }
      gc();
      modelFromThreads = total(process.memoryUsage()) - total(m6);
    }
    return {
      text: textBytes,
      // WebAssembly trees live in the module's memory, native ones in the C heap: the RSS sees both.
      treeRss: (m2.rss - m1.rss) / sample.length,
      model: total(m4) - total(m3),
      modelFromThreads,
      threads: os.availableParallelism(),
      findings: total(m5) - total(m4),
      findingCount: result.findings.length,
      rss: m5.rss,
    };
  } finally {
    useParser('wasm');
  }
}

function latin1(text) {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

const timing = (t) => `${s(t.wall)} (cpu ${s(t.cpu)})`;

export function printParsers(n, p) {
  const native =
    p.native !== undefined ? `native ${timing(p.native)}, ${(p.wasm.cpu / p.native.cpu).toFixed(2)}× less cpu` : `native not available: ${p.problem}`;
  console.log(`${n} switches: parse only, every file: wasm ${timing(p.wasm)}, ${native}`);
}

export function printCli(n, runs) {
  for (const r of runs) {
    // Analysis threads always parse with WebAssembly; --parser native is the main thread's parser.
    const threads = r.jobs === 1 ? '1 thread (main)' : `${r.jobs} threads${r.parser === 'native' ? ' (wasm in the threads)' : ''}`;
    const what = `${n} switches: CLI cold, ${r.parser}, ${threads}`;
    console.log(r.error ? `${what}: failed: ${r.error}` : `${what}: ${s(r.ms)} (cpu ${s(r.cpu)}), peak rss ${mb(r.rss)}`);
  }
}

export function printMemory(n, parser, m) {
  if (m.problem) return console.log(`${n} switches (${parser}): not available: ${m.problem}`);
  console.log(
    `${n} switches (${parser}): memory of texts ${mb(m.text)}, of one file's tree ${kb(m.treeRss)} (rss), ` +
      `of the model ${mb(m.model)}${m.modelFromThreads === undefined ? '' : ` (read on ${m.threads} threads: ${mb(m.modelFromThreads)})`}, of the lint result (${m.findingCount} findings, links, fabric) ${mb(m.findings)}; rss ${mb(m.rss)}`,
  );
}
