import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { baseName } from '../model/file-names';
import type { Loc } from '../model/location';
import { roleOfInterface, type InterfaceRoleKind } from '../model/interface-roles';
import { l3MtuOf } from '../dialects/mtu';
import { contractCodePoints, describeBehaviour, hopBehaviour, localNames } from '../model/hop-behaviour';
import type { Device, Interface, PortSpeed, SymbolRef } from '../model/types';
import { capacityOf, formatRatio } from '../model/capacity';
import { formatGbps } from '../model/port-speed';
import { roleMatch } from '../intent/roles';
import type { LintResult } from '../engine/types';
import { portClassification } from '../output/port-classification';
import { contains, definitionsOf, evidenceInOrder, interfaceAt, peerOf, requestDevice, symbolRefAt } from './navigation';

export interface NavigationEnv {
  /** The last lint, read-only; undefined before the first one. */
  result(): Readonly<LintResult> | undefined;
  /** One spelling per file (lsp/workspace-sync.ts `canonical`). */
  canonical(uri: string): string;
  /** The client's spelling of a uri, for locations sent back. */
  clientUri(uri: string): string;
}

/** Navigation that reads the text as it is now (folding, completion, rename). */
export interface TextEnv extends NavigationEnv {
  /** The text of a file now (the open document, else the engine's copy); the uri as the client spells it. */
  text(uri: string): string | undefined;
}

/**
 * Hover over a config: on a reference to a named structure, its definition; inside an interface
 * section, what fabric-lint understood of the interface and of its link.
 */
export function provideHover(params: HoverParams, env: NavigationEnv): Hover | null {
  const at = requestDevice(env, params.textDocument.uri);
  if (!at) return null;
  const { result, device } = at;
  const pos = params.position;
  const ref = symbolRefAt(device, pos);
  if (ref) return markdown(refHover(device, ref), ref.loc);
  const iface = interfaceAt(device, pos.line);
  if (iface) return markdown(interfaceHover(result, device, iface, env));
  if (device.hostnameLoc && contains(device.hostnameLoc.range, pos)) return markdown(deviceHover(result, device), device.hostnameLoc);
  return null;
}

/** On the hostname: the device's role and, for a switch with host- and fabric-facing ports, its oversubscription. */
function deviceHover(result: Readonly<LintResult>, device: Device): string[] {
  const role = roleMatch(result.intent, device.hostname);
  const out = [`**${device.hostname}** — role ${role.role} (${role.source === 'intent' ? `intent, glob \`${role.glob}\`` : role.source})`];
  if (device.platform) out.push('', `- platform: ${device.platform}`);
  const cap = capacityOf(result.fabric, result.intent, device);
  const hostPorts = cap.host.ports.length + cap.host.unknown.length;
  const fabricPorts = cap.fabric.ports.length + cap.fabric.unknown.length;
  if (hostPorts === 0 && fabricPorts === 0) return out;
  const side = (s: typeof cap.host) =>
    `${formatGbps(s.gbps)} on ${s.ports.length} port${s.ports.length === 1 ? '' : 's'}${s.unknown.length ? `, ${s.unknown.length} of unknown speed` : ''}`;
  out.push(`- host-facing: ${side(cap.host)}`, `- fabric-facing (uplinks): ${side(cap.fabric)}`);
  const floor = cap.host.unknown.length > 0 ? 'at least ' : '';
  const ceiling = cap.fabric.unknown.length > 0 ? ' (fabric-facing ports of unknown speed could lower it)' : '';
  out.push(`- oversubscription: ${cap.ratio === undefined ? 'not known' : `**${floor}${formatRatio(cap.ratio)}**${ceiling}`}`);
  const max = result.intent?.oversubscription?.[role.role];
  if (max !== undefined) out.push(`- intent: at most ${max}:1 for role ${role.role}`);
  return out;
}

function markdown(lines: string[], loc?: Loc): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('\n') }, ...(loc ? { range: loc.range } : {}) };
}

function refHover(device: Device, ref: SymbolRef): string[] {
  const defs = definitionsOf(device, ref);
  const what = `${ref.kind}${ref.subtype ? ` (type ${ref.subtype})` : ''}`;
  const out = [`**${what}** \`${ref.name}\` — used as ${ref.usage}`, ''];
  if (defs.length === 0) out.push(`Not defined on ${device.hostname}.`);
  for (const d of defs) out.push(`- defined as ${d.kind}${d.subtype ? ` type ${d.subtype}` : ''} on line ${d.loc.range.start.line + 1}`);
  return out;
}

