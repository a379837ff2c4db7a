/**
 * `fabric-lint report`: the markdown summary and the HTML page of the example fabric, what a change fixed and broke
 * against a baseline folder (matched by a key that survives shifted lines), config text that tries to become
 * markup, and the usage errors. The page in a real browser is test/report/report-browser.test.ts.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli, rmTemp, ROOT, show, tempCopy } from './run';

const EXAMPLE = path.join(ROOT, 'examples', 'leaf-spine');

/** Replaces one exact piece of a file of the copy; fails when it is not there once. */
function edit(dir: string, file: string, from: string, to: string): void {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  assert.equal(text.split(from).length, 2, `${file} holds "${from}" once`);
  fs.writeFileSync(p, text.replace(from, to));
}

/** The JSON block of the page, as its script reads it. */
function pageData(html: string): { findings: { rule: string; path: string; excerpt?: { lines: string[] } }[]; links: unknown[][]; rules: { id: string }[] } {
  const m = /<script id="report-data" type="application\/json">([^<]*)<\/script>/.exec(html);
  assert.ok(m, 'the page has its data block');
  return JSON.parse(m[1]!) as ReturnType<typeof pageData>;
}

describe('fabric-lint report', function () {
  this.slow(6000);
  const temps: string[] = [];
  const scratch = (): string => {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-report-'));
    temps.push(d);
    return d;
  };
  after(() => temps.forEach(rmTemp));

  it('prints a markdown summary of the example: counts, every rule, the links with findings, every finding', async () => {
    const r = await cli(['report', 'examples/leaf-spine']);
    assert.equal(r.code, 1, show(r));
    const md = r.stdout;
    assert.match(md, /^## fabric-lint report: examples\/leaf-spine$/m);
    assert.match(md, /\*\*7 errors, 4 warnings, 0 info\*\* in 6 files \(6 devices, 8 links\)/);
    assert.match(md, /^\| mtu\/link-mismatch: .* \| 2 \| 0 \| 0 \| 0 \|$/m);
    // The MTU mismatch of the README: leaf2 Ethernet50/1 (9000) against spine2 Ethernet1/2 (9214).
    assert.match(md, /^\| leaf2 Ethernet50\/1 ↔ spine2 Ethernet1\/2 \| MTU mismatch \| L3 MTU, /m);
    assert.match(md, /^\| leaf1 Ethernet50\/1 ↔ spine2 Ethernet1\/1 \| PFC mismatch \| PFC, /m);
    assert.match(md, /^\| leaf4 Ethernet1\/49 ↔ spine1 Ethernet4\/1 \| QoS-contract break \| .*DSCP 26 \(roce\)/m);
    assert.equal(md.match(/^- \*\*(error|warning)\*\* /gm)?.length, 11, md);
    // The example's oversubscribed leaf (eight 100G GPU ports behind two 100G uplinks).
    assert.match(md, /^- \*\*warning\*\* examples\/leaf-spine\/leaf3\.cfg:\d+: leaf3: 4:1 oversubscription/m);
    assert.match(md, /^- \*\*error\*\* examples\/leaf-spine\/leaf2\.cfg:37: MTU 9000 here, 9214 on spine2 Ethernet1\/2/m);
    assert.doesNotMatch(md, /Left out/);
  });

  it('writes one self-contained HTML page: strict CSP, nothing loaded from anywhere, every finding with its lines and the other end', async () => {
    const out = path.join(scratch(), 'report.html');
    const r = await cli(['report', '--html', out, 'examples/leaf-spine']);
    assert.equal(r.code, 1, show(r));
    assert.equal(r.stdout, '', 'with --html alone nothing is printed');
    const html = fs.readFileSync(out, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1]?.replace(/&#39;/g, "'");
    assert.ok(csp, 'a CSP meta tag');
    assert.match(csp, /^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'$/);
    assert.doesNotMatch(html, /\ssrc=|@import|url\(|<link\b/i, 'no resource is loaded');
    assert.equal(html.match(/<script\b/g)?.length, 2, 'the data block and the page script');
    const data = pageData(html);
    assert.equal(data.findings.length, 11);
    assert.equal(data.links.length, 8);
    const mtu = data.findings.find((f) => f.rule === 'mtu/link-mismatch' && f.path.endsWith('leaf2.cfg')) as
      { excerpt: { lines: string[]; markFrom: number }; related: { path: string; excerpt: { lines: string[] } }[] } | undefined;
    assert.ok(mtu);
    assert.ok(mtu.excerpt.lines.includes('   mtu 9000'), 'the finding shows its line');
    assert.equal(mtu.excerpt.markFrom, 37);
    const other = mtu.related.find((x) => x.path.endsWith('spine2.cfg'));
    assert.ok(other?.excerpt.lines.includes('  mtu 9214'), "and the other end's");
    // The picture draws every link and every device, the MTU mismatch in its state.
    assert.equal(html.match(/ data-edge="/g)?.length, 8);
    assert.equal(html.match(/<g class="node device[^"]*" data-node="/g)?.length, 6);
    assert.match(
      html,
      /<g class="link state-mtu sev-error" data-edge="\d+" data-a="d:leaf2" data-b="d:spine2">.*?<title>leaf2 Ethernet50\/1 — spine2 Ethernet1\/2: MTU mismatch/,
    );
  });

  it('marks what a change fixed, broke and changed, matching findings whose lines moved', async () => {
    const base = tempCopy(EXAMPLE);
    const head = tempCopy(EXAMPLE);
    temps.push(base, head);
    // Fixes the README's MTU mismatch (both ends' findings), moves every later line of leaf2 down by three,
    // and breaks leaf1's uplink to spine1.
    edit(head, 'leaf2.cfg', '   mtu 9000\n', '   mtu 9214\n');
    edit(head, 'leaf2.cfg', '!\nno aaa root\n', '!\n!\n!\n!\nno aaa root\n');
    edit(
      head,
      'leaf1.cfg',
      '   description P2P_LINK_TO_SPINE1_Ethernet1/1\n   no switchport\n   mtu 9214\n',
      '   description P2P_LINK_TO_SPINE1_Ethernet1/1\n   no switchport\n   mtu 9100\n',
    );
    const out = path.join(scratch(), 'report.html');
    const r = await cli(['report', '--baseline', base, '--html', out, '--format', 'markdown', head]);
    assert.equal(r.code, 1, `new errors fail the run\n${show(r)}`);
    assert.match(r.stdout, /: \*\*2 fixed\*\*, \*\*2 new\*\*, 0 changed, 9 unchanged \(the baseline had 11 findings\)/, r.stdout);
    const broken = r.stdout.split('### Broken by this change')[1]!.split('###')[0]!;
    assert.match(broken, /leaf1\.cfg:24: MTU 9100 here, 9214 on spine1 Ethernet1\/1/);
    assert.match(broken, /spine1\.cfg:\d+: MTU 9214 here, 9100 on leaf1 Ethernet49\/1/);
    const fixed = r.stdout.split('### Fixed by this change')[1]!.split('###')[0]!;
    assert.match(fixed, /leaf2\.cfg:37: MTU 9000 here, 9214 on spine2 Ethernet1\/2/);
    assert.match(fixed, /spine2\.cfg:52: MTU 9214 here, 9000 on leaf2 Ethernet50\/1/);
    // leaf2's DSCP drift moved from line 14 to 17 and is the same finding.
    assert.match(r.stdout, /leaf2\.cfg:17: DSCP 48 is best effort.*\(unchanged\)$/m);

    const html = fs.readFileSync(out, 'utf8');
    const data = pageData(html) as unknown as { findings: { status: string }[]; fixed: { path: string; excerpt: { lines: string[] } }[] };
    assert.deepEqual(data.findings.map((f) => f.status).sort(), ['new', 'new', ...Array<string>(9).fill('unchanged')]);
    assert.equal(data.fixed.length, 2);
    assert.ok(data.fixed.find((f) => f.path.endsWith('leaf2.cfg'))?.excerpt.lines.includes('   mtu 9000'), 'a fixed finding shows the baseline lines');
    assert.match(html, /<span class="status fixed">2 fixed<\/span>\s*<span class="status new">2 new<\/span>/);
  });

  it('calls a finding whose values changed "changed", not fixed and new; exits 0 when no error is new or changed', async () => {
    const base = tempCopy(EXAMPLE);
    const head = tempCopy(EXAMPLE);
    temps.push(base, head);
    edit(head, 'leaf2.cfg', '   mtu 9000\n', '   mtu 9100\n');
    const r = await cli(['report', '--baseline', base, head]);
    assert.equal(r.code, 1, show(r));
    assert.match(r.stdout, /\*\*0 fixed\*\*, \*\*0 new\*\*, 2 changed, 9 unchanged/, r.stdout);
    assert.match(r.stdout, /leaf2\.cfg:37: MTU 9100 here, 9214 on spine2 Ethernet1\/2 .*, was: MTU 9000 here, 9214 on spine2 Ethernet1\/2/);

    const same = await cli(['report', '--baseline', base, base]);
    assert.equal(same.code, 0, show(same));
    assert.match(same.stdout, /\*\*0 fixed\*\*, \*\*0 new\*\*, 0 changed, 11 unchanged/);
  });

  it('keeps config text as text: a description with <script>, an @-mention, Markdown and a table bar', async () => {
    const head = tempCopy(EXAMPLE);
    temps.push(head);
    const evil = 'x</script><script>alert(1)</script><img src=x onerror=alert(2)> @octocat | **bold** [l](http://e.invalid)';
    edit(head, 'leaf1.cfg', '   description P2P_LINK_TO_SPINE2_Ethernet1/1\n', `   description ${evil}\n`);
    const out = path.join(scratch(), 'report.html');
    const r = await cli(['report', '--html', out, '--format', 'markdown', head]);
    assert.ok(r.code === 1, show(r));
    const html = fs.readFileSync(out, 'utf8');
    assert.doesNotMatch(html, /<script>alert|<img src|onerror=alert\(2\)>/);
    assert.equal(html.match(/<script\b/g)?.length, 2);
    const data = pageData(html);
    assert.ok(
      data.findings.some((f) => f.excerpt?.lines.includes(`   description ${evil}`)),
      'the description is in an excerpt, as written',
    );
    // The markdown excerpt-free summary names no such text unless a message quotes it; when one does, it is inert.
    assert.doesNotMatch(r.stdout, /<script|<img|@octocat|\]\(http/);
  });

  it('refuses options that belong elsewhere, and a baseline that is no folder', async () => {
    const cases: [string[], RegExp][] = [
      [['--html', 'x.html', 'examples/leaf-spine'], /--html belongs to "fabric-lint report"/],
      [['report', '--format', 'sarif', 'examples/leaf-spine'], /prints markdown .* not "sarif"/],
      [['report', '--fix', 'examples/leaf-spine'], /--fix does not apply to "fabric-lint report"/],
      [['report', '--baseline', 'examples/leaf-spine/leaf1.cfg', 'examples/leaf-spine'], /--baseline needs a folder/],
      [['report', '--html', 'same.md', '-o', 'same.md', 'examples/leaf-spine'], /--html and --output name the same file/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(args);
      assert.equal(r.code, 2, show(r));
      assert.match(r.stderr, message);
    }
  });
});
