// @ts-check
// Runs inside the real VS Code extension host (see fabric.test.js). Registered LAST in index.js: it adds two
// devices to the workspace, and VS Code keeps a document it opened alive (so the server keeps reading its buffer)
// after the file is gone, so tests that count the fabric's devices must run before it.
'use strict';
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { openAs, ours, waitFor } = require('./wait');

describe('languages of the dialects (issue 11)', function () {
  // Junos and Cumulus files get their language (and so their TextMate colours), whatever their name: a `.conf`
  // that VS Code calls "properties" is classified by the server, `interfaces` matches the Cumulus file name.
  it('gives a Junos .conf and a Cumulus interfaces file their languages, and the server reads both', async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder) throw new Error('a workspace folder is open');
    const dir = path.join(folder.uri.fsPath, 'e2e-languages');
    fs.mkdirSync(path.join(dir, 'cl1'), { recursive: true });
    const junosConf = vscode.Uri.file(path.join(dir, 'edge1.conf'));
    const cumulus = vscode.Uri.file(path.join(dir, 'cl1', 'interfaces'));
    // Neither names its host, so each gets one workspace/parse-note: the sign that the server read it.
    fs.writeFileSync(
      junosConf.fsPath,
      '## Last changed: 2026-12-07 03:00:00 UTC\nversion 23.4R1;\ninterfaces {\n    et-0/0/0 {\n        mtu 9216;\n    }\n}\n',
    );
    fs.writeFileSync(cumulus.fsPath, 'auto lo\niface lo inet loopback\n\nauto swp1\niface swp1\n    mtu 9216\n');
    await openAs(junosConf, 'junos');
    await openAs(cumulus, 'nvue');
    await waitFor('the server to read both files', [vscode.languages.onDidChangeDiagnostics], () => ours(junosConf).length > 0 && ours(cumulus).length > 0);
  });
});
