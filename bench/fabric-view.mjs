// `npm run bench:view`: opening the fabric view as VS Code does, and using it, at 512 and 2,048 switches (BENCH_SIZES).
// The language server (dist/server.js over stdio, bench/lsp-server.mjs) indexes the generated fabric, 8 of whose leaves
// have a mismatched MTU. The page is the extension's own (client/src/fabric-view-html.ts with dist/fabric-view.js and
// its Content Security Policy) in headless chromium (bench/chromium.mjs), its `acquireVsCodeApi` stubbed to hand
// each message to this bench, which plays client/src/fabric-panel.ts: on 'ready' it sends `fabricLint/fabricGraph`
// and posts the answer to the page, and it answers the hover card's 'linkEnds' with `fabricLint/fabricLink`.
// Each interaction is real input (playwright's mouse and keyboard) timed in the page from the input event's timestamp
// to the first frame after the redraw (or to the card showing both ends' values). `npm run bench` prints the same.
// Prints figures; a benchmark, never a test.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';
import { generateFabric, withMtuMismatches } from './gen-fabric.mjs';
import { cpuOf, startServer } from './lsp-server.mjs';

/* global window, document, DOMPoint, requestAnimationFrame -- functions passed to page.evaluate and addInitScript run in the page */

const require = createRequire(import.meta.url);
const { fabricViewHtml } = require('../out/client/src/fabric-view-html.js');
const { FabricGraphRequest, FabricLinkRequest } = require('../out/shared/src/protocol.js');

const SCRIPT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'dist', 'fabric-view.js');
/** The page's origin: every request is answered by the bench, and any other than the page and its script is refused and reported. */
const ORIGIN = 'https://fabric-view.bench';
const LIMIT = 300000;

/**
 * Opens the view on `files` (the server indexes them first) and, with `interactions`, expands groups, clicks the
 * filters, hovers an MTU-mismatched link and searches for one device. Returns the figures; `browser` is a launched
 * chromium, or undefined for the server's side only.
 */
export async function measureFabricView(files, { browser, interactions = true } = {}) {
  const server = await startServer(files);
  try {
    const out = { firstRound: server.firstRound, rssIndexed: server.rssIndexed };
    const request = async () => {
      const cpu = cpuOf(server.child.pid);
      const t = performance.now();
      const graph = await server.connection.sendRequest(FabricGraphRequest, { ends: 'auto' });
      out.request = { ms: performance.now() - t, cpu: cpuOf(server.child.pid) - cpu, bytes: Buffer.byteLength(JSON.stringify(graph)) };
      out.devices = graph.devices.length;
      out.links = graph.links.length;
      out.findings = graph.findings.length;
      out.brief = graph.links.every((l) => !l.a.mtu);
      return graph;
    };
    if (!browser) {
      await request();
      return out;
    }
    Object.assign(out, await inPage(browser, server, request, interactions));
    return out;
  } finally {
    await server.close();
  }
}

