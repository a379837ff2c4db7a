import type { Loc, Located } from '../../model/location';
import type { Block, IpAddress } from '../../model/types';
import { canonicalInterfaceName, expandInterfaceRange } from '../../model/interface-names';
import { parseIpAddress } from '../../model/ip';
import { ALL_VLANS, NO_VLANS, parseVlanList, subtract, union, type VlanSet } from '../../model/vlans';
import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, kw, newQosSettings, rest, restText, type QosSettings } from './context';
import { readQosLine } from './qos';
import { readOspfInterfaceLine, type OspfIfState } from './ospf';

/** What the file says about one interface, before defaults and profiles are applied. */
export interface IfState {
  name: string;
  writtenAs: string[];
  headers: Loc[];
  block: Block;
  lines: Located<string>[];
  description?: Located<string>;
  shutdown?: Located<boolean>;
  mtu?: Located<number>;
  ipMtu?: Located<number>;
  l2Mtu?: Located<number>;
  switchport?: Located<boolean>;
  vrf?: Located<string>;
  ipv4Primary?: Located<IpAddress>;
  ipv4Secondary: Located<IpAddress>[];
  ipv6: Located<IpAddress>[];
  channelGroup?: Located<string>;
  encapsulationVlan?: Located<number>;
  accessVlan?: Located<number>;
  trunkAllowedVlans?: Located<VlanSet>;
  /** `switchport trunk native vlan N`, or `tag` (EOS: the trunk carries no untagged VLAN). */
  nativeVlan?: Located<number | 'tag'>;
  switchportMode?: Located<string>;
  /** EOS `switchport trunk group X`. */
  trunkGroups: Located<string>[];
  /** `spanning-tree bpdufilter enable`. */
  stpOff?: Located<string>;
  /** EOS `mlag N`, NX-OS `vpc N`. */
  mlagId?: Located<number>;
  /** EOS `vxlan vlan N vni M` under the VXLAN interface: VLAN → VNI. */
  vxlanVni: Map<number, Located<number>>;
  speed?: Located<string>;
  fec?: Located<string>;
  /** flowcontrol send / receive */
  pause: Map<string, Located<boolean>>;
  qosProfile?: Located<string>;
  vxlanSource?: Located<string>;
  anycastGateway?: Located<boolean>;
  qos: QosSettings;
  /** `ip ospf …` / `ip router ospf …` lines (see ospf.ts). */
  ospf: OspfIfState;
}

/** `interface …` header: every member of a range gets the body, in order; repeated sections merge. */
export function readInterfaceSection(ctx: Ctx, ifaces: Map<string, IfState>, line: CliLine): void {
  const words = rest(line, 1);
  if (words.length === 0) {
    ctx.note('warning', 'missing-name', 'interface without a name', line);
    return;
  }
  const names = expandInterfaceRange(words);
  const written = words.join(' ');
  const block = ctx.block(line);
  const header = block.header;
  // Lines fix writers edit, kept once per line (shared by range members): not every line, to keep memory flat.
  const kept: Located<string>[] = [];
  for (const child of line.children) {
    const k0 = kw(child, 0);
    const k = k0 === 'no' || k0 === 'default' ? kw(child, 1) : k0;
    if (EDITABLE.has(k)) kept.push({ value: child.text, loc: ctx.loc(child.range) });
  }
  for (let m = 0; m < names.length; m++) {
    const name = names[m]!;
    let st = ifaces.get(name);
    if (!st) {
      st = {
        name,
        writtenAs: [],
        headers: [],
        block,
        lines: [],
        ipv4Secondary: [],
        ipv6: [],
        pause: new Map(),
        qos: newQosSettings(),
        ospf: {},
        trunkGroups: [],
        vxlanVni: new Map(),
      };
      ifaces.set(name, st);
    }
    if (!st.writtenAs.includes(written)) st.writtenAs.push(written);
    st.headers.push(header);
    st.block = block;
    ctx.quiet = m > 0;
    for (const l of kept) st.lines.push(l);
    for (const child of line.children) readInterfaceLine(ctx, st, child);
  }
  ctx.quiet = false;
}

const VLAN_MAX = 4094;

/** First keywords (after no/default) of the interface lines that fix writers replace or delete. */
const EDITABLE = new Set([
  'mtu',
  'ip',
  'l2',
  'priority-flow-control',
  'qos',
  'mls',
  'service-policy',
  'shutdown',
  'switchport',
  'service-profile',
  'flowcontrol',
]);

