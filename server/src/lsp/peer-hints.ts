import { MarkupKind, type CodeLens, type InlayHint, type MarkupContent, type Range } from 'vscode-languageserver';
import { l3MtuOf } from '../dialects/mtu';
import type { LintResult } from '../engine/types';
import { LineIndex } from '../model/line-index';
import type { Device, Interface, Link, LinkSourceKind } from '../model/types';
import { losslessSet, pfcState } from '../rules/pfc/common';
import { mtuText } from './hover';
import { deviceOf, evidenceInOrder } from './navigation';

/**
 * Inline insight: at the end of each linked interface's header line, the other end of its link and what that end
 * carries — `→ spine2 Ethernet1/2 · MTU 9214 · PFC 3` — as an inlay hint, or as a CodeLens above the line for
 * clients without inlay hints. Each end of a link shows the other, so the peer's file points back. Read from the
 * last lint's fabric, like hover.
 */

export interface PeerHintEnv {
  /** The last lint, read-only; undefined before the first one. */
  result(): Readonly<LintResult> | undefined;
  /** One spelling per file (lsp/workspace-sync.ts `canonical`). */
  canonical(uri: string): string;
  /** The file's text as last linted: hints go at the end of the header line. */
  text(uri: string): string | undefined;
}

interface PeerHint {
  /** The header line of the local interface, whole. */
  line: Range;
  label: string;
  tooltip: MarkupContent;
}

/** The weakest evidence, named in the label since the peer may be wrong (a /31 subnet, the usual one, is not named). */
const INFERRED: Partial<Record<LinkSourceKind, string>> = { description: 'by description' };

function peerHints(uri: string, range: Range | undefined, env: PeerHintEnv): PeerHint[] {
  const result = env.result();
  const canonical = env.canonical(uri);
  const text = env.text(canonical);
  if (!result || text === undefined) return [];
  const device = deviceOf(result.fabric, canonical);
  if (!device) return [];
  const lines = new LineIndex(text);
  const out: PeerHint[] = [];
  // One pass over the links (not one per interface): a file's hints cost the fabric's link count.
  for (const link of result.fabric.links) {
    for (const [self, other] of [
      [link.a, link.b],
      [link.b, link.a],
    ] as const) {
      if (self.device !== device.hostname) continue;
      const iface = device.interfaces.get(self.interface);
      const header = iface?.headers.find((h) => h.uri === canonical) ?? (iface?.block.header.uri === canonical ? iface.block.header : undefined);
      if (!iface || !header) continue;
      const line = header.range.start.line;
      if (range && (line < range.start.line || line > range.end.line)) continue;
      const peerDevice = result.fabric.devices.get(other.device);
      const peer = peerDevice?.interfaces.get(other.interface);
      const end = peerDevice && peer ? { device: peerDevice, iface: peer } : undefined;
      out.push({
        line: lines.lineLoc(canonical, line).range,
        label: label(other.device, other.interface, end, link),
        tooltip: tooltip(device, iface, other.device, other.interface, end, link),
      });
    }
  }
  return out.sort((a, b) => a.line.start.line - b.line.start.line);
}

function label(host: string, name: string, end: { device: Device; iface: Interface } | undefined, link: Link): string {
  const parts = [`→ ${host} ${name}`];
  if (end) {
    parts.push(mtuLabel(end.device, end.iface), pfcLabel(end.device, end.iface));
  } else {
    parts.push('outside the workspace');
  }
  const inferred = INFERRED[link.source];
  if (inferred) parts.push(inferred);
  return parts.join(' · ');
}

/** "MTU 9214", "MTU 9216 (L3 9202)", "IP MTU 9170", "MTU unknown": the L3 MTU as the rules compare it. */
function mtuLabel(device: Device, iface: Interface): string {
  const m = l3MtuOf(device, iface);
  if (!m) return 'MTU unknown';
  if (m.family) return `IP MTU ${m.value}`;
  return m.value === iface.mtu.value ? `MTU ${m.value}` : `MTU ${iface.mtu.value} (L3 ${m.value})`;
}

/** "PFC 3", "PFC 3,4", "PFC off", "PFC auto" (DCBX decides): the priorities the port itself makes lossless. */
function pfcLabel(device: Device, iface: Interface): string {
  const set = losslessSet(device, iface);
  if (set.length > 0) return `PFC ${set.join(',')}`;
  return pfcState(device, iface).mode === 'auto' ? 'PFC auto' : 'PFC off';
}

function tooltip(
  device: Device,
  iface: Interface,
  host: string,
  name: string,
  end: { device: Device; iface: Interface } | undefined,
  link: Link,
): MarkupContent {
  const lines = [`**${device.hostname} ${iface.name}** → **${host} ${name}**`, ''];
  if (end) {
    lines.push('| | here | peer |', '|---|---|---|');
    lines.push(`| L3 MTU | ${mtuText(device, iface)} | ${mtuText(end.device, end.iface)} |`);
    lines.push(`| PFC | ${pfcLabel(device, iface)} | ${pfcLabel(end.device, end.iface)} |`);
  } else {
    lines.push(`${host} is not in the workspace; only this end is known.`);
  }
  lines.push('', 'Linked by:');
  evidenceInOrder(link).forEach((e, i) => lines.push(`${i + 1}. ${e.source}: ${e.detail}${i === 0 ? ' (winning source)' : ''}`));
  return { kind: MarkupKind.Markdown, value: lines.join('\n') };
}

export function provideInlayHints(uri: string, range: Range, env: PeerHintEnv): InlayHint[] {
  return peerHints(uri, range, env).map((h) => ({ position: h.line.end, label: h.label, paddingLeft: true, tooltip: h.tooltip }));
}

/** The same, for clients without inlay hints: a lens above the header line, a title without a command. */
export function provideCodeLenses(uri: string, env: PeerHintEnv): CodeLens[] {
  return peerHints(uri, undefined, env).map((h) => ({ range: h.line, command: { title: h.label, command: '' } }));
}
