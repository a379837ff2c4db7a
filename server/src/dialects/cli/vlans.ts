/**
 * The VLAN database and spanning tree of EOS / NX-OS / IOS:
 *
 *   vlan 10,20-30            vlan 10                      spanning-tree mode mstp | none (EOS)
 *   vlan 4094                   name SERVERS              no spanning-tree vlan 4094       (NX-OS, IOS)
 *      trunk group MLAG         vn-segment 10010 (NX-OS)  no spanning-tree vlan-id 4094    (EOS)
 *   no vlan 30
 *
 * IOS keeps the VLANs of a VTP server or client in vlan.dat, not in the running configuration, so an IOS file
 * defines its VLANs only with `vtp mode transparent` or `off`; otherwise the database is left unknown. A file
 * without a single `vlan` definition is a fragment as far as VLANs go (every EOS and NX-OS running configuration
 * lists the VLANs that exist): its database is unknown too, rather than "VLAN 1 only".
 */
import { defaulted, explicit, type Loc, type Located, type Setting } from '../../model/location';
import type { Device, Interface, SpanningTree, VlanDef } from '../../model/types';
import { vlanTable } from '../../model/vlan-table';
import { ALL_VLANS, parseVlanList, subtract, union, vlanIds, type VlanSet } from '../../model/vlans';
import type { CliLine } from '../../parsing/cli-tree';
import { kw, rest, type Ctx } from './context';
import type { IfState } from './interface';

export interface CliVlan {
  loc: Loc;
  name?: string;
  vni?: Located<number>;
  /** EOS `trunk group X` under the VLAN: only trunks of one of these groups carry it. */
  trunkGroups: string[];
}

export interface CliL2Globals {
  vlans: Map<number, CliVlan>;
  /** IOS `vtp mode transparent|off`: the running configuration holds the VLANs. */
  vtpLocal?: boolean;
  stpMode?: Located<string>;
  stpOffVlans?: Located<VlanSet>;
}

export function newL2Globals(): CliL2Globals {
  return { vlans: new Map() };
}

/** The VLANs a `vlan …` header names; undefined for the other `vlan` commands (configuration, access-map …). */
function headerVlans(line: CliLine, o: number): number[] | undefined {
  const words = rest(line, o + 1);
  if (words.length !== 1 || !/^\d/.test(words[0]!)) return undefined;
  const { set, bad } = parseVlanList(words);
  return bad.length > 0 ? undefined : vlanIds(set);
}

/** A top-level `vlan …` or `no vlan …` line. Returns true when it was a VLAN definition. */
export function readVlanLine(ctx: Ctx, l2: CliL2Globals, line: CliLine, neg: boolean, o: number): boolean {
  const ids = headerVlans(line, o);
  if (!ids) return false;
  for (const id of ids) {
    if (neg) {
      l2.vlans.delete(id);
      continue;
    }
    const v = l2.vlans.get(id) ?? { loc: ctx.at(id, line).loc, trunkGroups: [] };
    l2.vlans.set(id, v);
    for (const child of line.children) {
      const k = kw(child, 0);
      if (k === 'name' && child.words[1]) v.name = child.words[1].text;
      else if (k === 'vn-segment') {
        const n = ctx.int(child, 1, 1, 16777215, 'vn-segment');
        if (n !== undefined) v.vni = ctx.at(n, child);
      } else if (k === 'trunk' && kw(child, 1) === 'group' && child.words[2]) v.trunkGroups.push(child.words[2].text);
    }
  }
  return true;
}

