import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { REPO_ROOT, TestClient, uriOf } from '../lsp/harness';
import { malformedNotifications } from '../lsp/malformed-messages';
import { seededRandom } from '../helpers/seeded-random';

/**
 * Fuzzing the language server through the real protocol: random and realistic incremental edits to
 * corpus files, opens and closes, file events on disk, malformed messages. After each batch the
 * diagnostics of the long-running server must equal those of a fresh server given the same texts (the
 * same files on disk, the same documents open with the same text): whatever the server caches or
 * updates incrementally may not drift from a clean start.
 *
 * Everything is derived from the seed, so a failure replays with `npm run fuzz -- --seed S --edits N`.
 */

/** Corpus folders copied into the fuzz workspace: every dialect, topology files, an intent file. */
const SOURCES = [
  'examples/leaf-spine',
  'test/corpus/nxos/batfish-evpn-nxos-symmetric',
  'test/corpus/ios/batfish-unit-test-configs',
  'test/corpus/junos/containerlab-lab-examples',
  'test/corpus/nvue/batfish-cumulus-concatenated-testconfigs',
  'test/corpus/sonic/pybatfish-sonic-example/sonic_configs/leaf01',
  'test/corpus/sonic/pybatfish-sonic-example/sonic_configs/spine02',
];
const INTENT = 'version: 1\nmtu:\n  minimum: 9000\n  fabric: 9214\nlossless:\n  priorities: [3]\n';

/** Lines an engineer types in these files, for realistic edits. */
const LINES = [
  'interface Ethernet1/1',
  '   mtu 9214',
  '   mtu 1500',
  '  mtu 9216',
  '   no shutdown',
  '   priority-flow-control on',
  '   priority-flow-control priority 3 no-drop',
  '   qos trust dscp',
  '   service-policy type qos input ROCE',
  'hostname leaf9',
  'router bgp 65001',
  '!',
  '}',
  '{',
  'set interfaces et-0/0/1 mtu 9216',
  'interfaces { et-0/0/0 { mtu 9192; } }',
  '    "mtu": "9100",',
  '    "pfc_enable": "3,4",',
  '  "PORT": {',
  'iface swp1',
  '    mtu 9216',
  'nv set interface swp1 link mtu 9216',
];
const NUMBERS = ['0', '1', '3', '4', '1500', '9000', '9100', '9192', '9214', '9216', '65535', '4294967296', '-1', '99999999999999999999'];
const NOISE = ['\0', '\r', '\r\n', '\t', '{', '}', '"', "'", '\\', ';', '#', '!', 'é', '\u{1F600}', '\uFEFF', '\u2028', ' '];

export interface FuzzOptions {
  seed: number;
  edits: number;
  /** Edits between two comparisons with a fresh server. */
  batch: number;
  /** Progress lines (batch done, edits per second). */
  log?: (line: string) => void;
}

export interface FuzzReport {
  seed: number;
  edits: number;
  batches: number;
  messages: number;
  ms: number;
}

type Op =
  | { op: 'edit'; file: string; changes: TextEdit[] }
  | { op: 'open' | 'close' | 'delete' | 'query'; file: string }
  | { op: 'write'; file: string; text: string; created: boolean }
  | { op: 'malformed'; method: string; params: unknown };

class Gen {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = seededRandom(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)]!;
  }
  chance(p: number): boolean {
    return this.r() < p;
  }
  noise(len: number): string {
    let s = '';
    for (let i = 0; i < len; i++) s += this.chance(0.6) ? String.fromCharCode(32 + this.int(95)) : this.pick(NOISE);
    return s;
  }
}

/** Makes the fuzz workspace: a fresh copy of the sources, one subfolder each, and an intent file. */
export function makeWorkspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-fuzz-'));
  for (const src of SOURCES) fs.cpSync(path.join(REPO_ROOT, src), path.join(dir, src.replace(/\//g, '_')), { recursive: true });
  fs.writeFileSync(path.join(dir, 'fabric-intent.yaml'), INTENT);
  return dir;
}

function filesOf(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && !/\.(md|txt)$/i.test(e.name)) out.push(path.relative(dir, path.join(e.parentPath, e.name)));
  }
  return out.sort();
}

