// @ts-check
// Navigation in the real VS Code (extension host), on the temp copy of examples/leaf-spine: the outline, symbol
// search and folding as VS Code's own commands return them from fabric-lint's server.
'use strict';
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { openAs } = require('./wait');

/** @param {vscode.TextDocument} doc @param {string} text the line, trimmed */
const lineOf = (doc, text) => {
  for (let i = 0; i < doc.lineCount; i++) if (doc.lineAt(i).text.trim() === text) return i;
  throw new Error(`${path.basename(doc.uri.fsPath)} has no line "${text}"`);
};

describe('navigation in a real VS Code', function () {
  /** @type {string} */ let root;
  /** @type {vscode.TextDocument} */ let leaf3;

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'a workspace folder is open');
    root = folder.uri.fsPath;
    leaf3 = await openAs(vscode.Uri.file(path.join(root, 'leaf3.cfg')), 'nxos');
  });

  it('shows the outline of an NX-OS config: policy-maps with their classes, class-maps, interfaces', async function () {
    /** @type {vscode.DocumentSymbol[]} */
    const symbols = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', leaf3.uri);
    assert.ok(symbols && symbols.length > 0, 'an outline');
    console.log(
      `outline of leaf3.cfg: ${symbols.map((s) => `${s.name}${s.children.length ? ` (${s.children.map((c) => c.name).join(', ')})` : ''}`).join('; ')}`,
    );
    const policy = symbols.find((s) => s.name === 'ROCE_CLASSIFY');
    assert.ok(policy, 'the qos policy-map is in the outline');
    assert.strictEqual(policy.detail, 'policy-map type qos');
    assert.deepStrictEqual(
      policy.children.map((c) => c.name),
      ['ROCE', 'CNP'],
    );
    assert.strictEqual(policy.selectionRange.start.line, lineOf(leaf3, 'policy-map type qos ROCE_CLASSIFY'));
    const uplink = symbols.find((s) => s.name === 'Ethernet1/50');
    assert.ok(uplink, 'the uplink interface is in the outline');
    assert.strictEqual(uplink.kind, vscode.SymbolKind.Interface);
  });

  it('finds a device and an interface of the fabric by name', async function () {
    /** @type {vscode.SymbolInformation[]} */
    const found = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'leaf2 Ethernet50/1');
    const hit = found.find((s) => s.name === 'leaf2 Ethernet50/1');
    assert.ok(hit, `leaf2 Ethernet50/1 found: ${found.map((s) => s.name).join(', ')}`);
    assert.strictEqual(path.basename(hit.location.uri.fsPath), 'leaf2.cfg');
    /** @type {vscode.SymbolInformation[]} */
    const devices = await vscode.commands.executeCommand('vscode.executeWorkspaceSymbolProvider', 'spine2');
    assert.ok(
      devices.some((s) => s.name === 'spine2' && s.kind === vscode.SymbolKind.Module),
      `spine2 found: ${devices.map((s) => s.name).join(', ')}`,
    );
  });

  it('folds each interface section', async function () {
    /** @type {vscode.FoldingRange[]} */
    const folds = await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', leaf3.uri);
    const header = lineOf(leaf3, 'interface Ethernet1/50');
    assert.ok(
      folds.some((r) => r.start === header && r.end > header),
      `a fold starts at line ${header}: ${folds.map((r) => `${r.start}-${r.end}`).join(', ')}`,
    );
  });

  it('finds the references of an interface: the peer end in another file and the evidence of the link', async function () {
    const header = lineOf(leaf3, 'interface Ethernet1/50');
    /** @type {vscode.Location[]} */
    const refs = await vscode.commands.executeCommand('vscode.executeReferenceProvider', leaf3.uri, new vscode.Position(header, 12));
    const where = refs.map((l) => `${path.basename(l.uri.fsPath)}:${l.range.start.line + 1}`);
    console.log(`references of leaf3 Ethernet1/50: ${where.join(', ')}`);
    assert.ok(where.includes(`leaf3.cfg:${header + 1}`), 'its own header');
    assert.ok(
      where.some((w) => w.startsWith('spine2.cfg:')),
      'the other end of the link',
    );
  });

  it('completes a policy-map name where one is expected', async function () {
    const line = lineOf(leaf3, 'interface Ethernet1/49') + 1;
    const edit = new vscode.WorkspaceEdit();
    edit.insert(leaf3.uri, new vscode.Position(line, 0), '  service-policy type qos input \n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    /** @type {vscode.CompletionList} */
    const list = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', leaf3.uri, new vscode.Position(line, 32));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    console.log(`completion after "service-policy type qos input": ${labels.slice(0, 10).join(', ')}`);
    assert.ok(labels.includes('ROCE_CLASSIFY'), 'the qos policy-map is offered');
    assert.ok(!labels.includes('ROCE_QUEUING'), 'a queuing policy-map is not');
    const undo = new vscode.WorkspaceEdit();
    undo.delete(leaf3.uri, new vscode.Range(line, 0, line + 1, 0));
    assert.ok(await vscode.workspace.applyEdit(undo));
  });

  it('renames a policy-map across its uses in the file', async function () {
    const def = lineOf(leaf3, 'policy-map type qos ROCE_CLASSIFY');
    /** @type {vscode.WorkspaceEdit} */
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', leaf3.uri, new vscode.Position(def, 22), 'RDMA_CLASSIFY');
    const edits = edit.get(leaf3.uri);
    const written = (leaf3.getText().match(/\bROCE_CLASSIFY\b/g) ?? []).length;
    assert.ok(written >= 4, 'the example defines the policy and applies it on several interfaces');
    assert.strictEqual(edits.length, written, 'the definition and every use');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = leaf3.getText();
    assert.ok(!/\bROCE_CLASSIFY\b/.test(text), 'no use left behind');
    assert.strictEqual((text.match(/\bRDMA_CLASSIFY\b/g) ?? []).length, written);
  });
});
