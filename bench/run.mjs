// `npm run bench`: cold lint of synthetic fabrics and the per-keystroke re-lint, with memory.
// Prints figures; bench/RESULTS.md keeps the latest with the machine they came from.
import { createRequire } from 'node:module';
import os from 'node:os';
import { generateFabric } from './gen-fabric.mjs';

const require = createRequire(import.meta.url);
const { Workspace } = require('../out/server/src/engine/workspace.js');

const sizes = (process.env.BENCH_SIZES ?? '64,512,2048').split(',').map(Number);
const editAt = Number(process.env.BENCH_EDIT_SIZE ?? 512);

function mb(n) {
  return `${(n / 1048576).toFixed(0)} MB`;
}

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown cpu'} × ${os.cpus().length}, ${mb(os.totalmem())} RAM, Node ${process.version}, ${os.platform()} ${os.release()}`,
);
for (const n of sizes) {
  const files = generateFabric(n);
  let lines = 0;
  for (const t of files.values()) lines += t.split('\n').length - 1;
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const ws = await Workspace.create({ roots: ['file:///bench'] });
  for (const [name, text] of files) ws.setFile(`file:///bench/${name}`, text);
  const result = ws.lint();
  const cold = performance.now() - t0;
  const mem = process.memoryUsage();
  console.log(
    `${n} switches, ${lines.toLocaleString('en')} lines: cold lint ${(cold / 1000).toFixed(2)} s, ${result.fabric.links.length} links, ${result.findings.length} findings, heap +${mb(mem.heapUsed - heap0)}, rss ${mb(mem.rss)}`,
  );

  if (n === editAt) {
    const [name, text] = [...files.entries()][n - 1];
    const times = [];
    for (let i = 0; i < 20; i++) {
      const edited = text.replace('mtu 9214', `mtu ${9000 + i}`);
      const t = performance.now();
      ws.setFile(`file:///bench/${name}`, edited);
      ws.lint();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`${n} switches: re-lint after one keystroke-sized edit: median ${times[10].toFixed(1)} ms, max ${times[19].toFixed(1)} ms (20 edits)`);
  }
}
