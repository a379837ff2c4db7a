#!/usr/bin/env node
// A stand-in for the VS Code executable: runs an extension's --extensionTestsPath module inside the real
// (remote, Node) extension host of code-server, through headless Debian chromium, and exits with the result.
// It takes VS Code-style arguments, so @vscode/test-electron's runTests({ vscodeExecutablePath: <this file> })
// drives it exactly as it would drive a downloaded VS Code (there is none to download offline).
//
//   run-exttests.mjs [folder] --extensionDevelopmentPath=/abs/ext --extensionTestsPath=/abs/suite/index.js
//                    [--extensions-dir=/abs/dir] [--user-data-dir=/abs/dir]   (other flags are ignored)
//                    [--install-extension=/abs/x.vsix]   (repeatable; installed into the extensions dir first —
//                                                         unlike VS Code's CLI, the tests then run)
//
// How: code-server is started on 127.0.0.1:<random port> with --vscode-option enable-smoke-test-driver, which
// makes the built workbench honour a ?payload=[["extensionDevelopmentPath",…],["extensionTestsPath",…]] URL;
// the workbench then calls window.codeAutomationExit(code) when the suite's run() settles, and mirrors the
// extension host's console through window.codeAutomationLog. code-server runs in its own process group and is
// stopped by that group's id at the end. Nothing is written outside fresh temp dirs.
//
// Paths come from ${FABRIC_E2E_CACHE:-~/.cache/fabric-lint-e2e}/env (written by scripts/e2e-setup.sh);
// NODE24, CODE_SERVER_ENTRY, PLAYWRIGHT_CORE, CHROMIUM in the environment override it.
// Env: FABRIC_E2E_TIMEOUT_MS (default 180000), FABRIC_E2E_VERBOSE=1 (page console + server log).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (...a) => console.log(`[run-exttests ${elapsed()}]`, ...a);

const CACHE = process.env.FABRIC_E2E_CACHE || path.join(os.homedir(), '.cache', 'fabric-lint-e2e');
const fromFile = {};
try {
  for (const line of fs.readFileSync(path.join(CACHE, 'env'), 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) fromFile[m[1]] = m[2];
  }
} catch {
  // no env file: everything must come from the environment
}
const setting = (name) => process.env[name] || fromFile[name];
const NODE24 = setting('NODE24');
const ENTRY = setting('CODE_SERVER_ENTRY');
const PLAYWRIGHT_CORE = setting('PLAYWRIGHT_CORE');
const CHROMIUM = setting('CHROMIUM') || '/usr/bin/chromium';
const TIMEOUT = Number(process.env.FABRIC_E2E_TIMEOUT_MS || 180000);
const VERBOSE = process.env.FABRIC_E2E_VERBOSE === '1';

const devPaths = [];
const installs = [];
let testsPath, folder, extensionsDir, userDataDir;
for (const a of process.argv.slice(2)) {
  const m = /^--([^=]+)=(.*)$/.exec(a);
  if (m && m[1] === 'extensionDevelopmentPath') devPaths.push(path.resolve(m[2]));
  else if (m && m[1] === 'extensionTestsPath') testsPath = path.resolve(m[2]);
  else if (m && m[1] === 'extensions-dir') extensionsDir = path.resolve(m[2]);
  else if (m && m[1] === 'user-data-dir') userDataDir = path.resolve(m[2]);
  else if (m && m[1] === 'install-extension') installs.push(path.resolve(m[2]));
  else if (!a.startsWith('-')) folder = path.resolve(a);
}
if (!devPaths.length || !testsPath) {
  console.error('run-exttests: need --extensionDevelopmentPath=… and --extensionTestsPath=…');
  process.exit(2);
}
for (const [what, p] of [
  ['NODE24', NODE24],
  ['CODE_SERVER_ENTRY', ENTRY],
  ['PLAYWRIGHT_CORE', PLAYWRIGHT_CORE],
  ['CHROMIUM', CHROMIUM],
]) {
  if (!p || !fs.existsSync(p)) {
    console.error(`run-exttests: ${what} not found (${p ?? 'unset'}); run scripts/e2e-setup.sh`);
    process.exit(2);
  }
}
const { chromium } = createRequire(import.meta.url)(PLAYWRIGHT_CORE);

