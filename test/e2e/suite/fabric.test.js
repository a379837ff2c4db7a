// @ts-check
// Runs inside the real VS Code extension host (code-server 1.139.1), with the repo's extension loaded as a
// development extension and a temp copy of examples/leaf-spine as the workspace folder.
// No sleeps: everything waits on VS Code events (onDidChangeDiagnostics, onDidOpenTextDocument) with a deadline.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { codeOf, dumpDiagnostics, openAs, ours, waitFor } = require('./wait');

const EXTENSION_ID = 'fabric-lint.fabric-lint';
const RULE = 'mtu/link-mismatch';

/** @param {vscode.Uri} uri */
const mismatches = (uri) => ours(uri).filter((d) => codeOf(d) === RULE);
/** @param {vscode.Uri} uri */
const isOpen = (uri) => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
/** @param {vscode.Uri} uri @param {number} line */
const diskLine = (uri, line) => fs.readFileSync(uri.fsPath, 'utf8').split(/\r?\n/)[line] ?? '';

describe('fabric-lint in a real VS Code (extension host)', function () {
  /** @type {string} */ let root;
  /** @type {vscode.Uri} */ let leaf1;
  /** @type {vscode.Uri} */ let leaf2;
  /** @type {vscode.Uri} */ let spine2;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    root = folder.uri.fsPath;
    if (process.env.FABRIC_E2E_WORKSPACE) assert.strictEqual(root, process.env.FABRIC_E2E_WORKSPACE);
    leaf1 = vscode.Uri.file(path.join(root, 'leaf1.cfg'));
    leaf2 = vscode.Uri.file(path.join(root, 'leaf2.cfg'));
    spine2 = vscode.Uri.file(path.join(root, 'spine2.cfg'));
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded`);
    console.log(`vscode ${vscode.version}, ${EXTENSION_ID} ${ext.packageJSON.version} from ${ext.extensionPath}, workspace ${root}`);
    // run.mjs says where the extension must come from: the repo (development extension) or an installed .vsix.
    const expected = process.env.FABRIC_E2E_EXTENSION_PATH;
    assert.ok(expected, 'FABRIC_E2E_EXTENSION_PATH reached the extension host');
    assert.strictEqual(path.resolve(ext.extensionPath), path.resolve(expected));
    await ext.activate(); // rejects if activate() throws (e.g. the server cannot start)
    assert.ok(ext.isActive);
  });

  it('reports mtu/link-mismatch on both ends of the link without opening either file', async function () {
    const [onLeaf, onSpine] = await waitFor(`${RULE} on leaf2.cfg and spine2.cfg`, [vscode.languages.onDidChangeDiagnostics], () => {
      const a = mismatches(leaf2);
      const b = mismatches(spine2);
      return a.length > 0 && b.length > 0 ? [a, b] : undefined;
    });
    assert.ok(!isOpen(leaf2) && !isOpen(spine2), 'leaf2.cfg and spine2.cfg were never opened');
    assert.strictEqual(onLeaf.length, 1, 'one mismatch on leaf2');
    assert.strictEqual(onSpine.length, 1, 'one mismatch on spine2');
    const [dl] = onLeaf;
    const [ds] = onSpine;
    assert.ok(dl && ds);
    console.log(`leaf2 ${dl.range.start.line + 1}: ${dl.message}\nspine2 ${ds.range.start.line + 1}: ${ds.message}`);
    assert.match(diskLine(leaf2, dl.range.start.line), /^\s*mtu 9000\s*$/);
    assert.match(diskLine(spine2, ds.range.start.line), /^\s*mtu 9214\s*$/);
    assert.strictEqual(dl.severity, vscode.DiagnosticSeverity.Error);

    // relatedInformation points at the other end's mtu line
    /** @param {vscode.Diagnostic} d @param {vscode.Uri} peer @param {string} mtu */
    const pointsAt = (d, peer, mtu) => {
      const rel = (d.relatedInformation ?? []).filter((r) => r.location.uri.toString() === peer.toString());
      assert.ok(rel.length > 0, `relatedInformation names ${peer.fsPath}: ${JSON.stringify(d.relatedInformation)}`);
      assert.ok(
        rel.some((r) => new RegExp(`^\\s*mtu ${mtu}\\s*$`).test(diskLine(peer, r.location.range.start.line))),
        `a related location is the peer's "mtu ${mtu}" line: ${rel.map((r) => r.location.range.start.line + 1).join(', ')}`,
      );
    };
    pointsAt(dl, spine2, '9214');
    pointsAt(ds, leaf2, '9000');
  });

  it('gives a .cfg file with an EOS header the eos language', async function () {
    const doc = await openAs(leaf1, 'eos');
    assert.match(doc.lineAt(0).text, /^! device: .*EOS-/);
  });

  it('applies the preferred quick fix and clears the mismatch on both ends', async function () {
    const doc = await openAs(leaf2, 'eos');
    const [diag] = await waitFor(`${RULE} on the open leaf2.cfg`, [vscode.languages.onDidChangeDiagnostics], () => {
      const d = mismatches(leaf2);
      return d.length > 0 ? d : undefined;
    });
    assert.ok(diag);
    /** @type {(vscode.CodeAction | vscode.Command)[] | undefined} */
    const all = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', leaf2, diag.range);
    assert.ok(all && all.length > 0, 'code actions offered');
    const actions = /** @type {vscode.CodeAction[]} */ (all.filter((a) => !('command' in a && typeof a.command === 'string')));
    console.log(`code actions: ${actions.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''} [${a.kind?.value}]`).join('; ')}`);
    // The API command returns actions without their `diagnostics`, and every fabric-lint diagnostic in the range
    // contributes (mtu/edge-exceeds-core sits on the same line), so mtu/link-mismatch's fix is told by its title.
    const preferred = actions.filter((a) => a.isPreferred && a.kind && vscode.CodeActionKind.QuickFix.contains(a.kind));
    const fix = preferred.length === 1 ? preferred[0] : preferred.find((a) => /^Set MTU of leaf2 /.test(a.title));
    assert.ok(fix, 'a preferred quick fix for mtu/link-mismatch');
    assert.ok(fix.edit, `"${fix.title}" carries an edit`);
    const touched = fix.edit.entries().map(([uri]) => uri.toString());
    console.log(`applying "${fix.title}" to ${touched.join(', ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), 'applyEdit succeeded');

    // The edit lands in the buffer (leaf2 gets the peer's 9214), not on disk.
    const after = vscode.workspace.textDocuments.find((d) => d.uri.toString() === leaf2.toString() && !d.isClosed) ?? doc;
    assert.match(after.lineAt(diag.range.start.line).text, /^\s*mtu 9214\s*$/);
    assert.match(diskLine(leaf2, diag.range.start.line), /^\s*mtu 9000\s*$/);

    await waitFor(
      `${RULE} to clear on leaf2.cfg and spine2.cfg`,
      [vscode.languages.onDidChangeDiagnostics],
      () => mismatches(leaf2).length === 0 && mismatches(spine2).length === 0,
    );
    // The rest of the fabric is still linted (leaf2 keeps its DSCP drift), so the clearing is not a dead server.
    assert.ok(
      ours(leaf2).some((d) => codeOf(d) === 'qos/dscp-map-drift'),
      `leaf2 still has qos/dscp-map-drift:\n    ${dumpDiagnostics()}`,
    );
  });
});
