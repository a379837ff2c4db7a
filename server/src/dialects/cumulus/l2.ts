/**
 * Cumulus VLAN-aware bridge: the bridge's VLANs and each bridge port's mode and VLANs, from the three forms.
 *
 *   ifupdown2                          NCLU                                        NVUE
 *   iface bridge                       net add bridge bridge ports swp1-2          nv set bridge domain br_default vlan 10,20
 *     bridge-ports swp1 swp2 bond1     net add bridge bridge vids 10,20            nv set interface swp1 bridge domain br_default
 *     bridge-vids 10 20                net add bridge bridge pvid 1                nv set interface swp2 bridge domain br_default access 10
 *     bridge-pvid 1                    net add interface swp2 bridge access 10     nv set interface swp1 bridge domain br_default vlan 10
 *   iface swp2                         net add interface swp1 bridge vids 10       nv set interface swp1 bridge domain br_default untagged 1
 *     bridge-access 10                 net add bond bond1 clag id 1                nv set interface bond1 bond mlag id 1
 *   iface bond1 / clag-id 1
 *
 * A bridge port with an access VLAN is an access port; any other is a trunk of its own `bridge-vids` (else the
 * bridge's), with its `bridge-pvid` (else the bridge's, else 1) untagged. The bridge's VLANs are the device's.
 * Spanning tree runs on a bridge unless `bridge-stp off`; `mstpctl-bpdufilter yes` takes a port out of it.
 */
import { defaulted, explicit, located, type Loc, type Located } from '../../model/location';
import type { Interface, SpanningTree, VlanDef } from '../../model/types';
import { vlanTable, type VlanTable } from '../../model/vlan-table';
import { parseVlanList, union, vlanIds, type VlanSet } from '../../model/vlans';
import type { Ctx } from './context';

/** What one interface (port, bond or bridge) says about VLANs, before the bridge's defaults are applied. */
export interface CumulusL2Facts {
  vids?: Located<VlanSet>;
  pvid?: Located<number>;
  /** A bridge (ifupdown2 stanza with bridge-ports, NCLU `bridge`, NVUE domain). */
  ports?: Located<string>[];
  stp?: Located<boolean>;
  bpduFilter?: Located<string>;
  /** VXLAN device: its VNI. */
  vni?: Located<number>;
}

export function l2Facts(ctx: Ctx, name: string): CumulusL2Facts {
  let f = ctx.l2.get(name);
  if (!f) ctx.l2.set(name, (f = {}));
  return f;
}

/** `10 20-30` or `10,20-30` as a VLAN set (a word that is not a VLAN list adds nothing). */
export function vidsOf(words: readonly string[]): VlanSet {
  return parseVlanList(words).set;
}

/** Reads one ifupdown2 stanza key that concerns VLANs. Returns true when handled. */
export function readIfupdownL2(ctx: Ctx, iface: Interface, key: string, words: string[], loc: Loc): boolean {
  const f = l2Facts(ctx, iface.name);
  switch (key) {
    case 'bridge-vids':
      f.vids = located(union(f.vids?.value ?? [], vidsOf(words)), loc);
      return true;
    case 'bridge-pvid': {
      const n = Number(words[0]);
      if (Number.isInteger(n) && n >= 1 && n <= 4094) f.pvid = located(n, loc);
      return true;
    }
    case 'bridge-stp':
      f.stp = located(!/^(off|no|0)$/i.test(words[0] ?? ''), loc);
      return true;
    case 'mstpctl-bpdufilter':
    case 'mstpctl-portbpdufilter':
      // On the port: `mstpctl-bpdufilter yes`; on the bridge: `mstpctl-portbpdufilter swp1=yes swp2=yes`.
      for (const w of words) {
        const [port, v] = w.includes('=') ? w.split('=') : [iface.name, w];
        if (port && /^(yes|on|1)$/i.test(v ?? '')) l2Facts(ctx, port).bpduFilter = located(`${key} ${w}`, loc);
      }
      return true;
    case 'clag-id': {
      const n = Number(words[0]);
      if (Number.isInteger(n) && n > 0) iface.mlagId = located(n, loc);
      return true;
    }
    case 'vxlan-id': {
      const n = Number(words[0]);
      if (Number.isInteger(n) && n > 0) f.vni = located(n, loc);
      return true;
    }
    default:
      return false;
  }
}