async function inPage(browser, server, request, interactions) {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  const errors = [];
  const refused = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const script = fs.readFileSync(SCRIPT, 'utf8');
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: fabricViewHtml(ORIGIN, `${ORIGIN}/dist/fabric-view.js`) });
    if (url === `${ORIGIN}/dist/fabric-view.js`) return route.fulfill({ contentType: 'text/javascript', body: script });
    refused.push(url);
    return route.abort();
  });

  // The extension's side (client/src/fabric-panel.ts): the page's messages arrive here.
  const host = { painted: undefined, opened: [] };
  let graph;
  await page.exposeFunction('__fabricViewToHost', async (m) => {
    if (m.type === 'ready') {
      graph = await request();
      await page.evaluate((json) => window.postMessage({ type: 'graph', graph: JSON.parse(json) }, '*'), JSON.stringify(graph));
    } else if (m.type === 'painted') host.painted ??= performance.now();
    else if (m.type === 'linkEnds') {
      const ends = await server.connection.sendRequest(FabricLinkRequest, { a: m.a, b: m.b });
      await page.evaluate((reply) => window.postMessage(reply, '*'), { type: 'linkEnds', key: m.key, ends });
    } else if (m.type === 'openDevice' || m.type === 'openLink') host.opened.push(m);
  });
  await page.addInitScript(() => {
    // Times in the page's clock: the graph's arrival, the view's 'rendered', the first frame after it, and the
    // timestamp of the input event an interaction armed.
    const bench = (window.__bench = { receivedAt: 0, renderedAt: 0, paintedAt: 0, painted: 0, inputAt: 0, arm: undefined });
    let state;
    window.acquireVsCodeApi = () => ({
      postMessage(m) {
        void window.__fabricViewToHost(m);
        if (m.type !== 'rendered') return;
        bench.renderedAt = performance.now();
        requestAnimationFrame(() =>
          setTimeout(() => {
            bench.paintedAt = performance.now();
            bench.painted++;
            void window.__fabricViewToHost({ type: 'painted' });
          }, 0),
        );
      },
      getState: () => state,
      setState: (s) => (state = s),
    });
    window.addEventListener('message', (e) => e.data?.type === 'graph' && (bench.receivedAt = performance.now()));
    for (const type of ['click', 'input', 'mousemove'])
      window.addEventListener(
        type,
        (e) => {
          if (bench.arm !== type) return;
          bench.inputAt = e.timeStamp;
          bench.arm = undefined;
        },
        true,
      );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const browserCdp = await browser.newBrowserCDPSession();
  /** The page's main-thread busy time (ms) and chromium's CPU time, all its processes (ms). */
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    return {
      main: metrics.find((m) => m.name === 'TaskDuration').value * 1000,
      chromium: processInfo.reduce((s, p) => s + p.cpuTime, 0) * 1000,
    };
  };
  const since = async (c0) => {
    const c = await cpu();
    return { main: c.main - c0.main, chromium: c.chromium - c0.chromium };
  };

  const out = {};
  const c0 = await cpu();
  const t0 = performance.now();
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => window.__bench.painted > 0, null, { timeout: LIMIT, polling: 100 });
  while (host.painted === undefined) await new Promise((r) => setTimeout(r, 5));
  out.firstPicture = host.painted - t0;
  const b = await page.evaluate(() => window.__bench);
  out.page = { draw: b.renderedAt - b.receivedAt, paint: b.paintedAt - b.renderedAt, cpu: await since(c0) };
  out.drawn = await page.evaluate(() => ({
    nodes: document.querySelectorAll('#canvas g.node').length,
    edges: document.querySelectorAll('#canvas g.link').length,
    mtuEdges: document.querySelectorAll('#canvas g.link.state-mtu').length,
    svg: document.querySelector('#canvas')?.innerHTML.length ?? 0,
  }));

  if (interactions) {
    out.interactions = [];
    /**
     * Runs `act` (real input) and times it from its `event` (its timestamp in the page) to the first frame after the
     * redraw, or to `until(arg)` holding, which answers the page's time then. Chrome dispatches a mouse move at the next
     * frame, after playwright's call returns: the wait is for the armed event to have happened too (`arm` cleared).
     */
    const timed = async (label, event, act, until, arg) => {
      const before = await page.evaluate((type) => {
        window.__bench.arm = type;
        return window.__bench.painted;
      }, event);
      const c = await cpu();
      await act();
      const wait = until
        ? page.waitForFunction(until, arg, { timeout: LIMIT, polling: 'raf' })
        : page.waitForFunction((n) => window.__bench.arm === undefined && window.__bench.painted > n && window.__bench.paintedAt, before, {
            timeout: LIMIT,
            polling: 'raf',
          });
      const at = await (await wait).jsonValue();
      const inputAt = await page.evaluate(() => window.__bench.inputAt);
      const drawn = await page.evaluate(() => ({
        nodes: document.querySelectorAll('#canvas g.node').length,
        edges: document.querySelectorAll('#canvas g.link').length,
      }));
      out.interactions.push({ label, ms: at - inputAt, cpu: await since(c), ...drawn });
    };
    const groupOf = (first) =>
      page.evaluate((name) => {
        const n = [...document.querySelectorAll('#canvas g.node.group')].find((g) => g.querySelector('title')?.textContent?.startsWith(`${name} – `));
        return n?.getAttribute('data-node');
      }, first);

    const leaves = await groupOf('leaf1');
    const spines = await groupOf('spine1');
    if (!leaves || !spines) throw new Error(`the groups of leaf1 and spine1 are not drawn (${leaves}, ${spines})`);
    await timed('expand the group of leaf1 (a click)', 'click', () => page.click(`g.node.group[data-node="${leaves}"]`));
    await timed('expand the group of spine1 (a click)', 'click', () => page.click(`g.node.group[data-node="${spines}"]`));
    const check = (value) => `#bar fieldset input[data-value="${value}"]`;
    for (const [label, value] of [
      ['rule family mtu', 'mtu'],
      ['severity error', 'error'],
      ['role leaf', 'leaf'],
    ]) {
      await timed(`filter: uncheck ${label}`, 'click', () => page.click(check(value)));
      await timed(`filter: check ${label} again`, 'click', () => page.click(check(value)));
    }
    const target = await page.evaluate(() => {
      // An MTU-mismatched single link, scrolled into view, at a point of its line that no other element covers.
      for (const edge of document.querySelectorAll('#canvas g.link.state-mtu:not(.bundle)')) {
        const line = edge.querySelector('line.hit');
        line.scrollIntoView({ block: 'center', inline: 'center' });
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
        for (const f of [0.5, 0.35, 0.65, 0.2, 0.8]) {
          const p = new DOMPoint(x1 + (x2 - x1) * f, y1 + (y2 - y1) * f).matrixTransform(line.getScreenCTM());
          const title = edge.querySelector('title')?.textContent ?? '';
          // The title: "<device> <interface> — <device> <interface>: <state> …".
          if (document.elementFromPoint(p.x, p.y)?.closest('[data-edge]') === edge) return { x: p.x, y: p.y, title, ends: title.split(': ')[0].split(' — ') };
        }
      }
      return {
        miss: [...document.querySelectorAll('#canvas g.link.state-mtu')]
          .map((e) => e.getAttribute('class') + ' ' + e.querySelector('title')?.textContent)
          .join('; '),
      };
    });
    if (target?.miss !== undefined) throw new Error(`no hover target: ${target.miss}`);
    if (!target) throw new Error('no MTU-mismatched link is drawn on its own after expanding both groups');
    await page.mouse.move(5, 5);
    await timed(
      'hover an MTU-mismatched link: the card with both ends',
      'mousemove',
      () => page.mouse.move(target.x, target.y),
      // The card of this link (its ends in the first row), with the values the server sent for it.
      (ends) => {
        const card = document.getElementById('card');
        const rows = [...(card?.querySelectorAll('tr') ?? [])].map((r) => ({
          th: r.querySelector('th')?.textContent,
          td: [...r.querySelectorAll('td')].map((c) => c.textContent),
        }));
        const mtu = rows.find((r) => r.th === 'L3 MTU')?.td ?? [];
        const shown = card?.style.display === 'block' && ends.every((e) => rows[0]?.td.includes(e));
        // Both MTUs are numbers once the server's answer is in (a brief graph's card shows "—" until then).
        return window.__bench.arm === undefined && shown && mtu.length === 2 && mtu.every((v) => /^\d+/.test(v)) && performance.now();
      },
      target.ends,
    );
    out.card = await page.evaluate(() => [...document.querySelectorAll('#card tr')].map((r) => [...r.children].map((c) => c.textContent).join(' | ')));
    out.hovered = target.title;
    await page.mouse.move(5, 5);
    const device = lastLeaf(graph);
    await timed(`search "${device}"`, 'input', () => page.fill('#bar input[type=search]', device));
    out.found = await page.evaluate(() => [...document.querySelectorAll('#canvas g.node.match')].map((n) => n.getAttribute('data-node')));
  }
  out.errors = errors;
  out.refused = refused;
  await page.close();
  return out;
}

