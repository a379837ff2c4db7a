/**
 * Incremental rules (issue 10): after every edit the engine re-judges only what the edit can change (rules/engine.ts
 * RuleRunner), and with verifyIncremental (FABRIC_LINT_VERIFY_INCREMENTAL=1) each lint is compared with a lint from
 * scratch and throws on any difference. These tests edit real fabrics — the corpus and the benchmark's generated
 * leaf-spine — in the ways a user does, with the check on.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { collectFiles, readText } from '../../server/src/engine/files';
import { pathToUri } from '../../server/src/engine/uri';
import { IncrementalMismatch, Workspace } from '../../server/src/engine/workspace';
import { ReadsViolation } from '../../server/src/rules/engine';
import { allRules } from '../../server/src/rules/index';
import { devicesOf } from '../../server/src/rules/support/scope';
import type { Rule } from '../../server/src/rules/types';
import { corpusDir, REPO_ROOT } from '../helpers/lint';
import { benchFabric } from '../helpers/bench-fabric';

/** The corpus fabrics: one per source folder, as the corpus report lints them. */
function corpusFabrics(): string[] {
  const root = corpusDir();
  const out: string[] = [];
  for (const d of fs.readdirSync(root, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    for (const s of fs.readdirSync(path.join(root, d.name), { withFileTypes: true })) if (s.isDirectory()) out.push(path.join(root, d.name, s.name));
  }
  return out.sort();
}

async function verifying(dir: string, rules?: readonly Rule[]): Promise<{ ws: Workspace; texts: Map<string, string> }> {
  const ws = await Workspace.create({ roots: [pathToUri(dir)], verifyIncremental: true, ...(rules ? { rules } : {}) });
  const texts = new Map<string, string>();
  for (const file of await collectFiles([dir])) {
    const text = await readText(file);
    texts.set(pathToUri(file), text);
    ws.setFile(pathToUri(file), text);
  }
  return { ws, texts };
}

/** Edits a user makes to one switch's file; those that do not apply to this text are left out. */
function editsOf(text: string): string[] {
  const edits = [
    // A value changes (a keystroke in an MTU), on the first interface that has one.
    text.replace(/mtu (\d+)/, (_m, n: string) => `mtu ${Number(n) - 100}`),
    // A new first line: every location of the file moves down.
    '! edited\n' + text,
    // The switch is renamed: its links and every name-based comparison change.
    text.replace(/^(\s*hostname\s+)(\S+)/m, '$1renamed-switch'),
    text.replace(/("hostname"\s*:\s*")([^"]+)/, '$1renamed-switch'),
    // A QoS line goes away: PFC, ECN, DSCP classification.
    text.replace(/\n[ \t]*(priority-flow-control|pfc|random-detect|ecn|match dscp|qos map)[^\n]*/, ''),
    // Half-typed text.
    text.replace(/\n/, '\ninterface Ethernet\n'),
  ];
  return [...new Set(edits)].filter((e) => e !== text);
}

