// @ts-check
// The fabric view of a fabric large enough to be grouped (issue 12), in the real VS Code: 104 generated switches in
// two pods are written into the workspace beside the example fabric, the view is opened by a real click on the
// fabric-lint status item, and the filters (rule family, severity, role), the search box and expand-on-click are
// driven through the webview's real DOM, each checked by what is drawn and its computed colours (run-exttests.mjs
// acts through playwright, see ./bridge.js). Registered last in index.js: it adds devices to the workspace.
'use strict';
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { codeOf, waitFor } = require('./wait');
const { webview } = require('./bridge');

const PODS = 2;
const LEAVES = 50;
/** The leaf whose first uplink has the wrong MTU: the one error of the generated fabric. */
const BROKEN = 'pod2-leaf17';

/**
 * EOS switches, `pods` × (2 spines + `leaves` leaves), each leaf routed to both spines of its pod on a /31 with the
 * example fabric's RoCE QoS on every port (DSCP 26 lossless on priority 3 with ECN, DSCP 48 strict priority);
 * `mismatch`'s first uplink has MTU 9000 against 9214.
 * @returns {Map<string, string>}
 */
function largeFabric(/** @type {number} */ pods, /** @type {number} */ leaves, /** @type {string} */ mismatch) {
  const files = new Map();
  const header = (/** @type {string} */ host) => [
    `! device: ${host} (DCS-7060DX5-64S, EOS-4.31.2F)`,
    '!',
    `hostname ${host}`,
    '!',
    'qos map dscp 26 to traffic-class 3',
    'qos map dscp 48 to traffic-class 6',
    'priority-flow-control pause watchdog default timeout 0.2',
    'priority-flow-control pause watchdog action drop',
    '!',
  ];
  const port = (/** @type {string} */ name, /** @type {string} */ ip, /** @type {string} */ peer, /** @type {number} */ mtu) => [
    `interface ${name}`,
    `   description to ${peer}`,
    '   no switchport',
    `   mtu ${mtu}`,
    `   ip address ${ip}/31`,
    '   qos trust dscp',
    '   priority-flow-control on',
    '   priority-flow-control priority 3 no-drop',
    '   tx-queue 3',
    '      random-detect ecn minimum-threshold 150 kbytes maximum-threshold 1500 kbytes max-mark-probability 100',
    '   tx-queue 6',
    '      priority strict',
    '!',
  ];
  for (let p = 1; p <= pods; p++) {
    const spines = [header(`pod${p}-spine1`), header(`pod${p}-spine2`)];
    for (let l = 1; l <= leaves; l++) {
      const host = `pod${p}-leaf${l}`;
      const lines = header(host);
      for (let s = 0; s < 2; s++) {
        const n = l * 2 + s;
        const leafIp = `10.${p}.${n >> 6}.${(n & 63) * 4}`;
        const spineIp = `10.${p}.${n >> 6}.${(n & 63) * 4 + 1}`;
        lines.push(...port(`Ethernet${49 + s}/1`, leafIp, `pod${p}-spine${s + 1}`, mismatch === host && s === 0 ? 9000 : 9214));
        spines[s]?.push(...port(`Ethernet${l}/1`, spineIp, host, 9214));
      }
      files.set(`${host}.cfg`, `${lines.join('\n')}\nend\n`);
    }
    spines.forEach((lines, s) => files.set(`pod${p}-spine${s + 1}.cfg`, `${lines.join('\n')}\nend\n`));
  }
  return files;
}

