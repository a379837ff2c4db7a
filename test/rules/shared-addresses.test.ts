/**
 * Addresses shared by design (test/fixtures/rules/link-duplicate-address): first-hop redundancy and anycast gateway
 * addresses of every dialect are never interface addresses (so neither duplicates nor link evidence), and a loopback
 * address is a duplicate unless exactly the two switches of one MLAG/vPC/CLAG pair share it.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, tempCopy, workspaceOf } from '../helpers/lint';

const DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'rules', 'link-duplicate-address');

describe('shared addresses', () => {
  it('VRRP/HSRP/VARP/VRR/virtual-gateway addresses are not read as interface addresses and pair nothing', async () => {
    const { fabric, findings } = (await workspaceOf(path.join(DIR, 'clean-fhrp'))).lint();
    const vips = ['10.10.10.1', '10.10.11.1', '10.10.12.1', '10.20.20.1', '10.20.21.1', '10.30.30.1', '10.30.31.1', '10.40.40.1', '10.50.50.1'];
    const held: string[] = [];
    for (const d of fabric.devices.values())
      for (const i of d.interfaces.values())
        for (const a of i.ipv4) if (vips.includes(a.value.address)) held.push(`${d.hostname} ${i.name} ${a.value.address}`);
    assert.deepEqual(held, []);
    // NX-OS anycast gateway: the address is the SVI's own, marked anycast, and neither a link nor a duplicate.
    const nx = fabric.devices.get('nx1')!.interfaces.get('Vlan22')!;
    assert.equal(nx.anycastGateway?.value, true);
    assert.ok(!fabric.links.some((l) => l.a.interface === 'Vlan22' || l.b.interface === 'Vlan22'));
    // Each gateway pair is linked by its own addresses only (two distinct addresses: no LAN segment of three).
    assert.deepEqual(fabric.segments ?? [], []);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === 'link/duplicate-address'),
      [],
    );
  });

  it('an MLAG/vPC/CLAG pair may share its VTEP loopback; a third holder of that address is a duplicate', async () => {
    const clean = (await workspaceOf(path.join(DIR, 'clean-vtep-pairs'))).lint();
    assert.ok(
      clean.fabric.links.some((l) => l.source === 'peer-link' && l.a.device === 'leafA1'),
      'the EOS pair is inferred',
    );
    assert.ok(
      clean.fabric.links.some((l) => l.source === 'peer-link' && l.a.device === 'nx1'),
      'the vPC pair is inferred',
    );
    const secondary = clean.fabric.devices
      .get('nx2')!
      .interfaces.get('Loopback1')!
      .ipv4.map((a) => a.value.address);
    assert.deepEqual(secondary, ['10.254.1.2', '10.254.1.100'], 'the vPC anycast VTEP address is read');
    const copy = tempCopy(path.join(DIR, 'clean-vtep-pairs'));
    try {
      // leafB1 is in no pair with leafA1/leafA2 and copies their VTEP address.
      fs.writeFileSync(path.join(copy, 'leafB1.cfg'), 'hostname leafB1\n!\ninterface Loopback1\n   ip address 10.255.1.1/32\n!\nend\n');
      const dup = (await workspaceOf(copy)).lint().findings.filter((f) => f.ruleId === 'link/duplicate-address');
      assert.deepEqual(dup.map((f) => path.basename(f.loc.uri)).sort(), ['leafA1.cfg', 'leafA2.cfg', 'leafB1.cfg']);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});
