// With WorkspaceOptions.reread (the language server), the workspace keeps no text of a closed file read from disk
// once it is analysed: the model is what a lint needs, and the text is read again where a feature needs it. These
// tests use the example fabric copied into a scratch folder, so the disk can change behind the workspace's back.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../server/src/engine/workspace';
import { readDiskText, readDiskTextSync } from '../../server/src/engine/files';
import { pathToUri, uriToPath } from '../../server/src/engine/uri';

const EXAMPLE = path.join(__dirname, '..', '..', '..', 'examples', 'leaf-spine');
const MTU = 'mtu/link-mismatch';

describe('closed files: texts read again from disk instead of kept', function () {
  let dir: string;
  let ws: Workspace;
  let rereads: string[];
  const uri = (name: string): string => pathToUri(path.join(dir, name));
  const mtuFindings = (): string[] =>
    ws
      .lint()
      .findings.filter((f) => f.ruleId === MTU)
      .map((f) => `${path.basename(f.loc.uri)}:${f.loc.range.start.line}`)
      .sort();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-lint-closed-'));
    for (const f of fs.readdirSync(EXAMPLE)) fs.copyFileSync(path.join(EXAMPLE, f), path.join(dir, f));
    rereads = [];
    ws = await Workspace.create({
      roots: [pathToUri(dir)],
      reread: (u) => {
        rereads.push(path.basename(u));
        return readDiskTextSync(uriToPath(u));
      },
    });
    for (const f of fs.readdirSync(dir)) ws.setDiskFile(uri(f), await readDiskText(path.join(dir, f)));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps no text once the files are analysed, and lints the same as a workspace that keeps them', async () => {
    assert.equal(ws.textStats().kept, ws.textStats().files, 'texts are kept until analysed');
    const findings = mtuFindings();
    assert.deepEqual(ws.textStats(), { kept: 0, chars: 0, files: fs.readdirSync(dir).length });
    assert.deepEqual(findings, ['leaf2.cfg:36', 'spine2.cfg:51'], 'the example fabric has its documented MTU mismatch');

    const keeping = await Workspace.create({ roots: [pathToUri(dir)] });
    for (const f of fs.readdirSync(dir)) keeping.setFile(uri(f), fs.readFileSync(path.join(dir, f), 'utf8'));
    assert.equal(JSON.stringify(keeping.lint().findings), JSON.stringify(ws.lint().findings));
    assert.ok(keeping.textStats().kept > 0, 'without reread (the CLI) every text is kept');
    assert.deepEqual(rereads, [], 'linting reads nothing again');
  });

  it('takes a closed file whose disk text changed (the watcher) as changed without reading it once more', async () => {
    assert.deepEqual(mtuFindings(), ['leaf2.cfg:36', 'spine2.cfg:51']);
    const file = path.join(dir, 'leaf2.cfg');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^(\s+)mtu 9000$/m, '$1mtu 9214'));
    ws.setDiskFile(uri('leaf2.cfg'), await readDiskText(file));
    assert.deepEqual(mtuFindings(), []);
    assert.deepEqual(rereads, [], 'the watcher read the file; the workspace did not read it again');
  });

  it('reads a closed file again for a feature that needs its text, and says it has none once the disk changed', () => {
    mtuFindings();
    const spine = uri('spine2.cfg');
    assert.equal(ws.text(spine), fs.readFileSync(path.join(dir, 'spine2.cfg'), 'utf8'));
    assert.deepEqual(rereads, ['spine2.cfg']);
    // Changed behind the workspace's back (no setDiskFile yet): the model's locations may not fit the new text.
    fs.appendFileSync(path.join(dir, 'spine2.cfg'), '! a line added by someone else\n');
    assert.equal(ws.text(spine), undefined);
    fs.rmSync(path.join(dir, 'spine2.cfg'));
    assert.equal(ws.text(spine), undefined, 'a file gone from disk has no text either');
  });

  it('analyses a closed file again from what the disk holds now (settings changed), taking a changed file as changed', async () => {
    const before = mtuFindings();
    const revision = ws.revision(uri('leaf1.cfg'));
    const changed = ws.revision(uri('leaf2.cfg'));
    // The fix a user made outside the editor, before the watcher's event arrives.
    const file = path.join(dir, 'leaf2.cfg');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^ {3}mtu 9000$/m, '   mtu 9214'));
    ws.updateSettings({ ruleSeverity: {} });
    assert.deepEqual(before, ['leaf2.cfg:36', 'spine2.cfg:51']);
    assert.deepEqual(mtuFindings(), [], 'the new disk text was read');
    assert.equal(ws.revision(uri('leaf1.cfg')), revision, 'an unchanged file keeps its revision');
    const after = ws.revision(uri('leaf2.cfg'));
    assert.notEqual(after, changed, 'the changed file has a new revision');
    // The watcher's event then brings the same text: nothing changes.
    ws.setDiskFile(uri('leaf2.cfg'), await readDiskText(file));
    assert.equal(ws.revision(uri('leaf2.cfg')), after);
    assert.equal(ws.textStats().kept, 0);
  });

  it('a closed file analysed again from its analysis job is read from disk once (the language server chooses the thread by its size)', () => {
    const before = mtuFindings();
    ws.updateSettings({ ruleSeverity: {} });
    for (const u of ws.uris()) ws.analyseHere(ws.analysisJob(u)!);
    assert.deepEqual([...rereads].sort(), fs.readdirSync(dir).sort(), 'each file once');
    assert.deepEqual(ws.textStats().kept, 0);
    assert.deepEqual(mtuFindings(), before);
    assert.equal(rereads.length, fs.readdirSync(dir).length, 'the lint read nothing more');
  });

  it('a file that cannot be read again is left out with one finding saying so, not read as empty, until it is back', async () => {
    mtuFindings();
    const original = fs.readFileSync(path.join(dir, 'leaf2.cfg'));
    fs.rmSync(path.join(dir, 'leaf2.cfg'));
    ws.updateSettings({ ruleSeverity: {} });
    const findings = ws.lint().findings;
    const gone = findings.filter((f) => f.loc.uri === uri('leaf2.cfg'));
    assert.deepEqual(
      gone.map((f) => `${f.ruleId} ${f.message}`),
      ['workspace/unclassified-file fabric-lint can no longer read this file from disk; it is left out of the fabric until it can be read again.'],
    );
    assert.ok(!findings.some((f) => f.ruleId === MTU), 'its link is not judged from nothing');
    // Put back as it was (the same bytes, so the same digest): read again, not taken for the text that went away.
    fs.writeFileSync(path.join(dir, 'leaf2.cfg'), original);
    ws.setDiskFile(uri('leaf2.cfg'), await readDiskText(path.join(dir, 'leaf2.cfg')));
    assert.deepEqual(mtuFindings(), ['leaf2.cfg:36', 'spine2.cfg:51']);
  });

  it('keeps an open document’s text, and lets it go when it is closed with the disk’s text', async () => {
    mtuFindings();
    const leaf = uri('leaf1.cfg');
    const disk = fs.readFileSync(path.join(dir, 'leaf1.cfg'), 'utf8');
    const revision = ws.revision(leaf);
    ws.keepTree(leaf, true);
    ws.setFile(leaf, disk);
    assert.equal(ws.revision(leaf), revision, 'opening a document equal to the disk is no change');
    assert.equal(ws.textStats().kept, 1);
    ws.setFile(leaf, disk.replace('   mtu 9214', '   mtu 9000'));
    assert.deepEqual(mtuFindings(), ['leaf1.cfg:23', 'leaf2.cfg:36', 'spine1.cfg:23', 'spine2.cfg:51'], 'the edit is linted');
    assert.equal(ws.textStats().kept, 1, 'an open document keeps its text');
    // Closed without saving: the disk's text again.
    ws.keepTree(leaf, false);
    ws.setDiskFile(leaf, await readDiskText(path.join(dir, 'leaf1.cfg')));
    assert.deepEqual(mtuFindings(), ['leaf2.cfg:36', 'spine2.cfg:51']);
    assert.deepEqual(ws.textStats().kept, 0);
    assert.equal(ws.text(leaf), disk);
  });
});