/** The leaf last in hostname order whose name is part of no other device's (so a search finds it alone). */
function lastLeaf(graph) {
  const ids = graph.devices.map((d) => d.id);
  const leaves = graph.devices.filter((d) => d.role === 'leaf').map((d) => d.id);
  leaves.sort((x, y) => x.localeCompare(y, 'en', { numeric: true }));
  for (let i = leaves.length - 1; i >= 0; i--) {
    const name = leaves[i].toLowerCase();
    if (ids.filter((id) => id.toLowerCase().includes(name)).length === 1) return leaves[i];
  }
  return leaves[leaves.length - 1];
}

/** The figures of one size as lines. */
export function viewLines(n, r) {
  const ms = (x) => `${x.toFixed(0)} ms`;
  const cpus = (c) => `page main thread ${ms(c.main)}, chromium cpu ${ms(c.chromium)}`;
  const lines = [
    `${n} switches, ${r.devices} devices, ${r.links} links, ${r.findings} findings: the server's first round of diagnostics ${(r.firstRound / 1000).toFixed(1)} s`,
    `${n} switches: fabricLint/fabricGraph request → response ${ms(r.request.ms)} (server cpu ${ms(r.request.cpu)}), message ${(r.request.bytes / 1048576).toFixed(2)} MB${r.brief ? ' (brief ends)' : ''}`,
  ];
  if (r.page) {
    lines.push(
      `${n} switches: open the fabric view: first drawn picture ${ms(r.firstPicture)} after the page opened; in the page, layout + draw ${ms(r.page.draw)}, then the frame ${ms(r.page.paint)} (${cpus(r.page.cpu)} from the page's load to the picture); ${r.drawn.nodes} nodes, ${r.drawn.edges} edges, ${(r.drawn.svg / 1024).toFixed(0)} KB of SVG`,
    );
    for (const i of r.interactions ?? []) lines.push(`${n} switches: ${i.label}: ${ms(i.ms)} (${cpus(i.cpu)}; then ${i.nodes} nodes, ${i.edges} edges)`);
    if (r.card) lines.push(`${n} switches: hovered ${r.hovered}; the card: ${r.card.join(' / ')}`);
    if (r.found) lines.push(`${n} switches: the search highlights ${r.found.join(', ') || 'nothing'}`);
    lines.push(
      `${n} switches: console errors: ${r.errors.length ? r.errors.join('; ') : 'none'}; requests refused: ${r.refused.length ? r.refused.join(', ') : 'none'}`,
    );
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.env.BENCH_SIZES ?? '512,2048').split(',').map(Number);
  const browser = await launchChromium();
  if (!browser) console.log('chromium is not set up (scripts/e2e-setup.sh): only the request is measured');
  try {
    for (const n of sizes) for (const line of viewLines(n, await measureFabricView(withMtuMismatches(generateFabric(n)), { browser }))) console.log(line);
  } finally {
    await browser?.close();
  }
}
