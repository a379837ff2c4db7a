/**
 * Junos VLANs, switchports and spanning tree (ELS syntax, and the older `port-mode`):
 *
 *   vlans { v10 { vlan-id 10; l3-interface irb.10; vxlan { vni 10010; } } }
 *   interfaces et-0/0/1 { native-vlan-id 10; unit 0 { family ethernet-switching {
 *       interface-mode trunk; vlan { members [ v10 20-30 ]; } } } }
 *   protocols rstp | mstp | vstp { interface et-0/0/1 { disable; } }
 *
 * The unit (`et-0/0/1.0`) is the switchport: the mode and VLANs are put on it. `members all` is every VLAN the device
 * defines. A trunk carries untagged frames only with `native-vlan-id`. Without a spanning-tree protocol the device
 * runs none; factory defaults that enable RSTP (EX series) are not in the file, so a file without `protocols
 * rstp|mstp|vstp` leaves spanning tree unknown.
 */
import { defaulted, explicit, located, type Loc } from '../../model/location';
import type { Interface, SpanningTree, VlanDef } from '../../model/types';
import { ALL_VLANS, VLAN_MAX, parseVlanList, union, vlanSetOf, type VlanSet } from '../../model/vlans';
import { child, childrenAt, isPattern, valueAt, type JunosNode } from '../../parsing/junos-tree';
import type { PathTreeReader } from '../../parsing/path-tree-reader';

export interface JunosVlans {
  byId: Map<number, VlanDef>;
  byName: Map<string, number>;
  /** irb.N → the VLAN whose `l3-interface` it is. */
  irb: Map<string, { vlan: number; loc: Loc }>;
}

/** `vlans` at the top and in `mac-vrf` / `virtual-switch` routing instances. */
export function readJunosVlans(ctx: PathTreeReader, root: JunosNode): JunosVlans {
  const out: JunosVlans = { byId: new Map(), byName: new Map(), irb: new Map() };
  const sections = [child(root, 'vlans'), ...childrenAt(root, 'routing-instances').map((ri) => child(ri, 'vlans'))];
  for (const section of sections) {
    for (const v of section?.children ?? []) {
      if (isPattern(v.word)) continue;
      const idNode = valueAt(v, 'vlan-id');
      const id = idNode && /^\d+$/.test(idNode.word) ? ctx.int(idNode, `vlans ${v.word} vlan-id`, 1, VLAN_MAX) : undefined;
      if (id === undefined) continue;
      const def: VlanDef = { id, loc: ctx.loc(idNode!.line), name: v.word };
      const vni = valueAt(v, 'vxlan', 'vni');
      const n = vni ? ctx.int(vni, `vlans ${v.word} vxlan vni`, 1, 16777215) : undefined;
      if (n !== undefined) def.vni = located(n, ctx.loc(vni!.line));
      out.byId.set(id, def);
      out.byName.set(v.word, id);
      const l3 = valueAt(v, 'l3-interface');
      if (l3) out.irb.set(l3.word, { vlan: id, loc: ctx.loc(l3.line) });
    }
  }
  return out;
}

/** The VLANs of `members` words: names, numbers, ranges, `all` (every defined VLAN). */
function memberSet(words: JunosNode[], vlans: JunosVlans): VlanSet {
  let set: VlanSet = [];
  for (const w of words) {
    if (w.word === 'all') {
      set = union(set, vlans.byId.size > 0 ? vlanSetOf(vlans.byId.keys()) : ALL_VLANS);
      continue;
    }
    const id = vlans.byName.get(w.word);
    if (id !== undefined) {
      set = union(set, [[id, id]]);
      continue;
    }
    // A name the file does not define (a group's VLAN, a typo) adds nothing.
    set = union(set, parseVlanList([w.word]).set);
  }
  return set;
}

/** Mode and VLANs of a unit with `family ethernet-switching` (the port node carries ELS `native-vlan-id`). */
export function readUnitVlans(ctx: PathTreeReader, unit: JunosNode, port: JunosNode, iface: Interface, vlans: JunosVlans): void {
  const es = child(unit, 'family', 'ethernet-switching');
  if (!es) return;
  const modeNode = valueAt(es, 'interface-mode') ?? valueAt(es, 'port-mode');
  const header = iface.block.header;
  const mode =
    modeNode?.word === 'trunk'
      ? explicit('trunk' as const, ctx.loc(modeNode.line))
      : modeNode
        ? explicit('access' as const, ctx.loc(modeNode.line))
        : defaulted('access' as const, header);
  iface.vlanMode = mode;
  const members = child(es, 'vlan', 'members');
  const set = members ? memberSet(members.children, vlans) : [];
  const loc = members ? ctx.loc(members.line) : header;
  if (mode.value === 'trunk') {
    iface.trunkAllowedVlans = members ? explicit(set, loc) : defaulted([], header);
    const native = valueAt(port, 'native-vlan-id') ?? valueAt(es, 'native-vlan-id');
    const n = native ? (vlans.byName.get(native.word) ?? ctx.int(native, 'native-vlan-id', 1, VLAN_MAX)) : undefined;
    if (n !== undefined) iface.nativeVlan = explicit(n, ctx.loc(native!.line));
  } else if (set.length === 1 && set[0]![0] === set[0]![1]) iface.accessVlan = located(set[0]![0], loc);
}

/** `protocols rstp|mstp|vstp`, with the ports where it is disabled. */
export function readJunosStp(ctx: PathTreeReader, root: JunosNode, interfaces: Map<string, Interface>): SpanningTree | undefined {
  for (const p of ['rstp', 'mstp', 'vstp']) {
    const node = child(root, 'protocols', p);
    if (!node) continue;
    const st: SpanningTree = { enabled: explicit(!child(node, 'disable'), ctx.loc(node.line)), mode: located(p, ctx.loc(node.line)) };
    for (const i of childrenAt(node, 'interface')) {
      const off = child(i, 'disable') ?? child(i, 'bpdu-filter');
      if (!off) continue;
      // The switchport is the unit (`xe-0/0/1.0`) where there is one.
      const iface = interfaces.get(i.word.includes('.') ? i.word : `${i.word}.0`) ?? interfaces.get(i.word);
      if (iface) iface.stpOff = located(`protocols ${p} interface ${i.word} ${off.word}`, ctx.loc(off.line));
    }
    return st;
  }
  return undefined;
}