/** `spanning-tree mode X`, `[no] spanning-tree vlan[-id] LIST`. Returns true when handled. */
export function readSpanningTreeLine(ctx: Ctx, l2: CliL2Globals, line: CliLine, neg: boolean, o: number): boolean {
  const k1 = kw(line, o + 1);
  if (k1 === 'mode') {
    if (neg) delete l2.stpMode;
    else if (line.words[o + 2]) l2.stpMode = ctx.at(kw(line, o + 2), line);
    return true;
  }
  if ((k1 === 'vlan' || k1 === 'vlan-id') && line.words.length === o + 3) {
    const { set } = parseVlanList([kw(line, o + 2)]);
    const cur = l2.stpOffVlans?.value ?? [];
    l2.stpOffVlans = ctx.at(neg ? union(cur, set) : subtract(cur, set), line);
    return true;
  }
  return false;
}

/** The VLAN fields of a switched EOS / NX-OS / IOS port, from its lines and the platform's defaults. */
export function finalizePortVlans(ctx: Ctx, st: IfState, iface: Interface): void {
  const svi = iface.kind === 'svi' ? /^vlan(\d+)$/i.exec(iface.name) : null;
  if (svi) iface.sviVlan = { value: Number(svi[1]), loc: st.block.header };
  if (st.accessVlan) iface.accessVlan = st.accessVlan;
  if (st.switchportMode) iface.switchportMode = st.switchportMode;
  if (st.mlagId) iface.mlagId = st.mlagId;
  if (st.stpOff) iface.stpOff = st.stpOff;
  if (st.trunkGroups.length > 0) iface.trunkGroups = { value: st.trunkGroups.map((g) => g.value), loc: st.trunkGroups[0]!.loc };
  const allowed = st.trunkAllowedVlans;
  if (allowed) iface.trunkAllowedVlans = explicit(allowed.value, allowed.loc);
  if (iface.mode.value !== 'switched') return;
  const header = st.block.header;
  const written = st.switchportMode?.value;
  // EOS and NX-OS ports are access ports until a mode line says otherwise; IOS Catalyst ports negotiate (DTP).
  let mode: Setting<'access' | 'trunk'> | undefined;
  if (written === 'trunk' || written === 'access') mode = explicit(written, st.switchportMode!.loc);
  else if (written === undefined && ctx.dialect !== 'ios') mode = defaulted('access', header);
  if (!mode) return;
  iface.vlanMode = mode;
  if (mode.value !== 'trunk') return;
  // A trunk allows every VLAN and sends VLAN 1 untagged until lines say otherwise.
  if (!allowed) iface.trunkAllowedVlans = defaulted(ALL_VLANS, header);
  const native = st.nativeVlan;
  if (!native) iface.nativeVlan = defaulted(1, header);
  else if (native.value !== 'tag') iface.nativeVlan = explicit(native.value, native.loc);
}

/** The device's VLANs (VLAN 1 always exists) and spanning tree, or undefined parts where the file cannot tell. */
export function deviceL2(ctx: Ctx, l2: CliL2Globals, vxlanVni: Map<number, Located<number>>, anchor: Loc): Pick<Device, 'vlans' | 'spanningTree'> {
  const out: Pick<Device, 'vlans' | 'spanningTree'> = {};
  if ((ctx.dialect !== 'ios' || l2.vtpLocal) && l2.vlans.size > 0) {
    const vlans: VlanDef[] = [{ id: 1, loc: anchor }];
    for (const [id, v] of l2.vlans) {
      const def: VlanDef = { id, loc: v.loc };
      if (v.name !== undefined) def.name = v.name;
      const vni = v.vni ?? vxlanVni.get(id);
      if (vni) def.vni = vni;
      if (v.trunkGroups.length > 0) def.trunkGroups = v.trunkGroups;
      vlans.push(def);
    }
    out.vlans = vlanTable(ctx.uri, vlans);
  }
  const mode = l2.stpMode;
  const st: SpanningTree = { enabled: mode ? explicit(mode.value !== 'none', mode.loc) : defaulted(true, anchor) };
  if (mode) st.mode = mode;
  if (l2.stpOffVlans && l2.stpOffVlans.value.length > 0) st.offVlans = l2.stpOffVlans;
  out.spanningTree = st;
  return out;
}
