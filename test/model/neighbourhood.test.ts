/**
 * Per-device facts survive a keystroke (issue 10): the engine keeps each device's neighbourhood (its links, segments
 * and LLDP neighbours) as the same object from lint to lint while it is the same, so interface roles, carrying ports
 * and hop behaviour cached per Device and neighbourhood are reused for every device the edit did not touch, and made
 * again — with the new answer — for those whose links the edit changed. On the example fabric, through the engine.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToUri } from '../../server/src/engine/uri';
import { Workspace } from '../../server/src/engine/workspace';
import type { LintResult } from '../../server/src/engine/types';
import { deviceBehaviour } from '../../server/src/model/hop-behaviour';
import { deviceRoles, roleOfInterface } from '../../server/src/model/interface-roles';
import { neighbourhoodOf } from '../../server/src/model/neighbourhood';
import type { Device } from '../../server/src/model/types';
import { REPO_ROOT } from '../helpers/lint';

const DIR = path.join(REPO_ROOT, 'examples', 'leaf-spine');

async function example(): Promise<{ ws: Workspace; uri: (name: string) => string; text: (name: string) => string }> {
  // Without the scratch re-lint of FABRIC_LINT_VERIFY_INCREMENTAL: it shares the Device objects and caches its own facts.
  const ws = await Workspace.create({ roots: [pathToUri(DIR)], verifyIncremental: false });
  for (const f of fs.readdirSync(DIR)) ws.setFile(pathToUri(path.join(DIR, f)), fs.readFileSync(path.join(DIR, f), 'utf8'));
  return { ws, uri: (name) => pathToUri(path.join(DIR, name)), text: (name) => fs.readFileSync(path.join(DIR, name), 'utf8') };
}

function device(r: LintResult, hostname: string): Device {
  const d = r.fabric.devices.get(hostname);
  assert.ok(d, `${hostname} is in the example fabric`);
  return d;
}

/** An uplink of leaf1 to spine1, with its address line, read from the model (not hard-coded). */
function uplink(r: LintResult): { iface: string; address: string } {
  const leaf1 = device(r, 'leaf1');
  const link = neighbourhoodOf(r.fabric, 'leaf1').links.find((l) => l.a.device === 'spine1' || l.b.device === 'spine1');
  assert.ok(link, 'leaf1 has a link to spine1');
  const end = link.a.device === 'leaf1' ? link.a : link.b;
  const a = leaf1.interfaces.get(end.interface)?.ipv4[0];
  assert.ok(a, `${end.interface} has an address`);
  return { iface: end.interface, address: `${a.value.address}/${a.value.prefixLength}` };
}

describe('neighbourhoods: per-device facts kept across lints', function () {
  it('keeps every untouched device’s neighbourhood, roles and behaviour when a value of one device changes', async () => {
    const { ws, uri, text } = await example();
    const before = ws.lint();
    const spine2 = device(before, 'spine2');
    const rolesBefore = deviceRoles(before.fabric, spine2);
    const behaviourBefore = deviceBehaviour(spine2, 26, before.fabric);

    ws.setFile(
      uri('leaf1.cfg'),
      text('leaf1.cfg').replace(/mtu (\d+)/, (_m, n: string) => `mtu ${Number(n) - 100}`),
    );
    const after = ws.lint();
    assert.notEqual(after.fabric, before.fabric, 'a new fabric per lint');
    assert.notEqual(device(after, 'leaf1'), device(before, 'leaf1'), 'the edited file gives a new Device');
    assert.equal(device(after, 'spine2'), spine2, 'an unchanged file keeps its Device');
    assert.equal(neighbourhoodOf(after.fabric, 'spine2'), neighbourhoodOf(before.fabric, 'spine2'), 'the same neighbourhood object');
    assert.equal(deviceRoles(after.fabric, spine2), rolesBefore, 'roles reused, not recomputed');
    assert.equal(deviceBehaviour(spine2, 26, after.fabric), behaviourBefore, 'device behaviour reused');
  });

  it('recomputes the far end’s roles when an edit changes the link, and gives the new answer', async () => {
    const { ws, uri, text } = await example();
    const before = ws.lint();
    const { iface, address } = uplink(before);
    const spine1 = device(before, 'spine1');
    const link = neighbourhoodOf(before.fabric, 'spine1').links.find((l) => l.a.device === 'leaf1' || l.b.device === 'leaf1')!;
    const spineEnd = link.a.device === 'spine1' ? link.a : link.b;
    const spinePort = spine1.interfaces.get(spineEnd.interface)!;
    const roleBefore = roleOfInterface(before.fabric, spinePort);
    assert.equal(roleBefore.role, 'fabric');
    const rolesBefore = deviceRoles(before.fabric, spine1);
    const subnetWhy = roleBefore.evidence.map((e) => e.text).join('; ');
    assert.match(subnetWhy, /subnet/, 'the link is known from its /31 first');

    // leaf1's uplink moves to an address no switch shares: the /31 to spine1 no longer pairs, and only the
    // descriptions (P2P_LINK_TO_…) still say the two ports are linked.
    const edited = text('leaf1.cfg').replace(address, '192.0.2.1/31');
    assert.notEqual(edited, text('leaf1.cfg'), `${iface}'s address ${address} is written in leaf1.cfg`);
    ws.setFile(uri('leaf1.cfg'), edited);
    const after = ws.lint();
    assert.equal(device(after, 'spine1'), spine1, 'spine1’s file did not change');
    assert.notEqual(neighbourhoodOf(after.fabric, 'spine1'), neighbourhoodOf(before.fabric, 'spine1'), 'spine1 lost a link');
    const rolesAfter = deviceRoles(after.fabric, spine1);
    assert.notEqual(rolesAfter, rolesBefore, 'spine1’s roles made again');
    const why = rolesAfter
      .get(spinePort)!
      .evidence.map((e) => e.text)
      .join('; ');
    assert.doesNotMatch(why, /subnet/, `the role no longer cites the subnet: ${why}`);
    assert.match(why, /description/);
    assert.equal(deviceRoles(after.fabric, device(after, 'spine2')), deviceRoles(before.fabric, device(before, 'spine2')), 'spine2 untouched');
  });
});
