/**
 * Seeded faults: take each real fabric, inject one fault of a rule's kind into the text of a temp copy, lint
 * before and after, and check that exactly the expected rule fires on the expected lines with nothing else
 * new (findings keyed by rule + file + line, shifted over inserted and deleted lines). A fabric on which the
 * rule already fires is seeded too when every one of those findings is listed in test/corpus-expectations.json
 * with a "true: …" verdict (the seeded finding must then appear in addition); an unreviewed one fails the test. A second rule that legitimately reports the same fault must be named in the
 * seeder's `alsoExpected`. Rules that do not exist yet are skipped with a reason and picked up as soon
 * as they are in allRules. A recall table per rule is printed at the end.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToUri, uriToPath } from '../../server/src/engine/uri';
import { Workspace } from '../../server/src/engine/workspace';
import type { LintResult } from '../../server/src/engine/types';
import { allRules } from '../../server/src/rules/index';
import { corpusDir, REPO_ROOT, tempCopy } from '../helpers/lint';
import { isReviewedTrue, keyOf, readExpectations } from '../../scripts/corpus-expectations';
import { Editor, type Files } from './editor';
import { seeders, type FabricSpec, type SeedContext, type Seeder } from './seeders';

interface Fabric extends FabricSpec {
  /** Source folder, or undefined when absent (the corpus is optional). */
  dir: string | undefined;
  /** The corpus set (`<dialect>/<set>`) the folder is, whose reviewed findings are in test/corpus-expectations.json. */
  corpusSet?: string;
  /** Text edits that make the copy clean before any seeding (the example's deliberate faults). */
  prepare?: (files: Files) => void;
}

const LEAF_SPINE = path.join(REPO_ROOT, 'examples', 'leaf-spine');

/** Reverts the six deliberate faults listed in examples/leaf-spine/README.md. */
function cleanLeafSpine(files: Files): void {
  const sub = (file: string, from: string | RegExp, to: string): void => {
    const t = files.get(file);
    if (t === undefined || !(typeof from === 'string' ? t.includes(from) : from.test(t)))
      throw new Error(`leaf-spine: ${String(from)} not in ${file}; README faults changed?`);
    files.set(file, t.replace(from, to));
  };
  // 1. MTU mismatch: leaf2 Ethernet50/1 mtu 9000 → 9214 like its peer.
  sub('leaf2.cfg', /(interface Ethernet50\/1\n(?: {3}.*\n)*? {3}mtu )9000/, '$19214');
  // 2. PFC on one side only: leaf1 Ethernet50/1 gets the PFC lines every other uplink has.
  sub(
    'leaf1.cfg',
    /(interface Ethernet50\/1\n(?: {3}.*\n)*? {3}qos trust dscp\n)/,
    '$1   priority-flow-control on\n   priority-flow-control priority 3 no-drop\n',
  );
  // 3. DSCP map drift: leaf2 maps CNP (48) to traffic-class 6 like the others.
  sub('leaf2.cfg', 'qos map dscp 48 to traffic-class 1', 'qos map dscp 48 to traffic-class 6');
  // 4. Undefined reference: leaf4's typo ROCE_CLASIFY → ROCE_CLASSIFY.
  sub('leaf4.cfg', 'ROCE_CLASIFY', 'ROCE_CLASSIFY');
  // 5. WRED drop on the lossless queue: leaf3's queue 3 marks ECN like leaf4 and spine2.
  sub('leaf3.cfg', /(c-out-8q-q3\n(?: {4}.*\n)*? {4}random-detect .*weight 0)\n/, '$1 ecn\n');
  // 6. Oversubscribed leaf: leaf3's uplinks lose their speed lines, so its ratio is unknown like the other leaves'.
  sub('leaf3.cfg', /(ip address 10\.0\.[12]\.5\/31\n) {2}speed 100000\n/g, '$1');
  // Not in the README, found by qos/ecn-missing-on-lossless (a true finding, reported to the example's owner):
  // the EOS GPU ports (Ethernet1/1 of leaf1 and leaf2) are lossless on priority 3 but their tx-queue 3 marks
  // no ECN. The clean copy gives them the same ECN profile as the uplinks.
  for (const leaf of ['leaf1.cfg', 'leaf2.cfg']) {
    sub(
      leaf,
      /(interface Ethernet1\/1\n(?: {3}.*\n)*? {3}priority-flow-control priority 3 no-drop\n)/,
      '$1   tx-queue 3\n      random-detect ecn minimum-threshold 150 kbytes maximum-threshold 1500 kbytes max-mark-probability 100\n',
    );
  }
}

