/** PORT, PORTCHANNEL, VLAN and their member and address tables → interfaces. */
import { canonicalInterfaceName, interfaceKind } from '../../model/interface-names';
import { parseIpAddress } from '../../model/ip';
import { defaulted, explicit, located, type Loc, type Located } from '../../model/location';
import { VLAN_MAX, vlanSetOf } from '../../model/vlans';
import type { SonicEntry, SonicObject } from '../../model/sonic';
import type { Interface, VlanDef } from '../../model/types';
import { field, intOf, locatedField, splitPortKey, type ConfigDb } from './config-db';
import { SONIC_DEFAULT_MTU, SONIC_MTU, SONIC_MTU_RANGE } from './mtu';
import { configuredSpeed } from '../../model/port-speed';

/** The device's interfaces by canonical name. */
export type Interfaces = Map<string, Interface>;

function newIface(interfaces: Interfaces, written: string, obj: SonicObject): Interface {
  const name = canonicalInterfaceName(written);
  const header = obj.keyLoc;
  const iface: Interface = {
    name,
    writtenAs: [written],
    kind: interfaceKind(name),
    block: { header, end: obj.close, childIndent: obj.childIndent },
    headers: [header],
    adminUp: defaulted(false, header),
    mtu: defaulted(SONIC_DEFAULT_MTU, header),
    mode: defaulted<'routed' | 'switched'>('routed', header),
    ipv4: [],
    ipv6: [],
    pfc: { mode: defaulted('off', header), noDropPriorities: [] },
    servicePolicies: [],
    queues: [],
  };
  interfaces.set(name, iface);
  return iface;
}

export function ifaceOf(interfaces: Interfaces, written: string): Interface | undefined {
  return interfaces.get(canonicalInterfaceName(written));
}

function readPortLike(db: ConfigDb, interfaces: Interfaces, e: SonicEntry, mtuMax: number): Interface {
  const iface = ifaceOf(interfaces, e.key) ?? newIface(interfaces, e.key, e.obj);
  const mtu = intOf(db.ctx, field(e, 'mtu'), `${e.table} ${e.key} mtu`, SONIC_MTU_RANGE.min, mtuMax);
  const mtuField = field(e, 'mtu');
  if (mtu !== undefined && mtuField) iface.mtu = explicit(mtu, mtuField.innerLoc);
  const admin = field(e, 'admin_status');
  if (admin) iface.adminUp = explicit(admin.value.trim().toLowerCase() === 'up', admin.innerLoc);
  const speed = locatedField(e, 'speed');
  const rate = speed && configuredSpeed(speed.value, speed.loc);
  if (rate) iface.speed = rate;
  const fec = locatedField(e, 'fec');
  if (fec) iface.fec = fec;
  const desc = locatedField(e, 'description');
  if (desc && desc.value.trim()) iface.description = desc;
  const alias = field(e, 'alias')?.value.trim();
  if (alias && alias !== e.key && !iface.writtenAs.includes(alias)) iface.writtenAs.push(alias);
  return iface;
}

/** PORT: the physical ports. */
export function readPortTable(db: ConfigDb, interfaces: Interfaces): void {
  for (const e of db.table('PORT')) readPortLike(db, interfaces, e, SONIC_MTU_RANGE.max);
}

/** PORTCHANNEL: port-channels, and their `members` list. */
export function readPortChannelTable(db: ConfigDb, interfaces: Interfaces): void {
  for (const e of db.table('PORTCHANNEL')) {
    const pc = readPortLike(db, interfaces, e, SONIC_MTU_RANGE.max);
    for (const item of field(e, 'members')?.items ?? []) {
      const port = ifaceOf(interfaces, item.value);
      if (port && !port.channelGroup) port.channelGroup = located(pc.name, item.loc);
    }
  }
}

/** PORTCHANNEL_MEMBER: `PortChannel01|Ethernet0` keys. */
export function readPortChannelMemberTable(db: ConfigDb, interfaces: Interfaces): void {
  for (const e of db.table('PORTCHANNEL_MEMBER')) {
    const { ports, rest } = splitPortKey(e.key);
    const port = ifaceOf(interfaces, rest);
    if (port && ports[0]) port.channelGroup = located(canonicalInterfaceName(ports[0]), e.obj.keyLoc);
  }
}

/** VLAN: the VLANs that have a VLAN_INTERFACE entry become interfaces (the others are only L2). */
export function readVlanTable(db: ConfigDb, interfaces: Interfaces): void {
  const entries = db.entries;
  for (const e of db.table('VLAN')) {
    const written = /^\d+$/.test(e.key) ? `Vlan${e.key}` : e.key;
    if (!entries.get('VLAN_INTERFACE')?.has(written) && ![...(entries.get('VLAN_INTERFACE')?.keys() ?? [])].some((k) => k.startsWith(`${written}|`))) continue;
    readPortLike(db, interfaces, { ...e, key: written }, SONIC_MTU_RANGE.max);
    const svi = ifaceOf(interfaces, written);
    const id = /(\d+)$/.exec(written);
    if (svi && id) svi.sviVlan = located(Number(id[1]), e.obj.keyLoc);
  }
}

