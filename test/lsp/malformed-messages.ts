/**
 * Every notification a confused or hostile client could send, each malformed in one way (shared by the
 * malformed-message test and the fuzz test); `open` is a document the client has open. The server
 * must log and drop each of them and keep answering: no rejected promise left behind, no request failing
 * afterwards, no desynchronised document.
 */
export function malformedNotifications(uriOfFile: (name: string) => string, open = uriOfFile('leaf1.cfg')): [string, unknown][] {
  const r = (sl: number, sc: number, el: number, ec: number): unknown => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
  return [
    ['workspace/didChangeWatchedFiles', null],
    ['workspace/didChangeWatchedFiles', {}],
    ['workspace/didChangeWatchedFiles', { changes: 'x' }],
    ['workspace/didChangeWatchedFiles', { changes: [null, 5, { uri: 7, type: 1 }, { uri: open, type: 9 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file://remotehost/share/leaf9.cfg', type: 1 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'ftp://example.invalid/x.cfg', type: 2 }] }],
    ['workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nonexistent-dir/x.cfg', type: 1 }] }],
    ['workspace/didChangeWorkspaceFolders', null],
    ['workspace/didChangeWorkspaceFolders', { event: null }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: 'x', removed: [] } }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'file://remotehost/share', name: 'share' }], removed: [] } }],
    ['workspace/didChangeWorkspaceFolders', { event: { added: [{ uri: 'vscode-vfs://github/x/y', name: 'y' }], removed: [] } }],
    ['workspace/didChangeConfiguration', null],
    ['workspace/didChangeConfiguration', { settings: 5 }],
    ['workspace/didChangeConfiguration', { settings: { fabricLint: { rules: 'x', include: 7, exclude: [null], intentPath: {} } } }],
    ['textDocument/didOpen', null],
    ['textDocument/didOpen', { textDocument: { uri: 5 } }],
    ['textDocument/didOpen', { textDocument: { uri: uriOfFile('new.cfg'), languageId: 'eos', version: 1, text: null } }],
    ['textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'eos', version: 1, text: 'interface Ethernet1\n mtu 1500\n' } }],
    ['textDocument/didOpen', { textDocument: { uri: 'file://remotehost/share/x.cfg', languageId: 'eos', version: 1, text: 'hostname x\n' } }],
    ['textDocument/didChange', null],
    ['textDocument/didChange', { textDocument: { uri: open, version: 2 } }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 0 }, contentChanges: [{ text: 'hostname older-version\n' }] }],
    ['textDocument/didChange', { textDocument: { uri: uriOfFile('spine1.cfg'), version: 99 }, contentChanges: [{ text: 'not open\n' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(-1, 0, 0, 0), text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(0, 0, 0, 1.5), text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(5, 0, 2, 0), text: 'x' }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 100 }, contentChanges: [{ range: r(0, 0, 0, 0), text: 5 }] }],
    ['textDocument/didChange', { textDocument: { uri: open, version: 'x' }, contentChanges: [] }],
    ['textDocument/didClose', null],
    ['textDocument/didClose', { textDocument: {} }],
    ['textDocument/didClose', { textDocument: { uri: uriOfFile('never-opened.cfg') } }],
    ['textDocument/didSave', null],
    ['textDocument/didSave', { textDocument: { uri: 'file://remotehost/x.cfg' } }],
    ['$/cancelRequest', null],
    ['$/setTrace', null],
    ['fabricLint/unknownNotification', { x: 1 }],
  ];
}

/** Requests with malformed params: each gets an error or an empty answer, never a wedged server. */
export function malformedRequests(uriOfFile: (name: string) => string, open = uriOfFile('leaf1.cfg')): [string, unknown][] {
  return [
    ['textDocument/hover', null],
    ['textDocument/hover', { textDocument: { uri: open } }],
    ['textDocument/hover', { textDocument: { uri: open }, position: { line: -1, character: 0 } }],
    ['textDocument/hover', { textDocument: { uri: open }, position: { line: 1e9, character: 1e9 } }],
    ['textDocument/hover', { textDocument: { uri: 'file://remotehost/x.cfg' }, position: { line: 0, character: 0 } }],
    ['textDocument/definition', { textDocument: { uri: 'untitled:x' }, position: { line: 0, character: 0 } }],
    ['textDocument/definition', { textDocument: null, position: null }],
    ['textDocument/codeAction', null],
    ['textDocument/codeAction', { textDocument: { uri: open }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null }],
    [
      'textDocument/codeAction',
      {
        textDocument: { uri: open },
        range: { start: { line: 0, character: 0 }, end: { line: 1e9, character: 0 } },
        context: { diagnostics: [{ range: null }] },
      },
    ],
    ['fabricLint/classify', null],
    ['fabricLint/classify', { uri: 'file://remotehost/x.cfg' }],
    ['workspace/executeCommand', { command: 'fabricLint.nothing', arguments: [null] }],
  ];
}