/** Applies the bridges' VLANs to their ports and returns the device's VLANs and spanning tree (undefined without a VLAN-aware bridge). */
export function finalizeCumulusL2(ctx: Ctx): { vlans?: VlanTable; spanningTree?: SpanningTree } {
  const vlans = new Map<number, VlanDef>();
  let stp: SpanningTree | undefined;
  for (const [bridgeName, bf] of ctx.l2) {
    if (!bf.ports || !bf.vids) continue;
    const bridge = ctx.interfaces.get(bridgeName);
    const anchor = bridge?.block.header ?? bf.vids.loc;
    for (const id of vlanIds(bf.vids.value)) vlans.set(id, { id, loc: bf.vids.loc });
    const pvid = bf.pvid?.value ?? 1;
    if (!vlans.has(pvid)) vlans.set(pvid, { id: pvid, loc: bf.pvid?.loc ?? anchor });
    stp ??= { enabled: bf.stp ? explicit(bf.stp.value, bf.stp.loc) : defaulted(true, anchor) };
    for (const p of bf.ports) {
      const port = ctx.interfaces.get(p.value);
      if (!port) continue;
      const own = ctx.l2.get(port.name);
      if (own?.bpduFilter) port.stpOff = own.bpduFilter;
      if (port.kind === 'vxlan') {
        const vni = own?.vni;
        const def = port.accessVlan ? vlans.get(port.accessVlan.value) : undefined;
        if (vni && port.accessVlan) vlans.set(port.accessVlan.value, { ...(def ?? { id: port.accessVlan.value, loc: port.accessVlan.loc }), vni });
        continue;
      }
      if (port.accessVlan) {
        port.vlanMode = explicit('access', port.accessVlan.loc);
        continue;
      }
      port.vlanMode = defaulted('trunk', p.loc);
      // The PVID is carried untagged whether or not the VIDs list it.
      const pvid = own?.pvid ?? bf.pvid;
      const native = pvid ? (pvid === own?.pvid ? explicit(pvid.value, pvid.loc) : defaulted(pvid.value, pvid.loc)) : defaulted(1, anchor);
      const vids = own?.vids ?? bf.vids;
      const allowed = union(vids.value, [[native.value, native.value]]);
      port.trunkAllowedVlans = vids === own?.vids ? explicit(allowed, vids.loc) : defaulted(allowed, vids.loc);
      port.nativeVlan = native;
    }
  }
  // VXLAN devices that name their VLAN outside a bridge's port list (NVUE `bridge domain … vlan 10 vni 10`).
  for (const [name, f] of ctx.l2) {
    const iface = ctx.interfaces.get(name);
    if (iface?.kind !== 'vxlan' || !f.vni || !iface.accessVlan) continue;
    const def = vlans.get(iface.accessVlan.value);
    if (def && !def.vni) def.vni = f.vni;
  }
  for (const [id, vni] of ctx.nvueVni ?? []) {
    const def = vlans.get(id);
    if (def) def.vni = vni;
  }
  for (const iface of ctx.interfaces.values()) {
    if (iface.kind !== 'svi' || iface.sviVlan) continue;
    const m = /^(?:vlan|.*\.)(\d+)$/i.exec(iface.name);
    if (m) iface.sviVlan = located(Number(m[1]), iface.block.header);
  }
  const out: { vlans?: VlanTable; spanningTree?: SpanningTree } = {};
  if (vlans.size > 0) out.vlans = vlanTable(ctx.uri, vlans.values());
  if (stp) out.spanningTree = stp;
  return out;
}