describe('incremental rules: every lint equals a lint from scratch (verifyIncremental)', function () {
  // A bound on resources, not a benchmark: each lint is done twice (incremental, then from scratch).
  this.timeout(600000);

  it('on every corpus fabric: value edits, moved lines, renames, removed QoS lines, deleted and re-added files', async () => {
    let lints = 0;
    for (const dir of corpusFabrics()) {
      const { ws, texts } = await verifying(dir);
      ws.lint();
      // Two switches per fabric (the first and the last) keep the suite's time bounded; every kind of edit is made to each.
      const configs = [...texts.keys()].filter((u) => ws.analysis(u)?.kind === 'config');
      const uris = [...new Set([configs[0], configs[configs.length - 1]])].filter((u): u is string => u !== undefined);
      for (const uri of uris) {
        const text = texts.get(uri)!;
        for (const edited of editsOf(text)) {
          ws.setFile(uri, edited);
          ws.lint();
          lints++;
        }
        ws.removeFile(uri);
        ws.lint();
        ws.setFile(uri, text);
        ws.lint();
        lints += 2;
      }
    }
    assert.ok(lints > 200, `${lints} incremental lints checked`);
  });

  it('on a generated leaf-spine: majorities move as leaves change one by one, links change, a switch is added and removed', async () => {
    const files = benchFabric(12);
    const dir = '/bench-incremental';
    const ws = await Workspace.create({ roots: [pathToUri(dir)], verifyIncremental: true });
    const uri = (name: string): string => pathToUri(path.join(dir, name));
    for (const [name, text] of files) ws.setFile(uri(name), text);
    const first = ws.lint();
    assert.equal(first.fabric.devices.size, 12);
    const leaves = [...files.keys()].filter((n) => n.startsWith('leaf'));
    // DSCP 26 moves to another traffic class on one leaf after another: the fabric's majority flips half way, and the
    // drift findings move from the changed leaves to the unchanged ones.
    const drifted = new Set<string>();
    for (const name of leaves) {
      const text = files
        .get(name)!
        .replace('qos map dscp 26 to traffic-class 3', 'qos map dscp 26 to traffic-class 4')
        .replace(/match dscp 26\n/, 'match dscp 27\n');
      ws.setFile(uri(name), text);
      const r = ws.lint();
      for (const f of r.findings) if (f.ruleId === 'qos/dscp-map-drift') drifted.add(f.loc.uri);
    }
    assert.ok(drifted.size > 1, 'the majority moved, and with it the drift findings');
    // A link's address changes (links are resolved again), then an MTU on a link (both ends' findings change).
    const leaf = leaves[0]!;
    const leafText = files.get(leaf)!;
    ws.setFile(
      uri(leaf),
      leafText.replace(/ip address (\d+\.\d+\.\d+\.)(\d+)\/31/, (_m, p: string, n: string) => `ip address ${p}${Number(n) + 64}/31`),
    );
    ws.lint();
    ws.setFile(uri(leaf), leafText.replace('mtu 9214', 'mtu 1500'));
    assert.ok(ws.lint().findings.some((f) => f.ruleId === 'mtu/link-mismatch'));
    // A new switch, a copy of a leaf under another name; then it goes away again.
    ws.setFile(uri('leaf99.cfg'), leafText.replace(/hostname \S+/, 'hostname leaf99'));
    ws.lint();
    ws.removeFile(uri('leaf99.cfg'));
    ws.lint();
    // Two files claim one hostname: the duplicate is left out of the fabric, then comes back under its own name.
    ws.setFile(uri(leaves[1]!), files.get(leaves[1]!)!.replace(/hostname \S+/, `hostname ${leaf.replace('.cfg', '')}`));
    ws.lint();
    ws.setFile(uri(leaves[1]!), files.get(leaves[1]!)!);
    ws.lint();
  });

  it('throws when a rule breaks its reads declaration, and when its findings differ from a lint from scratch', async () => {
    const dir = path.join(REPO_ROOT, 'test', 'fixtures', 'lsp', 'fabric');
    // Declares that it reads one device but reports on every device (a fabric-wide aggregate in disguise).
    const everywhere: Rule = {
      ...allRules[0]!,
      id: 'test/everywhere',
      reads: 'device',
      messages: { here: 'here' },
      check: (ctx) =>
        [...ctx.fabric.devices.values()].map((d) => ctx.report({ messageId: 'here', data: {}, loc: { uri: d.uri, range: d.hostnameLoc!.range } })),
    };
    const a = await verifying(dir, [everywhere]);
    a.ws.lint();
    const [u, t] = [...a.texts].find(([x]) => x.endsWith('leaf1.cfg'))!;
    a.ws.setFile(u, '!\n' + t);
    assert.throws(() => a.ws.lint(), ReadsViolation);

    // Reports on the judged device only, but counts the interfaces of every device: an unchanged device's count goes stale.
    const counting: Rule = {
      ...everywhere,
      id: 'test/counting',
      messages: { here: '{n} interfaces in the fabric' },
      check: (ctx) => {
        let n = 0;
        for (const x of ctx.fabric.devices.values()) n += x.interfaces.size;
        return devicesOf(ctx).map((d) => ctx.report({ messageId: 'here', data: { n }, loc: { uri: d.uri, range: d.hostnameLoc!.range } }));
      },
    };
    const b = await verifying(dir, [counting]);
    b.ws.lint();
    b.ws.setFile(u, t.replace(/\ninterface [^\n]+\n/g, '\n'));
    assert.throws(() => b.ws.lint(), IncrementalMismatch);
  });
});
