// Disable comments over the real protocol: every diagnostic offers "Disable <rule> for this line" (and "… for the
// entire file"), written in the comment syntax of the file's dialect; applying it and linting again removes that
// diagnostic and nothing else, and the file changes by exactly the inserted line (indentation, CRLF and BOM kept).
// A comment that no longer silences anything becomes a faded hint whose fix removes it, byte for byte.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DiagnosticTag, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { ofRule, REPO_ROOT, serverSession, uriOf, type TestClient } from './harness';

/** EOS, NX-OS, IOS, Junos, Cumulus and SR Linux devices; test/fixtures/rules/workspace-unused-disable/clean without its comments. */
const FABRIC = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'workspace-unused-disable', 'clean');
const DISABLE_LINE = /^[ \t]*[!#][ \t]*fabric-lint-disable.*\n/gm;
const FILES = ['cl1.conf', 'edge1.cfg', 'leaf1.cfg', 'qfx1.conf', 'spine1.cfg', 'srl1.cfg'];

/** The fabric without comments; leaf1 in CRLF with a UTF-8 BOM. */
function prepare(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-disable-'));
  for (const name of FILES) {
    let text = fs.readFileSync(path.join(FABRIC, name), 'utf8').replace(DISABLE_LINE, '');
    if (name === 'leaf1.cfg') text = '\ufeff' + text.replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/** Every published diagnostic as `file rule line`. */
function all(client: TestClient, dir: string): string[] {
  return FILES.flatMap((f) => (client.diagnostics.get(uriOf(path.join(dir, f))) ?? []).map((d) => `${f} ${String(d.code)} ${d.range.start.line}`)).sort();
}

function titled(actions: CodeAction[], title: string): CodeAction {
  const a = actions.find((x) => x.title === title);
  assert.ok(a, `no action "${title}" among ${JSON.stringify(actions.map((x) => x.title))}`);
  return a;
}

async function settle(client: TestClient, dir: string, count: number): Promise<string[]> {
  await client.wait(`${count} diagnostics`, () => (all(client, dir).length === count ? true : undefined));
  return all(client, dir);
}

describe('language server: disable comments', function () {
  this.timeout(60000);
  const s = serverSession(prepare, { transport: 'stdio', settings: {} });

  it('silences each finding in place, in every dialect with comments, changing only the inserted line', async () => {
    await s.client.ready();
    let before = await settle(s.client, s.dir, 6);
    assert.deepEqual(before, [
      'cl1.conf link/unpaired-p2p 1',
      'edge1.cfg link/unpaired-p2p 5',
      'leaf1.cfg mtu/link-mismatch 6',
      'qfx1.conf link/unpaired-p2p 8',
      'spine1.cfg mtu/link-mismatch 5',
      'srl1.cfg link/unpaired-p2p 11',
    ]);
    const comment: Record<string, string> = {
      'cl1.conf': '# fabric-lint-disable-next-line link/unpaired-p2p',
      'edge1.cfg': ' ! fabric-lint-disable-next-line link/unpaired-p2p',
      'leaf1.cfg': '   ! fabric-lint-disable-next-line mtu/link-mismatch',
      'qfx1.conf': '                # fabric-lint-disable-next-line link/unpaired-p2p',
      'spine1.cfg': '  ! fabric-lint-disable-next-line mtu/link-mismatch',
      'srl1.cfg': '            # fabric-lint-disable-next-line link/unpaired-p2p',
    };
    for (const name of FILES) {
      const file = s.f(name);
      const [diag] = s.client.diagnostics.get(uriOf(file))!;
      const actions = await s.client.codeActions(file, [diag!], ['quickfix']);
      const bytes = fs.readFileSync(file);
      await s.client.applyEdit(titled(actions, `Disable ${String(diag!.code)} for this line`).edit!);
      const after = await settle(s.client, s.dir, before.length - 1);
      const gone = `${name} ${String(diag!.code)} ${diag!.range.start.line}`;
      assert.deepEqual(
        after,
        before.filter((x) => x !== gone).map((x) => x),
        `only ${gone} goes`,
      );
      before = after;

      // The file is the old bytes with one line inserted above the finding.
      const eol = name === 'leaf1.cfg' ? '\r\n' : '\n';
      const bom = name === 'leaf1.cfg' ? '\ufeff' : '';
      const oldLines = bytes
        .toString('utf8')
        .replace(/^\ufeff/, '')
        .split(eol);
      oldLines.splice(diag!.range.start.line, 0, comment[name]!);
      assert.equal(fs.readFileSync(file).toString('utf8'), bom + oldLines.join(eol), name);
    }
    assert.deepEqual(before, []);
  });

  it('disables a rule for the entire file, under the dialect marker', async () => {
    await s.client.ready();
    await settle(s.client, s.dir, 6);
    const spine = s.f('spine1.cfg');
    const original = fs.readFileSync(spine, 'utf8');
    const actions = await s.client.codeActions(spine, ofRule(s.client.diagnostics.get(uriOf(spine))!, 'mtu/link-mismatch'), ['quickfix']);
    await s.client.applyEdit(titled(actions, 'Disable mtu/link-mismatch for the entire file').edit!);
    await settle(s.client, s.dir, 5);
    const lines = original.split('\n');
    lines.splice(1, 0, '! fabric-lint-disable mtu/link-mismatch');
    assert.equal(fs.readFileSync(spine, 'utf8'), lines.join('\n'));
  });

  it('fades a comment that silences nothing, and its fix removes the comment byte for byte', async () => {
    await s.client.ready();
    await settle(s.client, s.dir, 6);
    const leaf = s.f('leaf1.cfg');
    const original = fs.readFileSync(leaf);
    await s.client.open(leaf);
    const [mismatch] = ofRule(s.client.diagnostics.get(uriOf(leaf))!, 'mtu/link-mismatch');
    await s.client.applyEdit(titled(await s.client.codeActions(leaf, [mismatch!], ['quickfix']), 'Disable mtu/link-mismatch for this line').edit!);
    await s.client.waitForDiagnostics(leaf, 'silenced', (d) => d.length === 0);

    // spine1 is set to 9000 by hand: nothing is left for leaf1's comment to silence.
    const spine = s.f('spine1.cfg');
    await s.client.writeFile(spine, fs.readFileSync(spine, 'utf8').replace('mtu 9214', 'mtu 9000'));
    const [unused] = await s.client.waitForDiagnostics(leaf, 'unused-disable', (d) => ofRule(d, 'workspace/unused-disable').length === 1);
    assert.deepEqual(unused!.tags, [DiagnosticTag.Unnecessary]);
    assert.equal(unused!.range.start.line, 6);
    const actions = await s.client.codeActions(leaf, [unused!], ['quickfix']);
    assert.ok(!actions.some((a) => a.title.startsWith('Disable ')), 'a comment about a comment is not silenced');
    await s.client.applyEdit(titled(actions, 'Remove this fabric-lint-disable-next-line comment').edit!);
    await s.client.waitForDiagnostics(leaf, 'the comment removed', (d: Diagnostic[]) => d.length === 0);
    assert.equal(s.client.text(leaf), original.toString('utf8'));
  });
});

/** Two SONiC switches with an MTU mismatch (mtu/link-mismatch's fixture), and an intent file with an ignore list. */
function prepareSonic(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-disable-sonic-'));
  const fires = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'mtu-link-mismatch', 'fires');
  for (const name of ['sonic-leaf1.json', 'sonic-spine1.json']) fs.copyFileSync(path.join(fires, name), path.join(dir, name));
  fs.writeFileSync(path.join(dir, 'fabric-intent.yaml'), '# lab fabric\nignore:\n  devices: ["lab-*"]   # spares\n');
  return dir;
}

describe('language server: silencing in SONiC config_db.json (no comments)', function () {
  this.timeout(60000);
  const s = serverSession(prepareSonic, { transport: 'stdio', settings: {} });

  it('adds an ignore.findings entry to the intent file instead, byte-exactly, and says so; a stale entry is a hint', async () => {
    await s.client.ready();
    const leaf = s.f('sonic-leaf1.json');
    const intent = s.f('fabric-intent.yaml');
    const [mismatch] = await s.client.waitForDiagnostics(leaf, 'mismatch', (d) => ofRule(d, 'mtu/link-mismatch').length === 1);
    const actions = await s.client.codeActions(leaf, [mismatch!], ['quickfix']);
    assert.ok(!actions.some((a) => a.title.startsWith('Disable ')), 'no comment is offered in JSON');
    await s.client.applyEdit(titled(actions, 'Ignore mtu/link-mismatch on sonic-leaf1 in fabric-intent.yaml (JSON has no comments)').edit!);
    await s.client.waitForDiagnostics(leaf, 'silenced', (d) => d.length === 0);
    assert.equal(
      fs.readFileSync(intent, 'utf8'),
      '# lab fabric\nignore:\n  findings:\n    - { rule: mtu/link-mismatch, device: sonic-leaf1 }\n  devices: ["lab-*"]   # spares\n',
    );
    // The other end is reported at its own location, in its own file: still there.
    const spine = s.f('sonic-spine1.json');
    assert.equal(ofRule(s.client.diagnostics.get(uriOf(spine))!, 'mtu/link-mismatch').length, 1);

    // The MTUs agree now: the entry silences nothing.
    await s.client.writeFile(spine, fs.readFileSync(spine, 'utf8').replace('"mtu": "9000"', '"mtu": "9100"'));
    const [stale] = await s.client.waitForDiagnostics(intent, 'unused entry', (d) => ofRule(d, 'workspace/unused-disable').length === 1);
    assert.equal(stale!.range.start.line, 3);
    assert.match(stale!.message, /^This ignore\.findings entry silences nothing \(mtu\/link-mismatch on sonic-leaf1\); remove it\.$/);
  });
});
