/**
 * Behaviour of the QoS rules beyond the generic fixtures: intent comparisons, the cross-vendor namespace
 * decision of qos/dscp-map-drift, fragments, and quiet on real corpora.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding } from '../../server/src/rules/types';
import { editDistance } from '../../server/src/model/edit-distance';
import { toBytes } from '../../server/src/rules/qos/common';
import { rewriteEcnText } from '../../server/src/dialects/cli/fix-writer';
import { REPO_ROOT, corpusDir, workspaceOf } from '../helpers/lint';
import { modelJson } from '../../server/src/output/model-json';

const FIX = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');

async function lintDir(dir: string): Promise<Finding[]> {
  return (await workspaceOf(dir)).lint().findings;
}

/** A scratch workspace: the given fixture folder plus extra files (e.g. an intent). */
function scratch(from: string, extra: Record<string, string>): string {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-qos-'));
  fs.cpSync(from, tmp, { recursive: true });
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(tmp, name), text);
  return tmp;
}

const of = (fs2: Finding[], id: string): Finding[] => fs2.filter((f) => f.ruleId === id);

describe('qos rules', () => {
  it("a port without the device's classifying policy is reported once on its line (qos/no-ingress-classification); contract-link-break reports only the peer end", async () => {
    const dir = path.join(FIX, 'qos-contract-link-break', 'fires-yield');
    const findings = await lintDir(dir);
    const spine1 = (f: Finding): boolean => f.loc.uri.endsWith('/spine1.cfg');
    const onSpine = findings.filter((f) => spine1(f) && f.loc.range.start.line === 39).map((f) => f.ruleId);
    assert.deepEqual(onSpine, ['qos/no-ingress-classification']);
    const breaks = of(findings, 'qos/contract-link-break');
    assert.deepEqual(
      breaks.map((f) => path.basename(f.loc.uri)),
      ['leaf1.cfg'],
    );
    // The peer end still names the cause at the other end.
    assert.ok(breaks[0]!.message.includes('best effort on spine1 Ethernet1/1'), breaks[0]!.message);
    assert.ok(
      breaks[0]!.related.some((r) => spine1({ loc: r.loc } as Finding)),
      'the related lines point into spine1',
    );
  });

  describe('qos/dscp-map-drift', () => {
    it('compares the meaning across vendors: a lost pause is an error, a lost strict queue a warning', async () => {
      const found = of(await lintDir(path.join(FIX, 'qos-dscp-map-drift', 'fires')), 'qos/dscp-map-drift');
      const leaf4 = found.find((f) => f.data['device'] === 'leaf4')!;
      assert.equal(leaf4.severity, 'error');
      assert.equal(leaf4.data['dscp'], '26');
      assert.match(String(leaf4.data['here']), /best effort/);
      assert.match(String(leaf4.data['there']), /lossless on priority 3/);
      assert.ok(leaf4.related.length > 0, 'points at an example device that follows the majority');
      assert.equal(leaf4.fixes[0]?.edits[0]?.newText.trim(), 'set qos-group 3', 'NX-OS: the qos-group that priority 3 pauses');
      const leaf2 = found.find((f) => f.data['device'] === 'leaf2')!;
      assert.equal(leaf2.severity, 'warning', 'CNP still lossy, only its strict priority is lost');
      assert.equal(leaf2.data['dscp'], '48');
      assert.deepEqual(found.map((f) => f.data['device']).sort(), ['leaf2', 'leaf4'], 'EOS traffic-class 6 and NX-OS qos-group 6 are the same meaning');
    });

    it('a spine that moves DSCP 26 out of the lossless class is reported, though two spines make no role majority', async () => {
      const all = await lintDir(path.join(FIX, 'qos-dscp-map-drift', 'fires-nxos-fabric'));
      const found = of(all, 'qos/dscp-map-drift');
      assert.deepEqual(
        found.map((f) => [f.data['device'], f.severity, f.data['count'], f.data['total']]),
        [['spine2', 'error', 4, 5]],
      );
      const links = of(all, 'qos/contract-link-break');
      assert.equal(links.length, 6, 'both ends of the three links through spine2');
    });

    it('fabric-lint model shows the per-hop behaviour per device and per port, with the line that decides it', async () => {
      const ws = await workspaceOf(path.join(FIX, 'qos-dscp-map-drift', 'fires-nxos-fabric'));
      const r = ws.lint();
      const json = modelJson(r.fabric, r.intent, { cwd: REPO_ROOT }) as unknown as {
        devices: {
          hostname: string;
          hopBehaviour: { dscp: number; kind: string; pausedOn: number | null; local: string; classifiedLine: number }[];
          interfaces: { name: string; hopBehaviour: { dscp: number; kind: string }[] }[];
        }[];
      };
      const dev = (h: string) => json.devices.find((d) => d.hostname === h)!;
      const roce = (h: string) => dev(h).hopBehaviour.find((b) => b.dscp === 26)!;
      assert.deepEqual([roce('leaf1').kind, roce('leaf1').pausedOn, roce('leaf1').local], ['lossless', 3, 'qos-group 3']);
      assert.deepEqual([roce('spine2').kind, roce('spine2').pausedOn, roce('spine2').local], ['best-effort', null, 'qos-group 1']);
      const bulk =
        fs
          .readFileSync(path.join(FIX, 'qos-dscp-map-drift', 'fires-nxos-fabric', 'spine2.cfg'), 'utf8')
          .split('\n')
          .indexOf('  match dscp 10,26') + 1;
      assert.equal(roce('spine2').classifiedLine, bulk, 'points at the match line that moved DSCP 26');
      assert.equal(dev('spine1').hopBehaviour.find((b) => b.dscp === 48)!.kind, 'strict');
      assert.deepEqual(
        dev('spine2')
          .interfaces.filter((i) => i.name.startsWith('Ethernet'))
          .map((i) => i.hopBehaviour.find((b) => b.dscp === 26)!.kind),
        ['best-effort', 'best-effort', 'best-effort'],
      );
    });

    it('a two-device tie reports both sides and names the disagreement', async () => {
      const found = of(await lintDir(path.join(FIX, 'qos-dscp-map-drift', 'fires-tie')), 'qos/dscp-map-drift');
      assert.deepEqual(found.map((f) => [f.messageId, f.data['device'], f.data['others']]).sort(), [
        ['tie', 'leaf1', 'leaf2'],
        ['tie', 'leaf2', 'leaf1'],
      ]);
      assert.match(found[0]!.message, /lossless on priority 3/);
      assert.match(found[0]!.message, /lossy|best effort/);
    });

    it('a mixed EOS/NX-OS fabric with the same meaning under different local numbers has no QoS error and no ECN drift', async () => {
      const all = await lintDir(path.join(FIX, 'qos-dscp-map-drift', 'clean-mixed-vendor'));
      const qos = all.filter(
        (f) => (f.ruleId.startsWith('qos/') || f.ruleId.startsWith('pfc/')) && (f.severity === 'error' || f.ruleId === 'qos/ecn-thresholds-drift'),
      );
      assert.deepEqual(
        qos.map((f) => `${f.ruleId}: ${f.message}`),
        [],
      );
    });

    it('compares with the intent class when there is one', async () => {
      const dir = scratch(path.join(FIX, 'qos-dscp-map-drift', 'clean'), {
        'fabric-intent.yaml':
          'version: 1\nlossless: { priorities: [3] }\nclasses:\n  roce: { dscp: [10, 26], lossless: true }\n  cnp: { dscp: [48], trafficClass: 7, queue: 7 }\n',
      });
      try {
        const found = of(await lintDir(dir), 'qos/dscp-map-drift');
        // DSCP 10 is lossy everywhere; the intent makes it RoCE. CNP's local numbers in the intent are not compared.
        const devices = found
          .filter((f) => f.messageId === 'intent')
          .map((f) => f.data['device'])
          .sort();
        assert.deepEqual(devices, ['leaf1', 'leaf2', 'leaf3', 'leaf4', 'spine1']);
        assert.ok(found.every((f) => f.data['dscp'] === '10'));
        const eos = found.find((f) => f.data['device'] === 'leaf1')!;
        assert.equal(eos.fixes[0]?.edits[0]?.newText.trim(), 'qos map dscp 10 to traffic-class 3');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('qos/ecn-thresholds-drift', () => {
    it('compares with the intent, bytes normalised (150 kbytes = 150000)', async () => {
      const dir = scratch(path.join(FIX, 'qos-ecn-thresholds-drift', 'clean'), {
        'fabric-intent.yaml':
          'version: 1\nclasses:\n  roce: { dscp: [26], trafficClass: 3, lossless: true, ecn: true }\necn:\n  roce: { minBytes: 150000, maxBytes: 1500000, probability: 100 }\n',
      });
      try {
        const found = of(await lintDir(dir), 'qos/ecn-thresholds-drift');
        assert.deepEqual(
          found.map((f) => f.data['device']),
          ['spine1'],
          'only the spine marks elsewhere',
        );
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('qos/undefined-reference', () => {
    it('suggests the closest name of the same kind and reports fragments as info', async () => {
      const found = of(await lintDir(path.join(FIX, 'qos-undefined-reference', 'fires')), 'qos/undefined-reference');
      const typo = found.find((f) => f.data['name'] === 'ROCE_CLASIFY')!;
      assert.equal(typo.fixes[0]?.title, 'Change to ROCE_CLASSIFY');
      assert.equal(typo.severity, 'error');
      const far = found.find((f) => f.data['name'] === 'SOMETHING_ELSE')!;
      assert.equal(far.fixes.length, 0, 'no name is close enough');
      const fragment = found.find((f) => f.data['name'] === 'WAN_OUT')!;
      assert.equal(fragment.severity, 'info');
      assert.equal(fragment.messageId, 'fragment');
    });
  });

  describe('qos/unused-definition', () => {
    it('does not offer to remove the definition a misspelt reference means, and names that reference', async () => {
      const findings = await lintDir(path.join(FIX, 'qos-unused-definition', 'fires-misspelt'));
      const [unused] = of(findings, 'qos/unused-definition');
      assert.equal(unused?.messageId, 'misspelt');
      assert.equal(unused.fixes.length, 0);
      assert.match(unused.message, /QOS_CLASSIFY is never used: it is probably the misspelt reference QOS_CLASIFY at line 41/);
      const [undefinedRef] = of(findings, 'qos/undefined-reference');
      assert.equal(undefinedRef?.fixes[0]?.title, 'Change to QOS_CLASSIFY');
      assert.equal(undefinedRef.fixes[0]?.isPreferred, true);
    });
  });

  describe('unattached policies configure nothing', () => {
    it('pfc/unclassified-priority counts only attached classification, and names the unattached policy', async () => {
      const findings = of(await lintDir(path.join(FIX, 'pfc-unclassified-priority', 'fires-unattached')), 'pfc/unclassified-priority');
      assert.deepEqual(
        findings.map((f) => f.message),
        [
          'Class qos-group 3 (c-8q-nq3) is lossless (no-drop {3}) but no DSCP or CoS is classified into it on spine1 (policy-map QOS_CLASSIFY would classify into it, but nothing attaches it)',
        ],
      );
    });
    it('pfc/no-lossless-buffer reports the PFC ports once, names the unattached no-drop policy and offers to attach it', async () => {
      const findings = of(await lintDir(path.join(FIX, 'pfc-no-lossless-buffer', 'fires')), 'pfc/no-lossless-buffer').filter((f) =>
        f.loc.uri.endsWith('spine1.cfg'),
      );
      assert.equal(findings.length, 1);
      assert.match(findings[0]!.message, /network-qos policy QOS_NETWORK makes CoS \{3\} no-drop but is not attached/);
      assert.equal(findings[0]!.fixes[0]?.title, 'Attach QOS_NETWORK under system qos');
    });
  });

  describe('helpers', () => {
    it('measures edit distance', () => {
      assert.equal(editDistance('ROCE_CLASIFY', 'ROCE_CLASSIFY'), 1);
      assert.equal(editDistance('abc', 'abc'), 0);
      assert.equal(editDistance('Roce_Classify', 'ROCE_CLASSIFY'), 10);
      assert.equal(editDistance('Roce_Classify', 'ROCE_CLASSIFY', { ignoreCase: true }), 0);
    });
    it('rewrites random-detect numbers and keeps the other words', () => {
      assert.equal(
        rewriteEcnText('random-detect minimum-threshold 950 kbytes maximum-threshold 3000 kbytes drop-probability 7 weight 0 ecn', {
          min: 150,
          max: 1500,
          unit: 'kbytes',
          probability: 100,
        }),
        'random-detect minimum-threshold 150 kbytes maximum-threshold 1500 kbytes drop-probability 100 weight 0 ecn',
      );
      assert.equal(toBytes(150, 'kbytes'), 150000);
      assert.equal(toBytes(3, 'milliseconds'), undefined);
    });
  });

  describe('real configurations', () => {
    const corpus = corpusDir();
    const qosOf = async (rel: string): Promise<Finding[]> => (await lintDir(path.join(corpus!, rel))).filter((f) => f.ruleId.startsWith('qos/'));

    it('AVD fabrics without QoS get no QoS finding', async function () {
      if (!corpus) this.skip();
      for (const rel of [
        'eos/avd-examples-dual-dc-l3ls',
        'eos/avd-examples-single-dc-l3ls',
        'eos/batfish-dc-as-reuse',
        'eos/pybatfish-aristaevpn',
        'nxos/batfish-evpn-nxos-symmetric',
      ]) {
        if (!fs.existsSync(path.join(corpus!, rel))) continue;
        assert.deepEqual(
          (await qosOf(rel)).map((f) => `${f.ruleId}: ${f.message}`),
          [],
          rel,
        );
      }
    });

    it('single-feature test files get no error-level reference noise from NX-OS built-ins or typed IOS structures', async function () {
      if (!corpus) this.skip();
      for (const rel of ['nxos/batfish-nxos-grammar-testconfigs', 'ios/batfish-unit-test-configs']) {
        if (!fs.existsSync(path.join(corpus!, rel))) continue;
        const errors = (await qosOf(rel)).filter((f) => f.severity === 'error');
        assert.deepEqual(
          errors.map((f) => `${f.ruleId}: ${f.message}`),
          [],
          rel,
        );
      }
    });

    it('the Azure Stack HCI TOR configs: only the vPC peer-link lacks classification', async function () {
      if (!corpus) this.skip();
      const rel = 'nxos/azurestack-switch-config-generator';
      if (!fs.existsSync(path.join(corpus!, rel))) this.skip();
      const found = await qosOf(rel);
      assert.deepEqual(
        found.map((f) => `${f.ruleId} ${f.data['iface'] ?? ''}`),
        ['qos/no-ingress-classification Port-Channel101'],
      );
    });
  });
});
