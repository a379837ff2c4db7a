// @ts-check
// The bridge from the extension host to run-exttests.mjs, which drives the browser through playwright: a request is
// logged on stdout, and the answer is a JSON file it writes (then renames) where the request says.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { WAIT_MS } = require('./wait');
const BRIDGE = '[fabric-e2e:webview] ';
const replies = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-e2e-view-'));
let requests = 0;

/**
 * Asks run-exttests.mjs to act on the webview and waits for its answer (a JSON file it writes, then renames).
 * @param {Record<string, unknown>} request
 * @returns {Promise<any>}
 */
function webview(request) {
  const reply = path.join(replies, `reply-${++requests}.json`);
  return new Promise((resolve, reject) => {
    const watcher = fs.watch(replies, () => check());
    const timer = setTimeout(() => {
      watcher.close();
      reject(new Error(`no answer from run-exttests.mjs to ${JSON.stringify(request)} within ${WAIT_MS} ms`));
    }, WAIT_MS);
    const check = () => {
      if (!fs.existsSync(reply)) return;
      watcher.close();
      clearTimeout(timer);
      const answer = JSON.parse(fs.readFileSync(reply, 'utf8'));
      if (answer.ok) resolve(answer);
      else reject(new Error(`webview ${String(request.action)}: ${answer.error}`));
    };
    console.log(BRIDGE + JSON.stringify({ ...request, reply }));
    check();
  });
}

module.exports = { webview };