function corpusSet(name: string, kind: FabricSpec['kind']): Fabric {
  const root = corpusDir();
  const dir = root ? path.join(root, name) : undefined;
  return { name, kind, dir: dir && fs.existsSync(dir) ? dir : undefined, corpusSet: name };
}

/**
 * A corpus set reduced to some of its files: a set whose files repeat a hostname (the same device in two
 * formats, two test inputs named `sonic`) gives the rules only the first file of each hostname, so the
 * others are seeded as a set of their own.
 */
function corpusSubset(name: string, label: string, keep: RegExp, kind: FabricSpec['kind']): Fabric {
  const set = corpusSet(name, kind);
  return {
    ...set,
    name: `${name} [${label}]`,
    prepare: (files) => {
      for (const f of [...files.keys()]) if (!keep.test(f)) files.delete(f);
      if (files.size === 0) throw new Error(`${name}: no file matches ${String(keep)}; corpus changed?`);
    },
  };
}

const FABRICS: Fabric[] = [
  { name: 'examples/leaf-spine', kind: 'fabric', dir: LEAF_SPINE, prepare: cleanLeafSpine },
  corpusSet('eos/avd-examples-single-dc-l3ls', 'fabric'),
  corpusSet('eos/avd-examples-dual-dc-l3ls', 'fabric'),
  corpusSet('eos/batfish-dc-as-reuse', 'fabric'),
  corpusSet('eos/pybatfish-aristaevpn', 'fabric'),
  corpusSet('nxos/batfish-evpn-nxos-symmetric', 'fabric'),
  corpusSet('ios/batfish-example-live', 'fabric'),
  corpusSet('ios/pybatfish-forwarding-change-validation-base', 'fabric'),
  corpusSet('eos/avd-eos-cli-config-gen-features', 'bag'),
  corpusSet('nxos/azurestack-switch-config-generator', 'bag'),
  // SONiC config_db.json (sonic/SOURCES in the corpus). The pybatfish example is one fabric (layer1 topology, no PFC);
  // the others are single devices and QoS/buffer fragments.
  corpusSet('sonic/pybatfish-sonic-example', 'fabric'),
  corpusSet('sonic/sonic-mgmt-vs-voq-t2', 'bag'),
  corpusSubset('sonic/sonic-mgmt-vs-voq-t2', 'qos_new_dbfmt: bare map names', /_qos_new_dbfmt_config_db\.json$/, 'bag'),
  corpusSet('sonic/sonic-utilities-tests', 'bag'),
  corpusSubset('sonic/sonic-utilities-tests', 'db_migrator qos_tables 3_0_3', /qos_tables_db_field_value_reference_format_3_0_3\.json$/, 'bag'),
  corpusSet('sonic/sonic-buildimage-config-engine-samples', 'bag'),
];

function readTree(dir: string, base = dir, out: Files = new Map()): Files {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) readTree(full, base, out);
    else if (e.isFile()) out.set(path.relative(base, full).split(path.sep).join('/'), fs.readFileSync(full, 'utf8'));
  }
  return out;
}

async function lintFiles(root: string, files: Files): Promise<LintResult> {
  const ws = await Workspace.create({ roots: [pathToUri(root)] });
  for (const [rel, text] of files) ws.setFile(pathToUri(path.join(root, rel)), text);
  return ws.lint();
}

interface Prepared {
  root: string;
  files: Files;
  before: LintResult;
}
const prepared = new Map<string, Promise<Prepared>>();

/** A temp copy of the fabric (made clean for leaf-spine) and its lint, once per fabric. */
function prepare(f: Fabric): Promise<Prepared> {
  let p = prepared.get(f.name);
  if (!p) {
    p = (async () => {
      const root = tempCopy(f.dir!);
      const files = readTree(root);
      f.prepare?.(files);
      for (const [rel, text] of files) fs.writeFileSync(path.join(root, rel), text);
      return { root, files, before: await lintFiles(root, files) };
    })();
    prepared.set(f.name, p);
  }
  return p;
}

/** The fabric's copy with a seeder's baseline edits of existing files, and its lint, once per seeder and fabric. */
const baselined = new Map<string, Promise<Prepared>>();
function prepareFor(seeder: Seeder, f: Fabric): Promise<Prepared> {
  const key = `${seeder.ruleId}|${seeder.fault}|${f.name}`;
  let p = baselined.get(key);
  if (!p) {
    p = (async () => {
      const base = await prepare(f);
      const files: Files = new Map(base.files);
      seeder.baselineEdit!(f, files);
      return { root: base.root, files, before: await lintFiles(base.root, files) };
    })();
    baselined.set(key, p);
  }
  return p;
}

const relOf =
  (root: string) =>
  (uri: string): string =>
    path.relative(root, uriToPath(uri)).split(path.sep).join('/');

