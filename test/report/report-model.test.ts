/**
 * The report model and its markdown: where a finding sits (the sections around its line, in each config form), the
 * baseline matching as multisets, and a pull-request comment that stays within GitHub's limit however many findings
 * there are, saying what it left out.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { buildReport, type LintInput, type ReportModel } from '../../server/src/output/report/model';
import { compareFindings, parentLines, sectionChain } from '../../server/src/output/report/finding-key';
import { COMMENT_LIMIT, md, renderMarkdown } from '../../server/src/output/report/markdown';
import { allRules } from '../../server/src/rules/index';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';

const chain = (text: string, line: number): string => {
  const lines = text.split('\n');
  return sectionChain(lines, parentLines(lines), line);
};

async function exampleReport(): Promise<ReportModel> {
  const dir = path.join(REPO_ROOT, 'examples', 'leaf-spine');
  const ws = await workspaceOf(dir);
  const result = ws.lint();
  const texts = new Map<string, string>();
  for (const uri of ws.uris()) {
    const t = ws.text(uri);
    if (t !== undefined) texts.set(uri, t);
  }
  const lint: LintInput = { result, texts, rootDirs: [dir], fileCount: texts.size };
  return buildReport(lint, { cwd: REPO_ROOT, title: 'examples/leaf-spine', toolVersion: 'test', rules: allRules });
}

describe('report model', () => {
  it('places a line in the sections around it, in indented CLI, Junos braces and JSON', () => {
    const eos = 'hostname a\n!\ninterface Ethernet1\n   mtu 9000\n   tx-queue 3\n      random-detect ecn\n!\n';
    assert.equal(chain(eos, 3), 'interface Ethernet1');
    assert.equal(chain(eos, 5), 'interface Ethernet1 > tx-queue 3');
    assert.equal(chain(eos, 0), '');
    const junos =
      'interfaces {\n    et-0/0/0 {\n        mtu 9216;\n        unit 0 {\n            family inet {\n                mtu 9000;\n            }\n        }\n    }\n}\n';
    assert.equal(chain(junos, 5), 'interfaces { > et-0/0/0 { > unit 0 { > family inet {');
    // A closing brace is no section: the line after it belongs to the enclosing one.
    assert.equal(chain(junos, 2), 'interfaces { > et-0/0/0 {');
    const sonic = '{\n    "PORT": {\n        "Ethernet0": {\n            "mtu": "9100"\n        }\n    }\n}\n';
    assert.equal(chain(sonic, 3), '{ > "PORT": { > "Ethernet0": {');
  });

  it('matches baseline findings as multisets: by the whole key, then changed by place and rule', () => {
    const k = (place: string, essence: string): { key: { place: string; what: string; essence: string } } => ({ key: { place, what: 'mtu/x', essence } });
    const now = [k('a', '1'), k('a', '1'), k('b', '2'), k('c', '9')];
    const was = [k('a', '1'), k('b', '3'), k('d', '4')];
    const r = compareFindings(now, was, (x) => x.key);
    assert.deepEqual(r.unchanged, [now[0]]);
    assert.deepEqual(r.changed, [{ now: now[2], was: was[1] }]);
    assert.deepEqual(r.added, [now[1], now[3]]);
    assert.deepEqual(r.fixed, [was[2]]);
  });

  it('links carry both ends, the columns where they differ and the findings about them, worst first', async () => {
    const m = await exampleReport();
    assert.deepEqual(m.columns, ['L3 MTU', 'PFC', 'classified by', 'DSCP 26 (roce)', 'ECN for DSCP 26', 'DSCP 48 (cnp)', 'ECN for DSCP 48']);
    const cell = (e: { values: number }, column: string): string => m.endValues[e.values]![m.columns.indexOf(column)]!;
    const mtu = m.links.find((l) => l.a.device === 'leaf2' && l.a.interface === 'Ethernet50/1');
    assert.ok(mtu);
    assert.equal(mtu.state, 'mtu');
    assert.equal(mtu.b.device, 'spine2');
    assert.equal(cell(mtu.a, 'L3 MTU'), '9000');
    assert.equal(cell(mtu.b, 'L3 MTU'), '9214');
    assert.ok(mtu.differs.includes(m.columns.indexOf('L3 MTU')));
    // EOS leaf2 trusts DSCP, NX-OS spine2 classifies with its policy: different words, the same field, not marked.
    assert.equal(cell(mtu.a, 'classified by'), 'trust dscp');
    assert.equal(cell(mtu.b, 'classified by'), 'policy ROCE_CLASSIFY');
    assert.deepEqual(
      mtu.differs.map((i) => m.columns[i]),
      ['L3 MTU', 'DSCP 48 (cnp)'],
    );
    assert.deepEqual(mtu.findings.map((i) => `${m.findings[i]!.rule} ${path.basename(m.findings[i]!.path)}:${m.findings[i]!.line}`).sort(), [
      'mtu/link-mismatch leaf2.cfg:37',
      'mtu/link-mismatch spine2.cfg:52',
    ]);
    const pfc = m.links.find((l) => l.a.device === 'leaf1' && l.a.interface === 'Ethernet50/1')!;
    assert.equal(pfc.state, 'pfc');
    assert.match(cell(pfc.a, 'PFC'), /^off/);
    assert.equal(cell(pfc.b, 'PFC'), 'on, no-drop 3');
    assert.deepEqual(
      m.links.slice(0, 3).map((l) => l.state),
      ['mtu', 'pfc', 'qos'],
    );
    // Every device with its tier (each has an error in the example); every rule with its count.
    assert.deepEqual(
      m.devices.map((d) => `${d.name} ${d.tier} ${d.worst}`),
      ['leaf1 leaf error', 'leaf2 leaf error', 'leaf3 leaf error', 'leaf4 leaf error', 'spine1 spine error', 'spine2 spine error'],
    );
    assert.equal(m.rules.find((r) => r.id === 'mtu/link-mismatch')!.counts.error, 2);
    // The picture: one edge per link, each standing for its row; a node per device.
    assert.equal(m.picture.edges.length, 8);
    assert.deepEqual(
      m.picture.edges.flat().sort((x, y) => x - y),
      [0, 1, 2, 3, 4, 5, 6, 7],
    );
    assert.deepEqual(
      Object.values(m.picture.nodes)
        .flat()
        .sort((x, y) => x - y),
      [0, 1, 2, 3, 4, 5],
    );
  });

  it('keeps a pull-request comment within the limit, leaving out whole items and saying how many', async () => {
    const m = await exampleReport();
    const many: ReportModel = { ...m, findings: Array.from({ length: 3000 }, (_, i) => ({ ...m.findings[i % m.findings.length]!, line: i + 1 })) };
    const text = renderMarkdown(many);
    assert.ok(text.length <= COMMENT_LIMIT, `${text.length} characters`);
    const shown = text.match(/^- \*\*(error|warning)\*\* /gm)!.length;
    assert.ok(shown > 100 && shown < 3000, `${shown} findings shown`);
    assert.match(text, new RegExp(`Left out to fit a comment: ${3000 - shown} of 3000 findings \\(findings\\)\\.`));
    // Nothing is cut in the middle: every finding line is whole.
    for (const line of text.split('\n').filter((l) => l.startsWith('- **'))) assert.match(line, /\(\S+\/\S+\)$/);

    const small = renderMarkdown(m, 1500);
    assert.ok(small.length <= 1500, `${small.length}`);
    assert.match(small, /Left out to fit a comment: .*findings/);
  });

  it('escapes Markdown, HTML and mentions in config text', () => {
    assert.equal(md('a|b *c* <script> @team [x](y)\nnext'), 'a\\|b \\*c\\* &lt;script&gt; &#64;team \\[x\\](y) next');
  });
});