const state = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-e2e-cs-'));
const userDir = userDataDir || path.join(state, 'user');
folder = folder || fs.mkdtempSync(path.join(state, 'ws-'));
fs.mkdirSync(path.join(userDir, 'User'), { recursive: true });
fs.writeFileSync(
  path.join(userDir, 'User', 'settings.json'),
  JSON.stringify(
    {
      'workbench.startupEditor': 'none',
      'workbench.secondarySideBar.defaultVisibility': 'hidden',
      'chat.disableAIFeatures': true,
      'telemetry.telemetryLevel': 'off',
      'extensions.autoCheckUpdates': false,
      'extensions.autoUpdate': false,
      'update.mode': 'none',
      'workbench.enableExperiments': false,
    },
    null,
    2,
  ),
);
// An explicit --config: otherwise code-server writes ~/.config/code-server/config.yaml with a random password.
fs.writeFileSync(path.join(state, 'config.yaml'), 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
const extDir = extensionsDir || path.join(state, 'ext');
const common = ['--config', path.join(state, 'config.yaml'), '--user-data-dir', userDir, '--extensions-dir', extDir];
const childEnv = { ...process.env, NODE_OPTIONS: '' };

for (const vsix of installs) {
  const r = spawnSync(NODE24, [ENTRY, ...common, '--install-extension', vsix], { encoding: 'utf8', env: childEnv, timeout: 60000 });
  const out = `${r.stdout}${r.stderr}`.trim();
  if (r.status !== 0 || !/successfully installed/i.test(out)) {
    console.error(`run-exttests: installing ${vsix} failed (${r.status ?? r.signal}):\n${out}`);
    fs.rmSync(state, { recursive: true, force: true });
    process.exit(1);
  }
  log(
    out
      .split('\n')
      .filter((l) => /successfully installed/i.test(l))
      .join(' '),
  );
}

const server = spawn(
  NODE24,
  [
    ENTRY,
    ...common,
    '--bind-addr',
    '127.0.0.1:0',
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--vscode-option',
    'enable-smoke-test-driver',
    folder,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: childEnv },
);
let serverLog = '';
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});

async function stopServer() {
  if (!serverExited) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const gone = await new Promise((r) => {
      if (serverExited) return r(true);
      server.once('exit', () => r(true));
      setTimeout(() => r(false), 8000);
    });
    if (!gone)
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
  }
  // Children that left the group's leader behind (file watcher, extension host) share its process group.
  try {
    process.kill(-server.pid, 0);
    process.kill(-server.pid, 'SIGKILL');
  } catch {
    /* group empty */
  }
}

// SIGTERM/SIGINT (test-electron forwards Ctrl+C; the mocha wrapper's timeout) end the run through the cleanup below.
let onAbort;
const aborted = new Promise((r) => {
  onAbort = r;
});
for (const sig of ['SIGTERM', 'SIGINT'])
  process.once(sig, () => {
    log(`${sig}: stopping`);
    onAbort(sig);
  });

// The suite cannot reach into a webview (an iframe of the workbench page): it logs a request with this prefix,
// and this runner acts on the real page through playwright (inspect the DOM and computed colours, click, take a
// screenshot), then writes the answer as JSON to the file the request names.
const WEBVIEW_BRIDGE = '[fabric-e2e:webview] ';
/* global document, getComputedStyle, innerWidth, innerHeight -- functions passed to frame.evaluate run in the webview */