describe('the fabric view of a large fabric (grouped, filtered, searched)', function () {
  /** @type {vscode.Uri} */ let broken;
  /** Group ids, read from the first picture. */
  let pod1Leaves = '';
  let pod2Leaves = '';
  let pod2Spines = '';

  before(async function () {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder);
    const dir = path.join(folder.uri.fsPath, 'large');
    fs.mkdirSync(dir, { recursive: true });
    for (const [name, text] of largeFabric(PODS, LEAVES, BROKEN)) fs.writeFileSync(path.join(dir, name), text);
    broken = vscode.Uri.file(path.join(dir, `${BROKEN}.cfg`));
    await waitFor('mtu/link-mismatch on the generated leaf', [vscode.languages.onDidChangeDiagnostics], () =>
      vscode.languages.getDiagnostics(broken).some((d) => d.source === 'fabric-lint' && codeOf(d) === 'mtu/link-mismatch'),
    );
    // The view is open from the earlier tests: close every editor, so that only the status item can open it again.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.window.showTextDocument(broken);
  });

  it('opens from a click on the status item, grouped by tier and pod above 96 devices', async function () {
    await webview({ action: 'clickStatusItem', link: 'Show Fabric' });
    const view = await webview({ action: 'inspect', waitFor: 'g.node.group[data-node]' });
    const groups = view.nodes.filter((/** @type {any} */ n) => /\bgroup\b/.test(n.classes));
    const devices = view.nodes.filter((/** @type {any} */ n) => /\bdevice\b/.test(n.classes));
    console.log(`status item opened the view: ${view.summary}; ${groups.length} groups, ${devices.length} devices drawn, ${view.edges.length} edges`);
    assert.match(view.summary, /^1\d\d devices/, 'the example fabric and the generated one, over 96 devices');
    assert.ok(groups.length >= 6, 'leaves and spines of each pod are drawn as groups');
    assert.strictEqual(devices.length, 0, 'no single device is drawn before a group is opened');
    // pod2's first leaf group (pod2-leaf1 … pod2-leaf32) holds the broken leaf: its bundle to pod2's spines is an MTU mismatch.
    pod2Leaves = firstLeafGroup(view, 2);
    pod1Leaves = firstLeafGroup(view, 1);
    pod2Spines = podBundle(view, pod2Leaves)?.spines ?? '';
    const bundle = podBundle(view, pod2Leaves);
    assert.ok(bundle, `a bundle from ${BROKEN}'s group to pod2's spines: ${view.edges.map((/** @type {any} */ e) => `${e.a}-${e.b}`).join(' ')}`);
    assert.match(bundle.classes, /state-mtu/);
    assert.match(bundle.classes, /bundle/);
    assert.strictEqual(bundle.stroke, view.errorColour, 'drawn in the theme error colour');
  });

  it('filters by rule family, severity and role: the picture is recoloured and narrowed', async function () {
    // Without the mtu family the bundle is consistent (green), no longer in the error colour.
    await webview({ action: 'setChecked', selector: '#bar fieldset input[data-value="mtu"]', checked: false });
    let view = await webview({ action: 'inspect' });
    let bundle = podBundle(view, pod2Leaves);
    assert.ok(bundle);
    assert.match(bundle.classes, /state-consistent/, `${bundle.classes} without mtu findings`);
    assert.notStrictEqual(bundle.stroke, view.errorColour);
    assert.ok(view.checks.includes('Rules:mtu:false'));
    await webview({ action: 'setChecked', selector: '#bar fieldset input[data-value="mtu"]', checked: true });
    view = await webview({ action: 'inspect' });
    assert.match(podBundle(view, pod2Leaves)?.classes ?? '', /state-mtu/, 'back in the MTU state once mtu is checked again');

    // Without errors the same: the mismatch is an error.
    await webview({ action: 'setChecked', selector: '#bar fieldset input[data-value="error"]', checked: false });
    view = await webview({ action: 'inspect' });
    bundle = podBundle(view, pod2Leaves);
    assert.ok(bundle && !/state-mtu/.test(bundle.classes) && bundle.stroke !== view.errorColour, `${bundle?.classes} without errors`);
    await webview({ action: 'setChecked', selector: '#bar fieldset input[data-value="error"]', checked: true });

    // Without the leaf role only spines (and the roles the example adds) are drawn, and no link reaches a leaf.
    await webview({ action: 'setChecked', selector: '#bar fieldset input[data-value="leaf"]', checked: false });
    view = await webview({ action: 'inspect' });
    const labels = view.nodes.map((/** @type {any} */ n) => n.label);
    assert.ok(labels.length > 0 && labels.every((/** @type {string} */ l) => !/leaf/.test(l)), `no leaf drawn: ${labels.join(', ')}`);
    assert.strictEqual(view.edges.length, 0, 'every link has a leaf at one end, so none is drawn');
    await webview({ action: 'setChecked', selector: '#bar fieldset input[data-value="leaf"]', checked: true });
    view = await webview({ action: 'inspect' });
    assert.ok(view.nodes.some((/** @type {any} */ n) => /leaf/.test(n.label)));
  });

  it('finds a device with the search box: its group opens and the device is highlighted', async function () {
    await webview({ action: 'type', selector: '#bar input[type=search]', text: BROKEN.toUpperCase() });
    const view = await webview({ action: 'inspect', waitFor: `g.node.device.match[data-node="d:${BROKEN}"]` });
    const hit = view.nodes.find((/** @type {any} */ n) => n.node === `d:${BROKEN}`);
    assert.ok(hit && /\bmatch\b/.test(hit.classes) && /sev-error/.test(hit.classes));
    assert.strictEqual(hit.fill, view.matchColour, 'filled in the find-match colour');
    const others = view.nodes.filter((/** @type {any} */ n) => /\bdevice\b/.test(n.classes) && n.node !== `d:${BROKEN}`);
    assert.ok(others.length > 0 && others.every((/** @type {any} */ n) => n.fill !== view.matchColour), 'the rest of its group is not highlighted');
    // Only the group that holds it is opened: pod2-leaf1 … pod2-leaf32.
    assert.deepStrictEqual(view.frames, [pod2Leaves]);
    assert.strictEqual(others.length, 31);
    await webview({ action: 'type', selector: '#bar input[type=search]', text: '' });
  });

  it('expands a group on a click and folds it on a click on its frame', async function () {
    let view = await webview({ action: 'inspect', waitGone: 'g.node.device.match[data-node]' });
    assert.deepStrictEqual(view.frames, [], 'the search is cleared: every group is folded again');
    const group = pod1Leaves;
    await webview({ action: 'clickElement', selector: `g.node.group[data-node="${group}"]` });
    view = await webview({ action: 'inspect', waitFor: 'g.node.device[data-node="d:pod1-leaf32"]' });
    const members = view.nodes.filter((/** @type {any} */ n) => /\bdevice\b/.test(n.classes)).map((/** @type {any} */ n) => n.label);
    assert.strictEqual(members.length, 32, `pod1-leaf1 … pod1-leaf32 are drawn: ${members.join(', ')}`);
    assert.ok(members.includes('pod1-leaf1') && !members.includes('pod1-leaf33'));
    assert.deepStrictEqual(view.frames, [group]);
    // Each opened leaf has its own links to pod1's spine group.
    assert.ok(view.edges.filter((/** @type {any} */ e) => /^d:pod1-leaf/.test(e.a) || /^d:pod1-leaf/.test(e.b)).length >= 32);
    await webview({ action: 'clickElement', selector: `g.frame[data-group="${group}"] text` });
    view = await webview({ action: 'inspect', waitGone: 'g.node.device[data-node="d:pod1-leaf32"]' });
    assert.deepStrictEqual(view.frames, []);
    assert.ok(view.nodes.some((/** @type {any} */ n) => n.node === group));
  });

  it("shows a link of an opened pod in the hover card: both ends' MTU, PFC, classification, each code point and ECN", async function () {
    // With pod2's first leaf group and its spine group open, the broken leaf's uplink is drawn on its own.
    await webview({ action: 'clickElement', selector: `g.node.group[data-node="${pod2Leaves}"]` });
    await webview({ action: 'inspect', waitFor: `g.node.device[data-node="d:${BROKEN}"]` });
    await webview({ action: 'clickElement', selector: `g.node.group[data-node="${pod2Spines}"]` });
    const view = await webview({ action: 'inspect', waitFor: 'g.node.device[data-node="d:pod2-spine1"]' });
    assert.deepStrictEqual([...view.frames].sort(), [pod2Leaves, pod2Spines].sort());
    const card = await webview({ action: 'hover', selector: 'g.link.state-mtu:not(.bundle)[data-edge]' });
    console.log(`hover card of ${card.hovered}:\n${card.text}`);
    assert.ok(
      card.hovered.includes(`${BROKEN} Ethernet49/1`) && card.hovered.includes('pod2-spine1 Ethernet17/1') && card.hovered.includes('MTU mismatch'),
      `the broken uplink is hovered: ${card.hovered}`,
    );
    const row = (/** @type {string} */ label) => card.rows.find((/** @type {string} */ r) => r.startsWith(label)) ?? '';
    assert.ok(row('interface').includes(`${BROKEN} Ethernet49/1`) && row('interface').includes('pod2-spine1 Ethernet17/1'), row('interface'));
    assert.match(row('L3 MTU'), /9000[\s\S]*9214|9214[\s\S]*9000/, 'both MTUs');
    assert.match(row('PFC'), /on, no-drop 3[\s\S]*on, no-drop 3/, 'both ends run PFC on priority 3');
    assert.match(row('classified by'), /trust dscp[\s\S]*trust dscp/);
    assert.match(row('DSCP 26 (roce)'), /lossless on priority 3[\s\S]*lossless on priority 3/, "the contract's RoCE code point at both ends");
    assert.match(row('ECN for DSCP 26'), /marks[\s\S]*marks/);
    assert.match(row('DSCP 48 (cnp)'), /strict priority[\s\S]*strict priority/, "the contract's CNP code point at both ends");
    assert.match(row('ECN for DSCP 48'), /no[\s\S]*no/);
    assert.match(card.text, /mtu\/link-mismatch/, 'the finding about the link');
    // Fold both groups again.
    await webview({ action: 'clickElement', selector: `g.frame[data-group="${pod2Leaves}"] text` });
    await webview({ action: 'inspect', waitGone: `g.node.device[data-node="d:${BROKEN}"]` });
    await webview({ action: 'clickElement', selector: `g.frame[data-group="${pod2Spines}"] text` });
    const folded = await webview({ action: 'inspect', waitGone: 'g.node.device[data-node="d:pod2-spine1"]' });
    assert.deepStrictEqual(folded.frames, []);
  });
});

