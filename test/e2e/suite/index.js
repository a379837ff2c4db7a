// @ts-check
// Entry point for --extensionTestsPath: the (real, remote Node) extension host requires this module and awaits
// run(). Same shape as a @vscode/test-electron suite, so it would run unchanged under a desktop VS Code.
'use strict';
const path = require('path');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90000, reporter: 'spec' });
  mocha.addFile(path.resolve(__dirname, 'fabric.test.js'));
  mocha.addFile(path.resolve(__dirname, 'fabric-view.test.js'));
  mocha.addFile(path.resolve(__dirname, 'inline.test.js'));
  mocha.addFile(path.resolve(__dirname, 'navigation.test.js'));
  // Last: they add devices to the workspace (see the files).
  mocha.addFile(path.resolve(__dirname, 'languages.test.js'));
  mocha.addFile(path.resolve(__dirname, 'fabric-view-large.test.js'));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        console.log(`e2e suite: ${failures} failure(s)`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed`));
        else resolve(undefined);
      });
    } catch (e) {
      reject(e);
    }
  });
}
module.exports = { run };