/** The frame that holds the fabric view's page (webviews nest two iframes deep in the workbench). */
async function fabricFrame(page, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const f of page.frames()) {
      if (
        await f
          .locator('#canvas > svg.fabric-picture')
          .isVisible()
          .catch(() => false)
      )
        return f;
    }
    if (Date.now() > deadline) throw new Error('no webview frame shows the fabric picture');
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function webviewRequest(page, json) {
  let req;
  let answer;
  try {
    req = JSON.parse(json);
    if (req.action === 'clickStatusItem') {
      // The workbench page, not the webview: the language status item ({} in the status bar) shows its items; a
      // click on the item's command link runs it, as a user does.
      await page.locator('[id="status.languageStatus"]').first().click({ timeout: 30000 });
      await page.locator('.hover-language-status a', { hasText: req.link }).first().click({ timeout: 30000 });
      answer = { ok: true };
    } else if (req.action === 'screenshot') {
      fs.mkdirSync(path.dirname(req.path), { recursive: true });
      await page.screenshot({ path: req.path });
      answer = { ok: true, path: req.path };
    } else {
      const frame = await fabricFrame(page, 30000);
      if (req.waitFor) await frame.waitForSelector(req.waitFor, { state: 'attached', timeout: 30000 });
      if (req.waitGone) await frame.waitForSelector(req.waitGone, { state: 'detached', timeout: 30000 });
      if (req.action === 'inspect') answer = { ok: true, ...(await frame.evaluate(inspectFabricPicture)) };
      else if (req.action === 'clickElement') {
        // A real mouse click on an element of the page (a device, a group, a frame), found again if a redraw replaced it.
        await frame.locator(req.selector).first().click({ timeout: 30000 });
        answer = { ok: true };
      } else if (req.action === 'setChecked') {
        await frame.locator(req.selector).first().setChecked(req.checked, { timeout: 30000 });
        answer = { ok: true };
      } else if (req.action === 'type') {
        // Key by key into the field, as a user types (each key fires the page's input handler).
        const field = frame.locator(req.selector).first();
        await field.fill('', { timeout: 30000 });
        await field.pressSequentially(req.text, { timeout: 30000 });
        answer = { ok: true };
      } else if (req.action === 'click') answer = { ok: true, clicked: await pointAtLink(frame, req.selector, 'click') };
      else if (req.action === 'hover') {
        const hovered = await pointAtLink(frame, req.selector, 'hover');
        const card = frame.locator('#card');
        await card.waitFor({ state: 'visible', timeout: 30000 });
        answer = { ok: true, hovered, rows: await card.locator('tr').allInnerTexts(), text: await card.innerText() };
      } else throw new Error(`unknown action ${req.action}`);
    }
  } catch (e) {
    answer = { ok: false, error: e instanceof Error ? e.message : String(e) };
    if (VERBOSE) {
      const shot = path.join(os.tmpdir(), `fabric-e2e-failed-${Date.now()}.png`);
      await page.screenshot({ path: shot }).catch(() => {});
      const frames = await Promise.all(
        page.frames().map(async (f) => {
          const info = await f
            .evaluate(() => {
              const svg = document.querySelector('#canvas > svg.fabric-picture');
              const r = svg?.getBoundingClientRect();
              return { svg: !!svg, rect: r ? [r.x, r.y, r.width, r.height] : null, vis: document.visibilityState, size: [innerWidth, innerHeight] };
            })
            .catch((e) => ({ error: String(e).slice(0, 80) }));
          return `${f.url().slice(-60)} ${JSON.stringify(info)}`;
        }),
      );
      log(`webview request failed (${answer.error.split('\n')[0]}); page: ${shot}; frames:\n  ${frames.join('\n  ')}`);
    }
  }
  if (req?.reply) {
    fs.writeFileSync(`${req.reply}.tmp`, JSON.stringify(answer));
    fs.renameSync(`${req.reply}.tmp`, req.reply);
  }
}

/** Runs in the webview: every drawn link and device with its classes and computed colour, and the theme's error colour. */
function inspectFabricPicture() {
  const probe = document.createElement('span');
  probe.style.color = 'var(--vscode-editorError-foreground)';
  document.body.append(probe);
  const errorColour = getComputedStyle(probe).color;
  probe.style.color = 'var(--vscode-editor-findMatchHighlightBackground)';
  const matchColour = getComputedStyle(probe).color;
  probe.remove();
  const edges = [...document.querySelectorAll('svg.fabric-picture [data-edge]')].map((g) => ({
    edge: Number(g.getAttribute('data-edge')),
    a: g.getAttribute('data-a'),
    b: g.getAttribute('data-b'),
    classes: g.getAttribute('class'),
    stroke: getComputedStyle(g.querySelector('line.stroke')).stroke,
    title: g.querySelector('title')?.textContent ?? '',
  }));
  const nodes = [...document.querySelectorAll('svg.fabric-picture [data-node]')].map((g) => ({
    node: g.getAttribute('data-node'),
    classes: g.getAttribute('class'),
    stroke: getComputedStyle(g.querySelector('rect')).stroke,
    fill: getComputedStyle(g.querySelector('rect')).fill,
    label: g.querySelector('text')?.textContent ?? '',
    display: getComputedStyle(g).display,
  }));
  const frames = [...document.querySelectorAll('svg.fabric-picture [data-group]')].map((g) => g.getAttribute('data-group'));
  const checks = [...document.querySelectorAll('#bar input[type=checkbox]')].map(
    (i) => `${i.closest('fieldset')?.querySelector('legend')?.textContent}:${i.dataset.value}:${i.checked}`,
  );
  const search = document.querySelector('#bar input[type=search]')?.value ?? '';
  const summary = document.querySelector('#summary')?.textContent ?? '';
  return { errorColour, matchColour, edges, nodes, frames, checks, search, summary };
}

