import { l3MtuOf } from '../../dialects/mtu';
import { behaviourKind, describeBehaviour, fabricMeaning, hopBehaviour, type BehaviourKind, type ContractPoint } from '../../model/hop-behaviour';
import type { Device, Endpoint, Fabric, Interface, Link } from '../../model/types';

/** What one end of a link does, in the columns of the report's link table. */
export interface EndValues {
  /** L3 MTU as compared ("9214", "9000 (platform default)", "unknown: …"). */
  mtu: string;
  /** The L3 MTU compared across the link; undefined when unknown. */
  mtuValue?: number;
  /** "on, no-drop 3", "off", "auto (DCBX), no-drop 3", "off (priority-flow-control all off)". */
  pfc: string;
  /** The priorities PFC pauses here, for comparison ('' when PFC is off). */
  pfcPaused: string;
  trust: string;
  /** The trust a line sets ('' when defaulted or not set): only two set values are compared. */
  trustSet: string;
  /** Per contract code point (the order of `ReportModel.contract`): the per-hop behaviour in words, its headline and its meaning across hops. */
  hop: { text: string; kind: BehaviourKind; meaning: string }[];
  /** ECN on the code points that are lossless here: "marks", "WRED drop", "none", or "—" with no lossless code point. */
  ecn: string;
}

/** Columns compared across a link; a row lists the ones whose two ends differ. */
export type LinkColumn = 'mtu' | 'pfc' | 'trust' | 'hop' | 'ecn';

/** A link known from interface descriptions alone: words a person typed, which nothing checks. */
export function weakEvidence(link: Link): boolean {
  return link.evidence.every((e) => e.source === 'description') && link.source === 'description';
}

export function endValues(device: Device, iface: Interface, contract: readonly Pick<ContractPoint, 'dscp'>[]): EndValues {
  const hop = contract.map((p) => {
    const b = hopBehaviour(device, iface, p.dscp);
    return {
      text: describeBehaviour(b),
      kind: behaviourKind(b),
      meaning: fabricMeaning(b),
      ecn: b.pausedOn !== undefined ? (b.ecn ? 'marks' : b.wredDrop ? 'WRED drop' : 'none') : undefined,
    };
  });
  const ecns = [...new Set(hop.map((h) => h.ecn).filter((e): e is string => e !== undefined))];
  return {
    ...mtuText(device, iface),
    ...pfcText(device, iface),
    trust: iface.qosTrust ? `${iface.qosTrust.value}${iface.qosTrust.defaulted ? ' (default)' : ''}` : '—',
    trustSet: iface.qosTrust && !iface.qosTrust.defaulted ? iface.qosTrust.value : '',
    hop: hop.map(({ text, kind, meaning }) => ({ text, kind, meaning })),
    ecn: ecns.length ? ecns.join(' / ') : '—',
  };
}

function mtuText(device: Device, iface: Interface): { mtu: string; mtuValue?: number } {
  const m = l3MtuOf(device, iface);
  if (!m) return { mtu: `unknown (${iface.mtuUnknown ?? 'not read'})` };
  let text = m.family ? `${m.value} (family ${m.family} mtu)` : m.value === iface.mtu.value ? `${m.value}` : `${m.value} (written ${iface.mtu.value})`;
  if (!m.family && iface.mtu.defaulted) text += iface.mtuDefaultFrom ? ' (interface default)' : ' (platform default)';
  return { mtu: text, mtuValue: m.value };
}

function pfcText(device: Device, iface: Interface): { pfc: string; pfcPaused: string } {
  const prios = [...new Set(iface.pfc.noDropPriorities.map((p) => p.value))].sort((a, b) => a - b).join(',');
  const mode = iface.pfc.mode;
  if (device.qos.pfcAllOff?.value && mode.value !== 'off') return { pfc: 'off (priority-flow-control all off)', pfcPaused: '' };
  if (mode.value === 'off') return { pfc: `off${mode.defaulted ? ' (default)' : ''}`, pfcPaused: '' };
  const head = `${mode.value === 'auto' ? 'auto (DCBX)' : mode.value}${mode.defaulted ? ' (default)' : ''}`;
  return { pfc: `${head}, ${prios ? `no-drop ${prios}` : 'no no-drop priority'}`, pfcPaused: prios };
}

/** The columns whose values differ between the two ends (MTU by the compared L3 value, behaviours by meaning). */
export function differingColumns(a: EndValues | undefined, b: EndValues | undefined): LinkColumn[] {
  if (!a || !b) return [];
  const out: LinkColumn[] = [];
  if (a.mtuValue !== undefined && b.mtuValue !== undefined && a.mtuValue !== b.mtuValue) out.push('mtu');
  if (a.pfcPaused !== b.pfcPaused) out.push('pfc');
  if (a.trustSet && b.trustSet && a.trustSet !== b.trustSet) out.push('trust');
  if (a.hop.some((h, i) => h.meaning !== b.hop[i]?.meaning)) out.push('hop');
  if (a.ecn !== b.ecn) out.push('ecn');
  return out;
}

/** A link's ends, each with the device and interface as the fabric holds them (undefined outside the workspace). */
export function linkEnds(fabric: Fabric, link: Link): [EndRef, EndRef] {
  return [endRef(fabric, link.a), endRef(fabric, link.b)];
}

export interface EndRef {
  endpoint: Endpoint;
  device?: Device;
  iface?: Interface;
}

function endRef(fabric: Fabric, e: Endpoint): EndRef {
  const device = fabric.devices.get(e.device);
  const iface = device?.interfaces.get(e.interface);
  return { endpoint: e, ...(device ? { device } : {}), ...(iface ? { iface } : {}) };
}