/** One incremental change to `text`, realistic or random; several keystrokes count as several edits. */
function editsFor(g: Gen, text: string): TextEdit[][] {
  const doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  const lines = doc.lineCount;
  const line = g.int(lines);
  const lineText = text.split('\n')[line] ?? '';
  const at = (l: number, c: number): TextEdit['range'] => ({ start: { line: l, character: c }, end: { line: l, character: c } });
  const range = (from: number, to: number): TextEdit['range'] => ({ start: doc.positionAt(from), end: doc.positionAt(to) });
  switch (g.int(10)) {
    case 0: {
      // Change a number, the commonest edit in these files (MTU, priorities, DSCP).
      const m = [...lineText.matchAll(/\d+/g)];
      if (m.length === 0) return [[{ range: at(line, 0), newText: g.pick(LINES) + '\n' }]];
      const n = g.pick(m);
      return [[{ range: { start: { line, character: n.index }, end: { line, character: n.index + n[0].length } }, newText: g.pick(NUMBERS) }]];
    }
    case 1:
      return [[{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }]];
    case 2:
      return [[{ range: at(line, 0), newText: lineText + '\n' }]];
    case 3:
      return [[{ range: at(line, 0), newText: g.pick(LINES) + '\n' }]];
    case 4: {
      // Typing a line key by key.
      const typed = g.pick(LINES) + '\n';
      return [...typed].map((ch, i) => [{ range: at(line, i), newText: ch }]);
    }
    case 5: {
      // Backspacing through a line.
      const n = Math.min(lineText.length, 1 + g.int(12));
      return Array.from({ length: n }, (_, i) => [{ range: { start: { line, character: n - i - 1 }, end: { line, character: n - i } }, newText: '' }]);
    }
    case 6:
      return [[{ range: at(line, 0), newText: g.chance(0.5) ? '  ' : '\t' }]];
    case 7: {
      // Two changes in one notification, as multi-cursor editing sends them.
      const a = g.int(text.length + 1);
      const b = g.int(text.length + 1);
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      return [
        [
          { range: range(lo, lo), newText: g.noise(1 + g.int(3)) },
          { range: range(hi, Math.min(text.length, hi + g.int(4))), newText: '' },
        ].filter((_e, i) => i === 0 || hi > lo),
      ];
    }
    case 8: {
      const from = g.int(text.length + 1);
      return [[{ range: range(from, Math.min(text.length, from + g.int(200))), newText: g.chance(0.5) ? '' : g.noise(1 + g.int(40)) }]];
    }
    default: {
      const from = g.int(text.length + 1);
      return [[{ range: range(from, from), newText: g.noise(1 + g.int(8)) }]];
    }
  }
}

/** Applies `changes` (sent in this order, each against the text the previous one left) to the client's model. */
function applySequential(text: string, changes: TextEdit[]): string {
  let doc = TextDocument.create('file:///x', 'plaintext', 0, text);
  for (const c of changes) doc = TextDocument.create('file:///x', 'plaintext', 0, TextDocument.applyEdits(doc, [c]));
  return doc.getText();
}

function describeOp(op: Op): string {
  return JSON.stringify(op, (_k, v: unknown) => (typeof v === 'string' && v.length > 160 ? `${v.slice(0, 160)}…(${v.length} chars)` : v));
}

