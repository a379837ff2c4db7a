// @ts-check
// Helpers shared by the extension-host suites: waiting on VS Code events with a deadline (no sleeps), and
// fabric-lint's diagnostics of a file.
'use strict';
const path = require('path');
const vscode = require('vscode');

const WAIT_MS = 60000;

/** @param {vscode.Diagnostic} d */
const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));
/** @param {vscode.Uri} uri */
const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'fabric-lint');

/** Every diagnostic VS Code knows, for failure messages. */
function dumpDiagnostics() {
  return vscode.languages
    .getDiagnostics()
    .map(([uri, ds]) => `${uri.toString()}: ${ds.map((d) => `${d.source}/${codeOf(d)}@${d.range.start.line}`).join(', ') || '(none)'}`)
    .join('\n    ');
}

/**
 * Resolves with check()'s first truthy value: checked now and after every event, rejected at the deadline.
 * @template T
 * @param {string} what
 * @param {vscode.Event<any>[]} events
 * @param {() => T | undefined | false} check
 * @returns {Promise<T>}
 */
function waitFor(what, events, check, ms = WAIT_MS) {
  return new Promise((resolve, reject) => {
    /** @type {vscode.Disposable[]} */
    const subs = [];
    const finish = () => {
      clearTimeout(timer);
      for (const s of subs) s.dispose();
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`timed out after ${ms} ms waiting for ${what}\n  diagnostics now:\n    ${dumpDiagnostics()}`));
    }, ms);
    const test = () => {
      let v;
      try {
        v = check();
      } catch (e) {
        finish();
        reject(e);
        return;
      }
      if (v) {
        finish();
        resolve(v);
      }
    };
    for (const e of events) subs.push(e(test));
    test();
  });
}

/** Opens (without showing) a document and waits until it carries `languageId` (the client reclassifies .cfg). */
async function openAs(/** @type {vscode.Uri} */ uri, /** @type {string} */ languageId) {
  const opened = await vscode.workspace.openTextDocument(uri);
  console.log(`${path.basename(uri.fsPath)} opened as ${opened.languageId}`);
  return waitFor(
    `${path.basename(uri.fsPath)} to have language ${languageId}`,
    [vscode.workspace.onDidOpenTextDocument],
    () => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
      return doc && doc.languageId === languageId ? doc : undefined;
    },
    20000,
  ).catch((e) => {
    const now = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    throw new Error(`${e.message}\n  language now: ${now ? now.languageId : '(not open)'}`);
  });
}

module.exports = { WAIT_MS, codeOf, dumpDiagnostics, openAs, ours, waitFor };
