/**
 * LLDP as interface-role evidence (test/fixtures/roles-lldp): neighbours outside the workspace, read from EOS and
 * NX-OS `show lldp neighbors detail | json` and lldpctl JSON, with their capabilities and MAC-address port IDs.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import type { LintResult } from '../../server/src/engine/types';
import { provideHover } from '../../server/src/lsp/hover';
import { roleOfInterface } from '../../server/src/model/interface-roles';
import type { Fabric } from '../../server/src/model/types';
import { REPO_ROOT, workspaceOf } from '../helpers/lint';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'roles-lldp');

describe('model/interface-roles: LLDP neighbours outside the workspace', () => {
  let fabric: Fabric;
  let result: LintResult;
  before(async () => {
    result = (await workspaceOf(DIR)).lint();
    fabric = result.fabric;
  });

  const role = (device: string, iface: string) => {
    const i = fabric.devices.get(device)?.interfaces.get(iface);
    assert.ok(i, `${device} ${iface} exists`);
    return roleOfInterface(fabric, i);
  };

  it('a station (capabilities without Bridge or Router) is a host, with the LLDP entry as evidence', () => {
    const r = role('leaf1', 'Ethernet1');
    assert.equal(r.role, 'host');
    assert.match(r.evidence[0]!.text, /LLDP neighbour rack07-n01 \(port b8:ce:f6:11:22:01, a MAC address; capabilities station\) is a station/);
    assert.ok(r.evidence[0]!.loc?.uri.endsWith('leaf1.lldp.json'));
    // NX-OS capability letters and lldpctl capability lists.
    assert.equal(role('spine1', 'Ethernet1/5').role, 'host');
    assert.match(role('sw3', 'swp1').evidence[0]!.text, /dgx-a100-12 .*capabilities station/);
    assert.equal(role('sw3', 'swp1').role, 'host');
  });

  it('a MAC-address port ID with a host name and no capabilities is a host', () => {
    const r = role('leaf1', 'Ethernet4');
    assert.equal(r.role, 'host');
    assert.match(r.evidence[0]!.text, /gpu-node-07 .*names a host and sends a MAC-address port ID/);
  });

  it('a bridge or router outside the workspace is never a host, whatever the switchport or description says', () => {
    const sw = role('leaf1', 'Ethernet2');
    assert.equal(sw.role, 'unknown');
    assert.match(sw.evidence[0]!.text, /oob-sw1 .*capabilities bridge\) is a switch or router outside the workspace/);
    const described = role('leaf1', 'Ethernet3');
    assert.equal(described.role, 'unknown', 'the description "server-03" loses to what LLDP sees');
  });

  it('a neighbour that is a switch of the workspace stays a link, not an external neighbour', () => {
    assert.equal(role('leaf1', 'Ethernet49').role, 'fabric');
    assert.ok(!(fabric.externalNeighbors ?? []).some((n) => n.advert.systemName === 'spine1' || n.advert.systemName === 'leaf1'));
    assert.deepEqual((fabric.externalNeighbors ?? []).map((n) => `${n.endpoint.device} ${n.endpoint.interface} ${n.advert.systemName}`).sort(), [
      'leaf1 Ethernet1 rack07-n01',
      'leaf1 Ethernet2 oob-sw1',
      'leaf1 Ethernet3 border-rtr1',
      'leaf1 Ethernet4 gpu-node-07',
      'spine1 Ethernet1/5 storage-05',
      'sw3 swp1 dgx-a100-12',
    ]);
  });

  it('hover on the port shows the role with the LLDP evidence and where it is written', () => {
    const iface = fabric.devices.get('leaf1')!.interfaces.get('Ethernet2')!;
    const env = { result: () => result, canonical: (u: string) => u, clientUri: (u: string) => u };
    const h = provideHover({ textDocument: { uri: iface.block.header.uri }, position: iface.block.header.range.start }, env);
    const md = (h?.contents as MarkupContent).value;
    assert.match(
      md,
      /role: \*\*[^*]+\*\* \(LLDP neighbour oob-sw1 \(port Ethernet48; capabilities bridge\) is a switch or router outside the workspace — .*leaf1\.lldp\.json/,
    );
  });
});