/** Runs the fuzz; throws with the seed, the batch and its operations when the servers disagree or one dies. */
export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const t0 = Date.now();
  const g = new Gen(opts.seed);
  const dir = makeWorkspace();
  const all = filesOf(dir);
  const abs = (rel: string): string => path.join(dir, rel);
  const client = await TestClient.start({ transport: 'stdio', root: dir, settings: {} });
  const open = new Map<string, string>(); // rel → text the client has open
  const deleted = new Map<string, string>(); // rel → text before deletion, to bring the file back later
  let edits = 0;
  let messages = 0;
  let batches = 0;
  let ops: Op[] = [];
  try {
    await client.ready();
    while (edits < opts.edits) {
      ops = [];
      const end = Math.min(opts.edits, edits + opts.batch);
      while (edits < end) {
        const roll = g.int(100);
        if (roll < 4 || open.size === 0) {
          const rel = g.pick(all.filter((f) => !open.has(f) && !deleted.has(f)));
          if (rel) {
            ops.push({ op: 'open', file: rel });
            await client.open(abs(rel));
            open.set(rel, client.text(abs(rel)));
          }
        } else if (roll < 6) {
          const rel = g.pick([...open.keys()]);
          ops.push({ op: 'close', file: rel });
          await client.close(abs(rel));
          open.delete(rel);
        } else if (roll < 10) {
          // The file changes on disk (a git checkout, another tool); an open document keeps its own text.
          const rel = g.pick(all.filter((f) => !deleted.has(f)));
          const before = fs.readFileSync(abs(rel), 'utf8');
          const text = applySequential(before, editsFor(g, before).flat());
          ops.push({ op: 'write', file: rel, text, created: false });
          await client.writeFile(abs(rel), text);
          edits++;
        } else if (roll < 11) {
          const rel = g.pick(all.filter((f) => !open.has(f) && !deleted.has(f)));
          if (rel) {
            ops.push({ op: 'delete', file: rel });
            deleted.set(rel, fs.readFileSync(abs(rel), 'utf8'));
            await client.deleteFile(abs(rel));
          }
        } else if (roll < 12 && deleted.size > 0) {
          const [rel, text] = [...deleted][g.int(deleted.size)]!;
          ops.push({ op: 'write', file: rel, text, created: true });
          deleted.delete(rel);
          await client.writeFile(abs(rel), text, true);
        } else if (roll < 15) {
          const openUri = uriOf(abs(g.pick([...open.keys()])));
          const [method, params] = g.pick(malformedNotifications((n) => uriOf(abs(n)), openUri));
          ops.push({ op: 'malformed', method, params });
          await client.connection.sendNotification(method, params);
          messages++;
        } else if (roll < 18) {
          // A hover while typing: answered from the last lint, or after linting when its document changed since.
          const rel = g.pick([...open.keys()]);
          ops.push({ op: 'query', file: rel });
          await client.hover(abs(rel), g.int(40), g.int(20));
        } else {
          const rel = g.pick([...open.keys()]);
          for (const changes of editsFor(g, open.get(rel)!)) {
            if (edits >= end) break;
            ops.push({ op: 'edit', file: rel, changes });
            await client.edit(abs(rel), changes);
            edits++;
          }
          open.set(rel, client.text(abs(rel)));
        }
        messages++;
      }
      batches++;
      await compareWithFresh(client, dir, [...open.keys()]);
      // FABRIC_LINT_VERIFY_INCREMENTAL (on in every protocol test) ends the server when a lint differs from one from scratch.
      if (!client.alive) throw new Error(`server exited:\n${client.stderr.slice(-4000)}`);
      // Long runs: what the client keeps per message would otherwise grow without bound.
      client.publishes.length = 0;
      client.logs.length = 0;
      client.statuses.length = 0;
      opts.log?.(`batch ${batches}: ${edits} edits, ${messages} messages, ${Math.round((edits * 1000) / (Date.now() - t0))} edits/s`);
    }
    if (!client.alive) throw new Error(`server exited:\n${client.stderr.slice(-4000)}`);
    return { seed: opts.seed, edits, batches, messages, ms: Date.now() - t0 };
  } catch (err) {
    const listFile = path.join(os.tmpdir(), `fabric-lint-fuzz-seed${opts.seed}-batch${batches + 1}.jsonl`);
    fs.writeFileSync(listFile, ops.map(describeOp).join('\n') + '\n');
    const tail = ops.slice(-40).map(describeOp).join('\n');
    throw new Error(
      `fuzz failed: seed ${opts.seed}, batch ${batches + 1} (after ${edits} edits); replay with npm run fuzz -- --seed ${opts.seed} --edits ${opts.edits} --batch ${opts.batch}\n` +
        `the batch's ${ops.length} operations are in ${listFile}; the last ones:\n${tail}\n${(err as Error).message}`,
      { cause: err },
    );
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Forces a lint (a code action request waits for pending work), then asks a fresh server for the same state and compares. */
async function compareWithFresh(client: TestClient, dir: string, openFiles: string[]): Promise<void> {
  await client.settle(path.join(dir, openFiles[0] ?? 'fabric-intent.yaml'));
  const fresh = await TestClient.start({ transport: 'stdio', root: dir, settings: {} });
  try {
    await fresh.ready();
    for (const rel of openFiles) {
      const file = path.join(dir, rel);
      await fresh.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uriOf(file), languageId: 'plaintext', version: client.version(file) ?? 1, text: client.text(file) },
      });
    }
    await fresh.settle(path.join(dir, openFiles[0] ?? 'fabric-intent.yaml'));
    const uris = new Set([...client.diagnostics.keys(), ...fresh.diagnostics.keys()]);
    const diffs: string[] = [];
    for (const uri of [...uris].sort()) {
      const a = canonicalDiagnostics(client.diagnostics.get(uri));
      const b = canonicalDiagnostics(fresh.diagnostics.get(uri));
      if (a !== b) diffs.push(`${path.relative(dir, new URL(uri).pathname)}:\n  long-running: ${a}\n  fresh:        ${b}`);
    }
    if (diffs.length) throw new Error(`diagnostics differ from a fresh server's:\n${diffs.slice(0, 5).join('\n')}`);
  } finally {
    await fresh.stop();
  }
}

function canonicalDiagnostics(d: Diagnostic[] | undefined): string {
  return JSON.stringify((d ?? []).map((x) => JSON.stringify(x)).sort());
}
