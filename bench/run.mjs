// `npm run bench`: cold lint of synthetic fabrics and the per-keystroke re-lint, with memory.
// Prints figures; bench/RESULTS.md keeps the latest with the machine they came from.
import { createRequire } from 'node:module';
import os from 'node:os';
import { generateFabric } from './gen-fabric.mjs';
import { cliFigures, memoryFigures, parserFigures, printCli, printMemory, printParsers } from './parsers.mjs';

const require = createRequire(import.meta.url);
const { Workspace } = require('../out/server/src/engine/workspace.js');
const { provideFabricGraph } = require('../out/server/src/lsp/fabric-graph.js');
const { layoutGroups, scene, renderSvg } = require('../out/shared/src/fabric-picture.js');
const { newElk } = require('../out/shared/src/elk.js');

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

  // Opening the fabric view on the linted fabric: the server builds the graph, it crosses to the webview as JSON,
  // the page lays out the groups (elkjs) and draws the SVG.
  {
    const t1 = performance.now();
    const graph = provideFabricGraph(result, 'auto');
    const message = JSON.stringify(graph);
    const t2 = performance.now();
    const received = JSON.parse(message);
    const order = await layoutGroups(received, newElk());
    const t3 = performance.now();
    const drawn = scene(received, order, { expanded: new Set(), filter: {} });
    const svg = renderSvg(received, drawn);
    const t4 = performance.now();
    console.log(
      `${n} switches: open the fabric view ${((t4 - t1) / 1000).toFixed(2)} s (graph ${(t2 - t1).toFixed(0)} ms, message ${mb(message.length)}, layout ${(t3 - t2).toFixed(0)} ms, scene and SVG ${(t4 - t3).toFixed(0)} ms; ${drawn.nodes.length} nodes, ${drawn.edges.length} edges, ${(svg.length / 1024).toFixed(0)} KB of SVG)`,
    );
  }

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
for (const n of sizes) {
  const files = generateFabric(n);
  printParsers(n, await parserFigures(files));
  printCli(n, cliFigures(files));
  for (const parser of ['wasm', 'native']) printMemory(n, parser, await memoryFigures(files, parser));
}