/** A real mouse click on (or hover over) a drawn link, near its lower end (clear of the links that fan out of the same device). */
async function pointAtLink(frame, selector, how) {
  // The page redraws after every lint (innerHTML): an element found just before a redraw is gone, so look again.
  for (let attempt = 1; ; attempt++) {
    const target = frame.locator(selector).first();
    const hit = target.locator('line.hit');
    await hit.waitFor({ state: 'visible', timeout: 30000 });
    const geometry = await target.evaluate((g) => {
      const line = g.querySelector('line.hit') ?? g;
      const n = (a) => Number(line.getAttribute(a));
      return { x1: n('x1'), y1: n('y1'), x2: n('x2'), y2: n('y2'), title: g.querySelector('title')?.textContent ?? '' };
    });
    const box = await hit.boundingBox();
    if (!box) {
      if (attempt < 3) continue;
      throw new Error(`${selector} is not visible`);
    }
    const t = 0.8;
    const x = geometry.x1 + (geometry.x2 - geometry.x1) * t - Math.min(geometry.x1, geometry.x2);
    const y = geometry.y1 + (geometry.y2 - geometry.y1) * t - Math.min(geometry.y1, geometry.y2);
    // The line's box starts where its stroke does: shift by the difference between box size and geometry size.
    const dx = (box.width - Math.abs(geometry.x2 - geometry.x1)) / 2;
    const dy = (box.height - Math.abs(geometry.y2 - geometry.y1)) / 2;
    try {
      if (how === 'hover') await hit.hover({ position: { x: x + dx, y: y + dy }, timeout: 10000 });
      else await hit.click({ position: { x: x + dx, y: y + dy }, timeout: 10000 });
      return geometry.title;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

let code = 1;
let context;
let profile;
try {
  const port = await new Promise((resolve, reject) => {
    const onData = (d) => {
      serverLog += d;
      const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(serverLog);
      if (m) resolve(Number(m[1]));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', (c, s) => reject(new Error(`code-server exited (${c ?? s}) before listening:\n${serverLog}`)));
    server.on('error', reject);
    setTimeout(() => reject(new Error(`code-server did not start within 60s:\n${serverLog}`)), 60000).unref();
    aborted.then((sig) => reject(new Error(`${sig} while code-server was starting`)));
  });
  log(`code-server listening on 127.0.0.1:${port}`);

  const authority = `127.0.0.1:${port}`;
  const remote = (p) => `vscode-remote://${authority}${p}`;
  const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
  const url = `http://${authority}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-e2e-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] || (await context.newPage());
  const unhandled = [];
  let rejection;
  let done;
  const exited = new Promise((r) => {
    done = r;
  });
  await page.exposeFunction('codeAutomationExit', (c) => done(c));
  await page.exposeFunction('codeAutomationLog', (_type, args) => {
    const text = util.format(...(args || []));
    if (text.startsWith(WEBVIEW_BRIDGE)) void webviewRequest(page, text.slice(WEBVIEW_BRIDGE.length));
    else console.log(text);
    // The extension host reports a promise nobody handled in two messages, the error and then its stack: one of ours
    // (its stack runs through dist/extension.js) fails the run even when the suite passes.
    if (text.startsWith('rejected promise not handled')) rejection = text;
    else if (rejection && text.startsWith('stack trace:')) {
      if (/dist[\\/]extension\.js/.test(text)) unhandled.push(rejection);
      rejection = undefined;
    }
  });
  if (VERBOSE) page.on('console', (m) => console.log('[page]', m.text()));
  page.on('pageerror', (e) => console.log('[page error]', e.message));
  page.on('crash', () => done('page crashed'));
  log('opening the workbench');
  await page.goto(url);
  let timer;
  code = await Promise.race([
    exited,
    aborted,
    new Promise((r) => {
      timer = setTimeout(() => r(`timeout after ${TIMEOUT} ms`), TIMEOUT);
    }),
  ]);
  clearTimeout(timer);
  log(`extension tests finished: ${code}`);
  if (code === 0 && unhandled.length > 0) code = `the extension left ${unhandled.length} rejected promise(s) unhandled: ${unhandled.join('; ')}`;
} catch (e) {
  console.error('run-exttests:', e instanceof Error ? e.stack : e);
} finally {
  if (context) await context.close().catch(() => {});
  await stopServer();
  if (code !== 0 || VERBOSE) console.log(`--- code-server log (last 4000 chars) ---\n${serverLog.slice(-4000)}`);
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(state, { recursive: true, force: true });
}
log(`exit ${code === 0 ? 0 : 1}`);
process.exit(code === 0 ? 0 : 1);
