import * as assert from 'node:assert/strict';
import { canonicalInterfaceName, expandInterfaceRange, interfaceKind, parentOf } from '../../server/src/model/interface-names';
import { ipv4Network, parseIpAddress } from '../../server/src/model/ip';
import { dscpName, parseDscp, parseDscpList, parseIntList } from '../../server/src/model/dscp';

describe('extract: interface names', () => {
  it('canonicalises every spelling of the CLI family', () => {
    const cases: [string, string][] = [
      ['Et1/1', 'Ethernet1/1'],
      ['Ethernet1/1', 'Ethernet1/1'],
      ['eth1/1', 'Ethernet1/1'],
      ['Ethernet 1/1', 'Ethernet1/1'],
      ['ethernet1/1/4', 'Ethernet1/1/4'],
      ['Po10', 'Port-Channel10'],
      ['port-channel10', 'Port-Channel10'],
      ['Port-Channel10', 'Port-Channel10'],
      ['Port-Channel10.20', 'Port-Channel10.20'],
      ['Vlan10', 'Vlan10'],
      ['vlan10', 'Vlan10'],
      ['Lo0', 'Loopback0'],
      ['loopback0', 'Loopback0'],
      ['Ma1', 'Management1'],
      ['Management1', 'Management1'],
      ['mgmt0', 'mgmt0'],
      ['Ethernet1/1.100', 'Ethernet1/1.100'],
      ['Gi0/1', 'GigabitEthernet0/1'],
      ['Te1/0/1', 'TenGigabitEthernet1/0/1'],
      ['TenGigabitEthernet1/0/1', 'TenGigabitEthernet1/0/1'],
      ['Fo1/0/1', 'FortyGigabitEthernet1/0/1'],
      ['Hu0/0/0/1', 'HundredGigE0/0/0/1'],
      ['HundredGigE0/0/0/1', 'HundredGigE0/0/0/1'],
      ['nve1', 'nve1'],
      ['Vxlan1', 'Vxlan1'],
    ];
    for (const [raw, want] of cases) assert.equal(canonicalInterfaceName(raw), want, raw);
  });

  it('leaves other families as written', () => {
    for (const n of ['et-0/0/0', 'xe-0/0/1.0', 'swp1', 'Ethernet0', 'swp1s0', 'irb.10', 'ae0']) {
      assert.equal(canonicalInterfaceName(n), n);
    }
  });

  it('kinds and parents', () => {
    assert.equal(interfaceKind('Ethernet1/1'), 'physical');
    assert.equal(interfaceKind('Ethernet1/1.100'), 'subinterface');
    assert.equal(interfaceKind('Port-Channel10'), 'port-channel');
    assert.equal(interfaceKind('Vlan10'), 'svi');
    assert.equal(interfaceKind('Loopback0'), 'loopback');
    assert.equal(interfaceKind('Management1'), 'management');
    assert.equal(interfaceKind('mgmt0'), 'management');
    assert.equal(interfaceKind('Vxlan1'), 'vxlan');
    assert.equal(interfaceKind('Tunnel1'), 'tunnel');
    assert.equal(parentOf('Ethernet1/1.100'), 'Ethernet1/1');
    assert.equal(parentOf('Po10.5'), 'Port-Channel10');
    assert.equal(parentOf('Ethernet1/1'), undefined);
  });

  it('expands range headers', () => {
    assert.deepEqual(expandInterfaceRange(['Ethernet1/1-4']), ['Ethernet1/1', 'Ethernet1/2', 'Ethernet1/3', 'Ethernet1/4']);
    assert.deepEqual(expandInterfaceRange(['Ethernet1/1,', 'Ethernet1/3']), ['Ethernet1/1', 'Ethernet1/3']);
    assert.deepEqual(expandInterfaceRange(['Ethernet1/1', ',', 'Ethernet1/3']), ['Ethernet1/1', 'Ethernet1/3']);
    assert.deepEqual(expandInterfaceRange(['Ethernet1/1-2,Ethernet1/5']), ['Ethernet1/1', 'Ethernet1/2', 'Ethernet1/5']);
    assert.deepEqual(expandInterfaceRange(['Ethernet1-4']), ['Ethernet1', 'Ethernet2', 'Ethernet3', 'Ethernet4']);
    assert.deepEqual(expandInterfaceRange(['Ethernet1/1/1-4']), ['Ethernet1/1/1', 'Ethernet1/1/2', 'Ethernet1/1/3', 'Ethernet1/1/4']);
    assert.deepEqual(expandInterfaceRange(['Ethernet', '1/1-1/3']), ['Ethernet1/1', 'Ethernet1/2', 'Ethernet1/3']);
    assert.deepEqual(expandInterfaceRange(['ethernet', '1/1-2,', '1/5']), ['Ethernet1/1', 'Ethernet1/2', 'Ethernet1/5']);
    assert.deepEqual(expandInterfaceRange(['Et1/1-2,Po10']), ['Ethernet1/1', 'Ethernet1/2', 'Port-Channel10']);
    assert.equal(expandInterfaceRange(['Ethernet1/1-32']).length, 32);
    assert.deepEqual(expandInterfaceRange(['Ethernet1/4-1']), ['Ethernet1/4-1']);
  });
});