/**
 * The id of pod `p`'s first leaf group (pod<p>-leaf1 … pod<p>-leaf32), read from the drawn groups' labels; the id is
 * the picture's `g:<tier>:<pod>:<chunk>`.
 */
function firstLeafGroup(/** @type {any} */ view, /** @type {number} */ p) {
  const g = view.nodes.find((/** @type {any} */ n) => /\bgroup\b/.test(n.classes) && n.label.startsWith(`pod${p}-leaf1 – pod${p}-leaf32`));
  assert.ok(g, `a group pod${p}-leaf1 … pod${p}-leaf32 among ${view.nodes.map((/** @type {any} */ n) => n.label).join(', ')}`);
  return g.node;
}

/** The bundle between the broken leaf's group and pod2's spine group. */
function podBundle(/** @type {any} */ view, /** @type {string} */ leafGroup) {
  const spines = view.nodes.find((/** @type {any} */ n) => /\bgroup\b/.test(n.classes) && n.label.startsWith('pod2-spine1 – pod2-spine2'));
  assert.ok(spines, 'the group of pod2 spines');
  const edge = view.edges.find((/** @type {any} */ e) => [e.a, e.b].includes(leafGroup) && [e.a, e.b].includes(spines.node));
  return edge && { ...edge, spines: spines.node };
}
