// @ts-check
// Inline insight and silencing in the real VS Code: the peer inlay hint at the end of a linked interface's header
// line (and its peer pointing back), with a screenshot of it in the editor; and the "Disable <rule> for this line"
// quick-fix from the lightbulb, after which the finding is gone and the rest of the file's findings stay. Runs after
// the fabric view (index.js): it silences a finding on leaf3.
'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const vscode = require('vscode');
const { webview } = require('./bridge');
const { WAIT_MS, codeOf, ours } = require('./wait');

/** @param {vscode.InlayHint} h */
const labelOf = (h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));

/**
 * waitFor (./wait.js) for a check that must ask VS Code (an executeCommand), hence asynchronous.
 * @template T
 * @param {string} what @param {vscode.Event<any>[]} events @param {() => Promise<T | undefined | false>} check
 * @returns {Promise<T>}
 */
function waitForAsync(what, events, check) {
  return new Promise((resolve, reject) => {
    /** @type {vscode.Disposable[]} */
    const subs = [];
    let last = '';
    const done = () => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out after ${WAIT_MS} ms waiting for ${what}${last ? `; last seen: ${last}` : ''}`));
    }, WAIT_MS);
    const test = () =>
      check().then(
        (v) => {
          if (v) {
            done();
            resolve(v);
          }
        },
        (e) => {
          last = String(e);
        },
      );
    for (const e of events) subs.push(e(() => void test()));
    void test();
  });
}

describe('fabric-lint inline insight and disable comments (real VS Code)', function () {
  /** @param {string} name */
  const file = (name) => vscode.Uri.file(path.join(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? '', name));
  /** @param {vscode.Uri} uri */
  const hintsOf = async (uri) => {
    const doc = await vscode.workspace.openTextDocument(uri);
    /** @type {vscode.InlayHint[]} */
    const hints = await vscode.commands.executeCommand('vscode.executeInlayHintProvider', uri, new vscode.Range(0, 0, doc.lineCount, 0));
    return { doc, hints: hints ?? [] };
  };

  it('ends a linked header line with an inlay hint naming the peer, its MTU and PFC; the peer points back', async function () {
    const leaf1 = file('leaf1.cfg');
    const { doc, hint } = await waitForAsync('the peer hint on leaf1 Ethernet49/1', [vscode.languages.onDidChangeDiagnostics], async () => {
      const { doc, hints } = await hintsOf(leaf1);
      const hint = hints.find((h) => doc.lineAt(h.position.line).text === 'interface Ethernet49/1');
      return hint ? { doc, hint } : undefined;
    });
    assert.strictEqual(labelOf(hint), '→ spine1 Ethernet1/1 · MTU 9214 · PFC 3');
    assert.strictEqual(hint.position.character, doc.lineAt(hint.position.line).text.length, 'at the end of the header line');

    const { doc: spine, hints } = await hintsOf(file('spine1.cfg'));
    const back = hints.find((h) => spine.lineAt(h.position.line).text === 'interface Ethernet1/1');
    assert.ok(back, `spine1 Ethernet1/1 has a hint: ${hints.map(labelOf).join(' | ')}`);
    assert.match(labelOf(back), /^→ leaf1 Ethernet49\/1 · MTU 9214 · PFC 3$/);

    // The hint as the user sees it: leaf1 alone in the editor area (the fabric view's editors are closed), at that line.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    const at = new vscode.Range(hint.position, hint.position);
    editor.revealRange(at, vscode.TextEditorRevealType.InCenter);
    editor.selection = new vscode.Selection(hint.position.line, 0, hint.position.line, 0);
    const out = process.env.FABRIC_E2E_OUTPUT ?? path.join(os.tmpdir(), 'fabric-e2e-output');
    const shot = await webview({ action: 'screenshot', path: path.join(out, 'inlay-hint.png') });
    assert.ok(fs.statSync(shot.path).size > 10000, `screenshot written to ${shot.path}`);
    console.log(`screenshot: ${shot.path}`);
  });

  it('silences a finding from the lightbulb with a disable comment above its line', async function () {
    const leaf3 = file('leaf3.cfg');
    const doc = await vscode.workspace.openTextDocument(leaf3);
    const rule = 'qos/wred-drop-on-lossless';
    const diag = await waitForAsync(`${rule} on leaf3`, [vscode.languages.onDidChangeDiagnostics], async () => ours(leaf3).find((d) => codeOf(d) === rule));
    const others = ours(leaf3)
      .filter((d) => d !== diag)
      .map(codeOf)
      .sort();
    assert.ok(others.length > 0, 'leaf3 has other findings, which must stay');
    /** @type {(vscode.CodeAction | vscode.Command)[]} */
    const all = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', leaf3, diag.range);
    const actions = /** @type {vscode.CodeAction[]} */ (all.filter((a) => !('command' in a && typeof a.command === 'string')));
    const disable = actions.find((a) => a.title === `Disable ${rule} for this line`);
    assert.ok(disable?.edit, `offered: ${actions.map((a) => a.title).join('; ')}`);
    const line = diag.range.start.line;
    const target = doc.lineAt(line).text;
    assert.ok(await vscode.workspace.applyEdit(disable.edit), 'applyEdit succeeded');
    const indent = /^\s*/.exec(target)?.[0] ?? '';
    assert.strictEqual(doc.lineAt(line).text, `${indent}! fabric-lint-disable-next-line ${rule}`);
    assert.strictEqual(doc.lineAt(line + 1).text, target);
    await waitForAsync(`${rule} to go from leaf3`, [vscode.languages.onDidChangeDiagnostics], async () => !ours(leaf3).some((d) => codeOf(d) === rule));
    assert.deepStrictEqual(ours(leaf3).map(codeOf).sort(), others);
  });
});