interface Tally {
  seeded: number;
  detected: number;
  exact: number;
  notes: string[];
}
const tally = new Map<string, Tally>();
const tallyOf = (rule: string): Tally => {
  let t = tally.get(rule);
  if (!t) tally.set(rule, (t = { seeded: 0, detected: 0, exact: 0, notes: [] }));
  return t;
};

describe('seeded faults: each rule finds one injected fault in real fabrics', function () {
  after(async function () {
    for (const p of prepared.values()) fs.rmSync((await p).root, { recursive: true, force: true });
    // A rule may have several seeders (one per fault or dialect): one row per rule, over all of them.
    const ruleIds = [...new Set(seeders.map((s) => s.ruleId))];
    const rows = ruleIds.map((ruleId) => {
      const s = { ruleId };
      const exists = allRules.some((r) => r.id === s.ruleId);
      const t = tally.get(s.ruleId);
      const recall = t && t.seeded ? `${Math.round((100 * t.detected) / t.seeded)}%` : '—';
      return `  ${s.ruleId.padEnd(30)} ${exists ? String(t?.seeded ?? 0).padStart(6) : '     —'} ${exists ? String(t?.detected ?? 0).padStart(8) : '       —'} ${exists ? String(t?.exact ?? 0).padStart(5) : '    —'}  ${exists ? recall : 'rule not in allRules yet'}`;
    });
    console.log(
      `\n  Seeded-fault recall per rule (detected = the rule fired on every expected line; exact = and nothing else new)\n  ${'rule'.padEnd(30)} seeded detected exact  recall\n${rows.join('\n')}`,
    );
    for (const ruleId of ruleIds) for (const n of tally.get(ruleId)?.notes ?? []) console.log(`    ${ruleId}: ${n}`);
    const seeded = new Set(seeders.map((s) => s.ruleId));
    const without = allRules.filter((r) => !seeded.has(r.id) && r.category !== 'workspace').map((r) => r.id);
    if (without.length) console.log(`  Rules without a seeder (no fault seeded, recall unknown): ${without.join(', ')}`);
  });

  it('the clean copy of examples/leaf-spine (its six faults reverted) has no finding', async function () {
    const p = await prepare(FABRICS[0]!);
    const left = p.before.findings.map((f) => `${relOf(p.root)(f.loc.uri)}:${f.loc.range.start.line + 1} ${f.ruleId} ${f.message}`);
    assert.deepEqual(left, [], 'the reverted example must be clean, else every seeded test on it is blind to that rule');
  });

  for (const seeder of seeders) {
    describe(`${seeder.ruleId}: ${seeder.fault}`, function () {
      const rule = allRules.find((r) => r.id === seeder.ruleId);
      if (!rule) {
        it('is skipped: the rule does not exist yet', function () {
          console.log(`      skipped: ${seeder.ruleId} is not in allRules (server/src/rules/index.ts); this seeder runs as soon as it is`);
          this.skip();
        });
        return;
      }
      for (const fab of FABRICS.filter((f) => seeder.applies(f))) {
        it(`in ${fab.name}`, async function () {
          if (!fab.dir) {
            console.log(`      skipped: corpus set ${fab.name} is absent (FABRIC_LINT_CORPUS)`);
            this.skip();
          }
          const p = seeder.baselineEdit ? await prepareFor(seeder, fab) : await prepare(fab);
          const rel = relOf(p.root);
          const already = p.before.findings.filter((f) => f.ruleId === seeder.ruleId);
          const dirty = new Set(already.map((f) => rel(f.loc.uri)));
          if (fab.kind === 'fabric' && already.length > 0) {
            // The rule fires on the untouched fabric: only findings a reviewer marked true may be there.
            const reviewed = readExpectations();
            const unreviewed = already.filter((f) => {
              const e =
                fab.corpusSet &&
                reviewed.get(
                  keyOf({
                    set: fab.corpusSet,
                    file: `${fab.corpusSet}/${rel(f.loc.uri)}`,
                    line: f.loc.range.start.line + 1,
                    rule: f.ruleId,
                    messageId: f.messageId,
                  }),
                );
              return !e || !isReviewedTrue(e.verdict);
            });
            assert.deepEqual(
              unreviewed.map((f) => `${rel(f.loc.uri)}:${f.loc.range.start.line + 1} ${f.messageId} — ${f.message}`),
              [],
              `${fab.name} is not clean for ${seeder.ruleId}, and these findings are not reviewed as true in test/corpus-expectations.json`,
            );
          }
          const edit = new Editor(p.files);
          const ctx: SeedContext = { spec: fab, edit, before: p.before, rel, clean: (file) => !dirty.has(file) };
          const seed = seeder.seed(ctx);
          if (typeof seed === 'string') {
            console.log(`      skipped: ${seed}`);
            this.skip();
          }
          // A seed that brings baseline files (an intent) is compared with a "before" that has them too.
          let before = p.before;
          if (seed.baseline) {
            const base: Files = new Map(p.files);
            for (const [f, t] of Object.entries(seed.baseline)) {
              if (base.has(f)) throw new Error(`baseline ${f} would replace a file of ${fab.name}`);
              base.set(f, t);
            }
            before = await lintFiles(p.root, base);
            const touched = new Set(edit.touched());
            const left = before.findings.filter((f) => f.ruleId === seeder.ruleId && (fab.kind === 'fabric' || touched.has(rel(f.loc.uri))));
            assert.deepEqual(
              left.map((f) => `${rel(f.loc.uri)}:${f.loc.range.start.line + 1} ${f.message}`),
              [],
              `the baseline ${Object.keys(seed.baseline).join(', ')} must leave ${fab.name} clean for ${seeder.ruleId} (a seeder bug)`,
            );
          }
          const after = edit.build();
          for (const f of edit.touched().filter((x) => x.endsWith('.json'))) {
            try {
              JSON.parse(after.get(f)!);
            } catch (e) {
              throw new Error(`the seed leaves ${f} invalid JSON (a seeder bug): ${(e as Error).message}`, { cause: e });
            }
          }
          for (const [f, t] of Object.entries(seed.baseline ?? {})) after.set(f, t);
          const at = (r: { file: string; line: number | undefined }): string => `${r.file}:${r.line}`;
          /** Each expected finding: one line, or any one of several. */
          const expected = seed.expected.map((r) => (Array.isArray(r) ? r : [r]).map((x) => at(edit.resolve(x))));
          const also = [...expected.flat(), ...(seed.alsoLines ?? []).map((r) => at(edit.resolve(r)))];
          const alsoRules = new Set((seeder.alsoExpected ?? []).map((a) => a.rule));
          const anywhere = new Set((seeder.alsoExpected ?? []).filter((a) => a.anywhere).map((a) => a.rule));

          // Before, shifted to the edited lines (findings on deleted lines are gone with them).
          const count = new Map<string, number>();
          for (const f of before.findings) {
            const line = edit.line(rel(f.loc.uri), f.loc.range.start.line + 1);
            if (line === undefined) continue;
            const k = `${f.ruleId}|${rel(f.loc.uri)}:${line}`;
            count.set(k, (count.get(k) ?? 0) + 1);
          }
          const res = await lintFiles(p.root, after);
          const fresh: { key: string; rule: string; at: string; message: string }[] = [];
          for (const f of res.findings) {
            const at = `${rel(f.loc.uri)}:${f.loc.range.start.line + 1}`;
            const k = `${f.ruleId}|${at}`;
            const n = count.get(k) ?? 0;
            if (n > 0) count.set(k, n - 1);
            else fresh.push({ key: k, rule: f.ruleId, at, message: f.message });
          }
          const mine = fresh.filter((f) => f.rule === seeder.ruleId);
          const used = new Set<(typeof fresh)[number]>();
          const missing: string[] = [];
          for (const options of expected) {
            const hit = mine.find((f) => !used.has(f) && options.includes(f.at));
            if (hit) used.add(hit);
            else missing.push(`${seeder.ruleId}|${options.join(' or ')}`);
          }
          const extra = fresh.filter((f) => !used.has(f) && !(alsoRules.has(f.rule) && (anywhere.has(f.rule) || also.includes(f.at))));

          const t = tallyOf(seeder.ruleId);
          t.seeded++;
          if (missing.length === 0) t.detected++;
          if (missing.length === 0 && extra.length === 0) t.exact++;
          const verdict =
            missing.length === 0
              ? extra.length === 0
                ? 'exact'
                : 'detected, with extra findings'
              : mine.length > 0
                ? 'reported elsewhere / partly'
                : 'MISSED';
          t.notes.push(`${fab.name}: ${verdict} — ${seed.what}`);
          const lines = [
            `seeded in ${fab.name}: ${seed.what}`,
            `expected ${seeder.ruleId} at ${expected.map((e) => e.join(' or ')).join(', ')}`,
            ...missing.map((k) => `  missing: ${k}`),
            ...extra.map((f) => `  unexpected new finding: ${f.key} — ${f.message}`),
            ...fresh.filter((f) => !extra.includes(f) && !used.has(f)).map((f) => `  also (allowed): ${f.key} — ${f.message}`),
          ];
          assert.ok(missing.length === 0 && extra.length === 0, lines.join('\n'));
        });
      }
    });
  }
});
