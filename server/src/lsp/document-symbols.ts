import { SymbolKind as LspKind, type DocumentSymbol, type DocumentSymbolParams } from 'vscode-languageserver';
import { comparePositions, type Position, type Range } from '../model/location';
import type { Device, Interface, PolicyMap, SymbolDef, SymbolKind } from '../model/types';
import { vlanTableDefs } from '../model/vlan-table';
import { kindText } from '../rules/qos/symbols';
import type { NavigationEnv } from './hover';
import { requestDevice } from './navigation';

/**
 * The outline of a config, from what the reader understood (every dialect alike): interfaces in file order with
 * their units / subinterfaces as children, port-channels with their members named, VLAN interfaces, the VLANs the
 * device defines, and every named QoS structure (policy-maps with their classes as children).
 */
export function provideDocumentSymbols(params: DocumentSymbolParams, env: NavigationEnv): DocumentSymbol[] | null {
  const at = requestDevice(env, params.textDocument.uri);
  if (!at) return null;
  const { device } = at;
  const symbols = [...interfaceSymbols(device), ...vlanSymbols(device), ...structureSymbols(device)];
  return symbols.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function interfaceSymbols(device: Device): DocumentSymbol[] {
  const members = new Map<string, string[]>();
  for (const i of device.interfaces.values()) {
    if (!i.channelGroup) continue;
    const list = members.get(i.channelGroup.value) ?? [];
    list.push(i.name);
    members.set(i.channelGroup.value, list);
  }
  const own = [...device.interfaces.values()].filter((i) => i.block.header.uri === device.uri);
  const byName = new Map<string, DocumentSymbol>();
  for (const i of own) byName.set(i.name, symbol(i.name, interfaceDetail(i, members.get(i.name)), interfaceKind(i), i.block.header.range, i.block.end));
  const top: DocumentSymbol[] = [];
  for (const i of own) {
    const s = byName.get(i.name)!;
    const parent = i.parent ? byName.get(i.parent) : undefined;
    if (parent) (parent.children ??= []).push(s);
    else top.push(s);
  }
  return top;
}

/** The VLANs the device defines (`vlan 10`, Junos `vlans { … }`, SONiC `VLAN`), with their name and VXLAN VNI. */
function vlanSymbols(device: Device): DocumentSymbol[] {
  return [...(device.vlans ? vlanTableDefs(device.vlans) : [])]
    .filter((v) => v.loc.uri === device.uri)
    .map((v) => {
      const detail = ['VLAN', ...(v.name ? [`"${v.name}"`] : []), ...(v.vni ? [`VNI ${v.vni.value}`] : [])].join(' · ');
      return symbol(`VLAN ${v.id}`, detail, LspKind.Enum, v.loc.range, v.loc.range.end);
    });
}

function interfaceKind(i: Interface): LspKind {
  if (i.kind === 'port-channel') return LspKind.Struct;
  if (i.kind === 'svi') return LspKind.Namespace;
  return LspKind.Interface;
}

function interfaceDetail(i: Interface, members: string[] | undefined): string {
  const words: string[] = [];
  if (i.kind === 'port-channel') words.push(`port-channel${members?.length ? ` of ${members.join(', ')}` : ''}`);
  else if (i.kind === 'svi') words.push(`VLAN interface${i.name.match(/\d+$/) ? ` (VLAN ${i.name.match(/\d+$/)![0]})` : ''}`);
  else if (i.kind === 'subinterface') words.push(i.encapsulationVlan ? `subinterface, VLAN ${i.encapsulationVlan.value}` : 'subinterface');
  else words.push(i.kind);
  if (i.channelGroup) words.push(`member of ${i.channelGroup.value}`);
  if (i.accessVlan) words.push(`access VLAN ${i.accessVlan.value}`);
  if (i.description) words.push(`"${i.description.value}"`);
  return words.join(' · ');
}

const STRUCTURE_KIND: Readonly<Record<SymbolKind, LspKind>> = {
  'class-map': LspKind.Class,
  'policy-map': LspKind.Object,
  'qos-profile': LspKind.Object,
  'dscp-map': LspKind.Array,
  classifier: LspKind.Class,
  scheduler: LspKind.Event,
  'scheduler-map': LspKind.Object,
  'drop-profile': LspKind.Struct,
  'congestion-notification-profile': LspKind.Struct,
  'buffer-profile': LspKind.Struct,
  'buffer-pool': LspKind.Struct,
  'wred-profile': LspKind.Struct,
  'rewrite-rule': LspKind.Class,
  'forwarding-class': LspKind.EnumMember,
};

function structureSymbols(device: Device): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const d of device.symbols.defs) {
    if (d.loc.uri !== device.uri) continue;
    const start = d.block?.header.range ?? d.loc.range;
    const s = symbol(d.name, kindText(d), STRUCTURE_KIND[d.kind], start, d.block?.end ?? d.loc.range.end, d.nameLocs?.[0]?.range);
    if (d.kind === 'policy-map') s.children = policyClasses(device, d);
    out.push(s);
  }
  return out;
}

/** The classes of the policy-map a definition is, as children. */
function policyClasses(device: Device, d: SymbolDef): DocumentSymbol[] {
  const pm: PolicyMap | undefined = device.qos.policyMaps.find((p) => p.name === d.name && p.loc.range.start.line === d.loc.range.start.line);
  return (pm?.classes ?? []).filter((c) => c.loc.uri === device.uri).map((c) => symbol(c.name, 'class', LspKind.Field, c.block.header.range, c.block.end));
}

/** A symbol from its header to its section's end; the selection is the name where known, else the header. */
function symbol(name: string, detail: string, kind: LspKind, header: Range, end: Position, nameRange?: Range): DocumentSymbol {
  const range = { start: header.start, end: comparePositions(end, header.end) > 0 ? end : header.end };
  const selectionRange = nameRange && within(nameRange, range) ? nameRange : header;
  return { name: name || '(unnamed)', detail, kind, range, selectionRange };
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}