function readInterfaceLine(ctx: Ctx, st: IfState, line: CliLine): void {
  if (line.words.length === 0) return;
  if (readQosLine(ctx, st.qos, line, 'service-policy')) return;
  const first = kw(line, 0);
  const neg = first === 'no';
  const dflt = first === 'default';
  const off = neg || dflt;
  const o = off ? 1 : 0;
  const k = kw(line, o);
  switch (k) {
    case 'description':
      if (off) delete st.description;
      else st.description = ctx.at(restText(line, o + 1), line);
      return;
    case 'shutdown':
      if (dflt) delete st.shutdown;
      else st.shutdown = ctx.at(!neg, line);
      return;
    case 'mtu': {
      if (off) {
        delete st.mtu;
        return;
      }
      const n = ctx.int(line, o + 1, 64, 65535, 'mtu');
      if (n !== undefined) st.mtu = ctx.at(n, line);
      return;
    }
    case 'l2': {
      if (kw(line, o + 1) !== 'mtu') return;
      if (off) {
        delete st.l2Mtu;
        return;
      }
      const n = ctx.int(line, o + 2, 64, 65535, 'l2 mtu');
      if (n !== undefined) st.l2Mtu = ctx.at(n, line);
      return;
    }
    case 'switchport':
      // Only the bare `switchport` / `no switchport` changes L2/L3; `switchport mode trunk` etc. configure a switchport.
      if (line.words.length === o + 1) {
        if (dflt) delete st.switchport;
        else st.switchport = ctx.at(!neg, line);
        return;
      }
      readSwitchportDetail(ctx, st, line, off, o);
      return;
    case 'vrf': {
      // EOS `vrf X`, `vrf forwarding X`; NX-OS `vrf member X`
      let j = o + 1;
      const k1 = kw(line, j);
      if (k1 === 'forwarding' || k1 === 'member') j++;
      if (off) delete st.vrf;
      else if (line.words[j]) st.vrf = ctx.at(line.words[j]!.text, line);
      return;
    }
    case 'ip':
      readIpLine(ctx, st, line, off, o);
      return;
    case 'ipv6':
      readIpv6Line(ctx, st, line, off, o);
      return;
    case 'channel-group': {
      if (off) {
        delete st.channelGroup;
        return;
      }
      const n = ctx.int(line, o + 1, 0, 1000000, 'channel-group');
      if (n !== undefined) st.channelGroup = ctx.at(canonicalInterfaceName(`Port-Channel${n}`), line);
      return;
    }
    case 'encapsulation': {
      // EOS `encapsulation dot1q vlan 100`, NX-OS/IOS `encapsulation dot1q 100`
      if (kw(line, o + 1) !== 'dot1q') return;
      if (off) {
        delete st.encapsulationVlan;
        return;
      }
      const j = kw(line, o + 2) === 'vlan' ? o + 3 : o + 2;
      const n = ctx.int(line, j, 1, VLAN_MAX, 'encapsulation dot1q');
      if (n !== undefined) st.encapsulationVlan = ctx.at(n, line);
      return;
    }
    case 'speed':
      if (off) delete st.speed;
      else st.speed = ctx.at(rest(line, o + 1).join(' '), line);
      return;
    case 'error-correction':
      // EOS `error-correction encoding reed-solomon|fire-code`; `no error-correction encoding` disables FEC.
      if (kw(line, o + 1) !== 'encoding') return;
      if (dflt) delete st.fec;
      else st.fec = ctx.at(neg ? 'none' : rest(line, o + 2).join(' '), line);
      return;
    case 'fec':
      if (dflt) delete st.fec;
      else st.fec = ctx.at(neg ? 'none' : rest(line, o + 1).join(' '), line);
      return;
    case 'flowcontrol': {
      // `flowcontrol receive on` / `flowcontrol send on`: either direction on means 802.3x pause is in use.
      const dir = kw(line, o + 1);
      if (dir !== 'send' && dir !== 'receive') return;
      if (dflt) st.pause.delete(dir);
      else st.pause.set(dir, ctx.at(!neg && kw(line, o + 2) === 'on', line));
      return;
    }
    case 'service-profile':
      if (off) delete st.qosProfile;
      else if (line.words[o + 1]) {
        const w = line.words[o + 1]!;
        st.qosProfile = ctx.at(w.text, line);
        ctx.ref({ kind: 'qos-profile', name: w.text, usage: 'service-profile', loc: ctx.loc(w.range) });
      }
      return;
    case 'fabric':
      // NX-OS `fabric forwarding mode anycast-gateway`: the SVI address is the distributed gateway.
      if (kw(line, o + 1) === 'forwarding' && kw(line, o + 2) === 'mode' && kw(line, o + 3) === 'anycast-gateway') {
        if (off) delete st.anycastGateway;
        else st.anycastGateway = ctx.at(true, line);
      }
      return;
    case 'vxlan':
      if (kw(line, o + 1) === 'source-interface' && line.words[o + 2]) {
        st.vxlanSource = ctx.at(canonicalInterfaceName(line.words[o + 2]!.text), line);
      } else if (kw(line, o + 1) === 'vlan') readVxlanVlanVni(ctx, st, line, off, o);
      return;
    case 'spanning-tree':
      // `spanning-tree bpdufilter enable`: the port neither sends nor receives BPDUs, so spanning tree is off on it.
      if (kw(line, o + 1) === 'bpdufilter') {
        if (off || kw(line, o + 2) === 'disable' || kw(line, o + 2) === 'disabled') delete st.stpOff;
        else st.stpOff = ctx.at('spanning-tree bpdufilter', line);
      }
      return;
    case 'mlag':
    case 'vpc': {
      // EOS `mlag 10`, NX-OS `vpc 10` (not `vpc peer-link`): the LAG the MLAG/vPC peer mirrors.
      if (off) {
        delete st.mlagId;
        return;
      }
      if (!/^\d+$/.test(kw(line, o + 1))) return;
      const n = ctx.int(line, o + 1, 1, 65535, k);
      if (n !== undefined) st.mlagId = ctx.at(n, line);
      return;
    }
    case 'source-interface':
      // NX-OS `interface nve1` / `source-interface loopback1`
      if (!off && line.words[o + 1]) st.vxlanSource = ctx.at(canonicalInterfaceName(line.words[o + 1]!.text), line);
      return;
    default:
      return;
  }
}