/** Addresses: INTERFACE, PORTCHANNEL_INTERFACE, VLAN_INTERFACE, LOOPBACK_INTERFACE (`name|prefix` keys). */
export function readAddressTables(db: ConfigDb, interfaces: Interfaces): void {
  for (const t of ['INTERFACE', 'PORTCHANNEL_INTERFACE', 'VLAN_INTERFACE', 'LOOPBACK_INTERFACE', 'VLAN_SUB_INTERFACE']) {
    for (const e of db.table(t)) {
      const { ports, rest } = splitPortKey(e.key);
      const written = ports[0];
      if (!written) continue;
      const iface = ifaceOf(interfaces, written) ?? newIface(interfaces, written, e.obj);
      if (t === 'LOOPBACK_INTERFACE' && iface.mtu.defaulted) iface.mtu = defaulted(SONIC_MTU.defaultMtu('loopback', iface.name), iface.mtu.loc);
      if (t === 'LOOPBACK_INTERFACE' || t === 'VLAN_INTERFACE') {
        if (iface.adminUp.defaulted) iface.adminUp = defaulted(true, iface.adminUp.loc);
      }
      const vrf = locatedField(e, 'vrf_name');
      if (vrf && !rest) iface.vrf = vrf;
      if (!rest) continue;
      const ip = parseIpAddress(rest);
      const loc = e.obj.keyLoc;
      if (typeof ip === 'string') {
        db.ctx.notes.push({ severity: 'warning', code: 'invalid-address', message: `${t} ${e.key}: ${ip}`, loc });
        continue;
      }
      (ip.family === 4 ? iface.ipv4 : iface.ipv6).push(located(ip, loc));
      if (iface.mode.defaulted) iface.mode = explicit('routed', loc);
    }
  }
}

/**
 * VLAN_MEMBER: `Vlan100|Ethernet0` keys make the port switched. A port with tagged members is a trunk of those VLANs,
 * and its untagged member (at most one) is the trunk's native VLAN; a port with only an untagged member is an
 * access port of that VLAN. Tagging defaults to untagged, as the SONiC YANG model has it.
 */
export function readVlanMemberTable(db: ConfigDb, interfaces: Interfaces): void {
  const tagged = new Map<Interface, { ids: number[]; loc: Loc }>();
  const untagged = new Map<Interface, Located<number>>();
  for (const e of db.table('VLAN_MEMBER')) {
    const { ports, rest } = splitPortKey(e.key);
    const port = ifaceOf(interfaces, rest);
    if (!port || !ports[0]) continue;
    port.mode = explicit('switched', e.obj.keyLoc);
    const m = /(\d+)$/.exec(ports[0]);
    if (!m) continue;
    const vlan = Number(m[1]);
    const tagging = field(e, 'tagging_mode')?.value ?? 'untagged';
    if (tagging === 'tagged') {
      const t = tagged.get(port);
      if (t) t.ids.push(vlan);
      else tagged.set(port, { ids: [vlan], loc: e.obj.keyLoc });
    } else if (!untagged.has(port)) untagged.set(port, located(vlan, e.obj.keyLoc));
  }
  for (const [port, t] of tagged) {
    port.vlanMode = explicit('trunk', t.loc);
    const native = untagged.get(port);
    port.trunkAllowedVlans = explicit(vlanSetOf(native ? [...t.ids, native.value] : t.ids), t.loc);
    if (native) port.nativeVlan = explicit(native.value, native.loc);
  }
  for (const [port, u] of untagged) {
    if (tagged.has(port)) continue;
    port.vlanMode = explicit('access', u.loc);
    port.accessVlan = u;
  }
}

/** VLAN (`Vlan100`, `vlanid`) and VXLAN_TUNNEL_MAP (`vlan`, `vni`): the device's VLANs and their VNIs. */
export function readSonicVlans(db: ConfigDb): Map<number, VlanDef> {
  const vlans = new Map<number, VlanDef>();
  for (const e of db.table('VLAN')) {
    const id =
      intOf(db.ctx, field(e, 'vlanid'), `VLAN ${e.key} vlanid`, 1, VLAN_MAX) ??
      (/^(?:Vlan)?(\d+)$/i.test(e.key) ? Number(/(\d+)$/.exec(e.key)![1]) : undefined);
    if (id === undefined || id < 1 || id > VLAN_MAX) continue;
    vlans.set(id, { id, loc: e.obj.keyLoc, name: e.key });
  }
  for (const e of db.table('VXLAN_TUNNEL_MAP')) {
    const vlanName = field(e, 'vlan')?.value;
    const m = vlanName ? /(\d+)$/.exec(vlanName) : null;
    const vni = intOf(db.ctx, field(e, 'vni'), `VXLAN_TUNNEL_MAP ${e.key} vni`, 1, 16777215);
    const def = m ? vlans.get(Number(m[1])) : undefined;
    if (def && vni !== undefined) def.vni = located(vni, field(e, 'vni')!.innerLoc);
  }
  return vlans;
}