describe('extract: ip and dscp values', () => {
  it('reads CIDR, dotted masks and IPv6', () => {
    assert.deepEqual(parseIpAddress('10.0.0.1/31'), { address: '10.0.0.1', prefixLength: 31, family: 4 });
    assert.deepEqual(parseIpAddress('10.0.0.1', '255.255.255.254'), { address: '10.0.0.1', prefixLength: 31, family: 4 });
    assert.deepEqual(parseIpAddress('1.1.1.1', '255.255.255.255'), { address: '1.1.1.1', prefixLength: 32, family: 4 });
    assert.deepEqual(parseIpAddress('2001:db8::1/64'), { address: '2001:db8::1', prefixLength: 64, family: 6 });
    assert.equal(typeof parseIpAddress('10.0.0.1', '255.0.255.0'), 'string');
    assert.equal(typeof parseIpAddress('10.0.0.300/24'), 'string');
    assert.equal(typeof parseIpAddress('10.0.0.1'), 'string');
    assert.equal(ipv4Network({ address: '10.0.0.3', prefixLength: 31, family: 4 }), '10.0.0.2/31');
  });

  it('reads DSCP names, binary, ranges and lists', () => {
    assert.equal(parseDscp('af11'), 10);
    assert.equal(parseDscp('AF31'), 26);
    assert.equal(parseDscp('cs3'), 24);
    assert.equal(parseDscp('ef'), 46);
    assert.equal(parseDscp('default'), 0);
    assert.equal(parseDscp('011010'), 26);
    assert.equal(parseDscp('26'), 26);
    assert.equal(parseDscp('64'), undefined);
    assert.equal(parseDscp('bogus'), undefined);
    assert.deepEqual(parseDscpList(['24-31']).values, [24, 25, 26, 27, 28, 29, 30, 31]);
    assert.deepEqual(parseDscpList(['18', '20', '22']).values, [18, 20, 22]);
    assert.deepEqual(parseDscpList(['3,4']).values, [3, 4]);
    assert.deepEqual(parseDscpList(['af41', 'cs6']).values, [34, 48]);
    assert.deepEqual(parseDscpList(['3', 'x', '99']).bad, ['x', '99']);
    assert.equal(dscpName(26), 'af31');
  });
});

describe('extract: integer lists of config tables', () => {
  it('reads SONiC/NVUE lists whole, or not at all', () => {
    assert.deepEqual(parseIntList('3,4', 7), [3, 4]);
    assert.deepEqual(parseIntList(' 4 - 2 ', 7), undefined);
    assert.deepEqual(parseIntList('0-2,5,1', 7), [0, 1, 2, 5]);
    assert.deepEqual(parseIntList(' 3 - 4 ', 7), [3, 4]);
    assert.deepEqual(parseIntList('', 7), []);
    assert.equal(parseIntList('3,,4', 7), undefined);
    assert.equal(parseIntList('8', 7), undefined);
    assert.equal(parseIntList('3,x', 7), undefined);
  });
});