function readSwitchportDetail(ctx: Ctx, st: IfState, line: CliLine, off: boolean, o: number): void {
  const k1 = kw(line, o + 1);
  if (k1 === 'mode') {
    if (off) delete st.switchportMode;
    else if (line.words[o + 2]) st.switchportMode = ctx.at(kw(line, o + 2), line);
    return;
  }
  if (k1 === 'access' && kw(line, o + 2) === 'vlan') {
    if (off) delete st.accessVlan;
    else {
      const n = ctx.int(line, o + 3, 1, VLAN_MAX, 'switchport access vlan');
      if (n !== undefined) st.accessVlan = ctx.at(n, line);
    }
    return;
  }
  if (k1 !== 'trunk') return;
  const k2 = kw(line, o + 2);
  if (k2 === 'native' && kw(line, o + 3) === 'vlan') {
    if (off) delete st.nativeVlan;
    else if (kw(line, o + 4) === 'tag') st.nativeVlan = ctx.at('tag', line);
    else {
      const n = ctx.int(line, o + 4, 1, VLAN_MAX, 'switchport trunk native vlan');
      if (n !== undefined) st.nativeVlan = ctx.at(n, line);
    }
    return;
  }
  if (k2 === 'group') {
    const name = line.words[o + 3]?.text;
    if (off) st.trunkGroups = name === undefined ? [] : st.trunkGroups.filter((g) => g.value !== name);
    else if (name !== undefined && !st.trunkGroups.some((g) => g.value === name)) st.trunkGroups.push(ctx.at(name, line));
    return;
  }
  if (k2 !== 'allowed' || kw(line, o + 3) !== 'vlan') return;
  if (off) {
    delete st.trunkAllowedVlans;
    return;
  }
  // Without a line a trunk allows every VLAN, so `add` and `remove` start from all of them.
  const verb = kw(line, o + 4);
  if (verb === 'none') {
    st.trunkAllowedVlans = ctx.at(NO_VLANS, line);
    return;
  }
  if (verb === 'all') {
    st.trunkAllowedVlans = ctx.at(ALL_VLANS, line);
    return;
  }
  const withVerb = verb === 'add' || verb === 'remove' || verb === 'except';
  const parsed = parseVlanList(rest(line, withVerb ? o + 5 : o + 4));
  for (const bad of parsed.bad) ctx.note('warning', 'bad-vlan', `switchport trunk allowed vlan: cannot read ${bad}`, line);
  const current = st.trunkAllowedVlans?.value ?? ALL_VLANS;
  const value =
    verb === 'add'
      ? union(current, parsed.set)
      : verb === 'remove'
        ? subtract(current, parsed.set)
        : verb === 'except'
          ? subtract(ALL_VLANS, parsed.set)
          : parsed.set;
  st.trunkAllowedVlans = ctx.at(value, line);
}