function interfaceHover(result: Readonly<LintResult>, device: Device, iface: Interface, env: NavigationEnv): string[] {
  const out: string[] = [];
  const written = iface.writtenAs.filter((w) => w !== iface.name);
  out.push(`**${device.hostname} ${iface.name}**${written.length ? ` (written ${written.map((w) => `\`${w}\``).join(', ')})` : ''}`);
  out.push('');
  out.push(`- kind: ${iface.kind}, mode: ${iface.mode.value}${iface.mode.defaulted ? ' (default)' : ''}`);
  const role = roleOfInterface(result.fabric, iface);
  const why = role.evidence.map((e) => `${e.text}${e.loc ? ` — ${fileLink(e.loc, env)}` : ''}`).join('; ');
  out.push(`- role: **${ROLE_WORDS[role.role]}** (${why})`);
  out.push(`- L3 MTU: ${mtuText(device, iface)}`);
  const sp = iface.speed;
  out.push(`- speed: ${sp ? `${formatGbps(sp.gbps)} (${SPEED_SOURCE[sp.source]}: ${sp.written}, line ${sp.loc.range.start.line + 1})` : 'unknown'}`);
  const pfc = iface.pfc;
  const prios = pfc.noDropPriorities.map((p) => p.value);
  const allOff = device.qos.pfcAllOff?.value ? ' — but `priority-flow-control all off` disables PFC device-wide' : '';
  out.push(`- PFC: ${pfc.mode.value}${pfc.mode.defaulted ? ' (default)' : ''}, no-drop priorities: ${prios.length ? prios.join(', ') : 'none'}${allOff}`);
  // Where no per-port trust exists (NX-OS, SONiC, Junos) a policy classifies: name it rather than "trust: not set".
  const classified = portClassification(device, iface);
  out.push(`- classified by: ${classified.text}${classified.loc ? ` — ${fileLink(classified.loc, env)}` : ''}`);
  const policies = iface.servicePolicies.map((p) => `${p.value.type}${p.value.direction !== 'none' ? ` ${p.value.direction}` : ''} \`${p.value.name}\``);
  if (iface.qosProfile) policies.push(`qos profile \`${iface.qosProfile.value}\``);
  out.push(`- service policies: ${policies.length ? policies.join(', ') : 'none'}`);
  out.push(...contractHover(result, device, iface));
  out.push('');

  const peer = peerOf(result.fabric, device, iface);
  if (!peer) {
    out.push('**Link:** no peer known (no link evidence names this interface).');
    return out;
  }
  const inWorkspace = peer.peer ? '' : ' (not in the workspace)';
  out.push(`**Link:** peer **${peer.device} ${peer.interface}**${inWorkspace}, because of:`);
  evidenceInOrder(peer.link).forEach((e, i) => {
    const where = e.locs.map((l) => fileLink(l, env)).join(', ');
    out.push(`${i + 1}. ${e.source}: ${e.detail}${i === 0 ? ' (winning source)' : ''}${where ? ` — ${where}` : ''}`);
  });
  if (peer.peer) out.push('', `Peer L3 MTU: ${mtuText(peer.peer.device, peer.peer.iface)}`);
  return out;
}

/** What each code point of the QoS contract gets on this port: the per-hop behaviour, by meaning and by local names. */
function contractHover(result: Readonly<LintResult>, device: Device, iface: Interface): string[] {
  const points = contractCodePoints(result.fabric, result.intent);
  if (points.length === 0) return [];
  const out = ['- QoS contract on this port:'];
  for (const p of points) {
    const b = hopBehaviour(device, iface, p.dscp);
    out.push(
      `  - DSCP ${p.dscp} (${p.name}): ${describeBehaviour(b)}${b.byCos ? '' : ` — ${localNames(device, b)}, line ${b.classifiedAt.range.start.line + 1}`}`,
    );
  }
  return out;
}

const SPEED_SOURCE: Record<PortSpeed['source'], string> = { configured: 'configured', breakout: 'breakout', platform: 'platform default' };

const ROLE_WORDS: Record<InterfaceRoleKind, string> = {
  fabric: 'fabric',
  host: 'host-facing',
  'peer-link': 'MLAG/vPC peer-link',
  management: 'management',
  unknown: 'unknown',
};

/** "9000", "9216 (L3 9202)" for Junos, "9170 (family inet mtu)", plus "platform default" when no line sets it. */
export function mtuText(device: Device, iface: Interface): string {
  const m = l3MtuOf(device, iface);
  if (!m) return `unknown (${iface.mtuUnknown})`;
  if (m.family) return `${m.value} (family ${m.family} mtu)`;
  const l3 = m.value;
  const written = iface.mtu.value;
  const base = l3 === written ? `${written}` : `${written} (L3 ${l3})`;
  if (!iface.mtu.defaulted) return base;
  return iface.mtuDefaultFrom ? `${base} (default from line ${iface.mtuDefaultFrom.range.start.line + 1})` : `${base} (platform default)`;
}

function fileLink(loc: Loc, env: NavigationEnv): string {
  const line = loc.range.start.line + 1;
  const uri = env.clientUri(loc.uri);
  const name = baseName(loc.uri) || loc.uri;
  return `[${name}:${line}](${uri}#L${line})`;
}