/** EOS `vxlan vlan 10 vni 10010`, `vxlan vlan 10-12 vni 10010-10012`, `vxlan vlan add 10 vni 10010`. */
function readVxlanVlanVni(ctx: Ctx, st: IfState, line: CliLine, off: boolean, o: number): void {
  let j = o + 2;
  if (kw(line, j) === 'add' || kw(line, j) === 'remove') j++;
  if (kw(line, j + 1) !== 'vni') return;
  const vlans = parseVlanList([kw(line, j)]).set;
  const vnis = /^(\d+)(?:-(\d+))?$/.exec(kw(line, j + 2));
  if (vlans.length !== 1 || !vnis) return;
  const [a, b] = vlans[0]!;
  const first = Number(vnis[1]);
  for (let v = a; v <= b; v++) {
    if (off || kw(line, o + 2) === 'remove') st.vxlanVni.delete(v);
    else st.vxlanVni.set(v, ctx.at(first + (v - a), line));
  }
}

function readIpLine(ctx: Ctx, st: IfState, line: CliLine, off: boolean, o: number): void {
  const k1 = kw(line, o + 1);
  if (k1 === 'address') {
    const a = line.words[o + 2];
    if (off) {
      if (!a) {
        delete st.ipv4Primary;
        st.ipv4Secondary = [];
      } else if (kw(line, line.words.length - 1) === 'secondary') {
        st.ipv4Secondary = st.ipv4Secondary.filter((x) => !a.text.startsWith(x.value.address));
      } else delete st.ipv4Primary;
      return;
    }
    if (!a) {
      ctx.note('warning', 'missing-value', 'ip address: value missing', line);
      return;
    }
    const t = a.text.toLowerCase();
    // EOS `ip address virtual` is an anycast gateway shared by many switches: not an address of this link.
    if (t === 'dhcp' || t === 'unnumbered' || t === 'negotiated' || t === 'virtual') return;
    const secondary = kw(line, line.words.length - 1) === 'secondary';
    const maybeMask = line.words[o + 3];
    const mask = !a.text.includes('/') && maybeMask && kw(line, o + 3) !== 'secondary' ? maybeMask.text : undefined;
    const parsed = parseIpAddress(a.text, mask);
    if (typeof parsed === 'string') {
      ctx.note('warning', 'bad-ip', parsed, a);
      return;
    }
    if (secondary) {
      parsed.secondary = true;
      st.ipv4Secondary.push(ctx.at(parsed, line));
    } else st.ipv4Primary = ctx.at(parsed, line);
    return;
  }
  if (k1 === 'mtu') {
    if (off) {
      delete st.ipMtu;
      return;
    }
    const n = ctx.int(line, o + 2, 64, 65535, 'ip mtu');
    if (n !== undefined) st.ipMtu = ctx.at(n, line);
    return;
  }
  if (readOspfInterfaceLine(ctx, st.ospf, line, off, o)) return;
  if (k1 === 'vrf' && kw(line, o + 2) === 'forwarding') {
    // IOS `ip vrf forwarding X`
    if (off) delete st.vrf;
    else if (line.words[o + 3]) st.vrf = ctx.at(line.words[o + 3]!.text, line);
  }
}

function readIpv6Line(ctx: Ctx, st: IfState, line: CliLine, off: boolean, o: number): void {
  if (kw(line, o + 1) !== 'address') return;
  const a = line.words[o + 2];
  if (off) {
    if (!a) st.ipv6 = [];
    else st.ipv6 = st.ipv6.filter((x) => `${x.value.address}/${x.value.prefixLength}` !== a.text);
    return;
  }
  if (!a) return;
  const t = a.text.toLowerCase();
  if (t === 'dhcp' || t === 'autoconfig' || t === 'virtual' || kw(line, o + 3) === 'link-local') return;
  const parsed = parseIpAddress(a.text);
  if (typeof parsed === 'string') {
    ctx.note('warning', 'bad-ip', parsed, a);
    return;
  }
  st.ipv6.push(ctx.at(parsed, line));
}
