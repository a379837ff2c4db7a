import { allCarried, carriedVlans, portMode } from '../../model/l2';
import type { Loc } from '../../model/location';
import { peerPairs } from '../../model/peer-pairs';
import type { Device, Interface } from '../../model/types';
import { formatVlans, isEmptyVlanSet, subtract } from '../../model/vlans';
import type { Finding, Rule, RuleContext } from '../types';
import { losslessSet, pfcState } from '../pfc/common';
import { fmtSet } from '../support/describe';
import { sameSet } from '../support/sets';
import { pairsOf } from '../support/pairs';

/** One side of a compared setting: how it reads, and the line that sets it. */
interface Side {
  text: string;
  loc: Loc;
}

/** A setting that differs between the two peers. */
interface Difference {
  /** What is compared, e.g. "port-channel 10 (mlag 10) MTU". */
  what: string;
  a: Side;
  b: Side;
}

const PAIR_WORD: Record<string, string> = { mlag: 'MLAG', vpc: 'vPC', clag: 'CLAG' };

function pairWord(device: Device): string {
  return PAIR_WORD[device.peerGroup?.kind ?? 'mlag']!;
}

/** The LAG's members, in name order. */
function membersOf(device: Device, lag: Interface): Interface[] {
  return [...device.interfaces.values()].filter((i) => i.channelGroup?.value === lag.name).sort((x, y) => (x.name < y.name ? -1 : 1));
}

/** PFC of a LAG as it takes effect: its own line where the platform configures PFC on the LAG, else its members' when they agree. */
function lagPfc(device: Device, lag: Interface): Side | undefined {
  const ports = device.qos.pfcBehaviour.portChannelMode ? [lag] : membersOf(device, lag);
  const first = ports[0];
  if (!first) return undefined;
  const text = (i: Interface) => {
    const set = losslessSet(device, i);
    return set.length === 0 ? `PFC ${pfcState(device, i).mode}` : `PFC ${pfcState(device, i).mode}, no-drop ${fmtSet(set)}`;
  };
  const t = text(first);
  if (ports.some((p) => text(p) !== t)) return undefined;
  return { text: t, loc: pfcState(device, first).loc };
}

/** Where device-wide values without a line of their own point: the hostname line, else the first line of the file. */
function anchorOf(device: Device): Loc {
  return device.hostnameLoc ?? { uri: device.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** The QoS of two mirrored LAGs, by meaning: trust, the DSCP → class each applies, the kinds of policy attached. */
function qosDifferences(label: string, da: Device, a: Interface, db: Device, b: Interface): Difference[] {
  const out: Difference[] = [];
  if (a.qosTrust && b.qosTrust && a.qosTrust.value !== b.qosTrust.value)
    out.push({
      what: `${label} trust`,
      a: { text: `trust ${a.qosTrust.value}`, loc: a.qosTrust.loc },
      b: { text: `trust ${b.qosTrust.value}`, loc: b.qosTrust.loc },
    });
  const ta = a.classification?.dscpToClass ?? da.qos.dscpToClass;
  const tb = b.classification?.dscpToClass ?? db.qos.dscpToClass;
  const dscps: number[] = [];
  for (let d = 0; d < 64; d++) if (ta[d]?.value !== tb[d]?.value) dscps.push(d);
  if (dscps.length > 0) {
    const d = dscps[0]!;
    const side = (dev: Device, port: Interface, t: typeof ta): Side => ({
      text: `DSCP ${d} → ${dev.qos.classLabel} ${t[d]?.value ?? 'none'}${port.classification?.policy ? ` (${port.classification.policy.value})` : ''}`,
      loc: port.classification?.policy?.loc ?? t[d]?.loc ?? port.block.header,
    });
    out.push({ what: `${label} DSCP classification (DSCP ${fmtSet(dscps)})`, a: side(da, a, ta), b: side(db, b, tb) });
  }
  const types = (port: Interface) =>
    port.servicePolicies
      .map((p) => `${p.value.type || 'policy'} ${p.value.direction}`)
      .sort()
      .join(', ') || 'no policy';
  if (types(a) !== types(b))
    out.push({
      what: `${label} attached policies`,
      a: { text: types(a), loc: a.servicePolicies[0]?.loc ?? a.block.header },
      b: { text: types(b), loc: b.servicePolicies[0]?.loc ?? b.block.header },
    });
  return out;
}

function vlanSide(device: Device, port: Interface): Side | undefined {
  const mode = portMode(port);
  const c = carriedVlans(device, port);
  if (!mode || !c) return mode === 'routed' ? { text: 'routed', loc: port.mode.loc } : undefined;
  const loc =
    port.trunkAllowedVlans && !port.trunkAllowedVlans.defaulted
      ? port.trunkAllowedVlans.loc
      : (port.accessVlan?.loc ?? port.vlanMode?.loc ?? port.block.header);
  const native = mode === 'trunk' ? (c.untagged !== undefined ? `, native ${c.untagged}` : ', no native VLAN') : '';
  return { text: `${mode} ${formatVlans(allCarried(c))}${native}`, loc };
}

/** The VLAN difference in words: the VLANs only one side carries, else the whole description. */
function vlanWhat(device: Device, a: Interface, peer: Device, b: Interface): string {
  const ca = carriedVlans(device, a);
  const cb = carriedVlans(peer, b);
  if (!ca || !cb) return '';
  const onlyA = subtract(allCarried(ca), allCarried(cb));
  const onlyB = subtract(allCarried(cb), allCarried(ca));
  const parts: string[] = [];
  if (!isEmptyVlanSet(onlyA)) parts.push(`only ${device.hostname} carries ${formatVlans(onlyA)}`);
  if (!isEmptyVlanSet(onlyB)) parts.push(`only ${peer.hostname} carries ${formatVlans(onlyB)}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

function mtuSide(port: Interface): Side {
  const l2 = port.l2Mtu ? `, l2 mtu ${port.l2Mtu.value}` : '';
  return { text: `mtu ${port.mtu.value}${l2}`, loc: port.l2Mtu && port.mtu.defaulted ? port.l2Mtu.loc : port.mtu.loc };
}

/** Compares two mirrored ports (the peer-link, or the two halves of one multi-chassis LAG). */
function comparePorts(label: string, da: Device, a: Interface, db: Device, b: Interface, withQos: boolean): Difference[] {
  const out: Difference[] = [];
  const push = (what: string, sa: Side | undefined, sb: Side | undefined) => {
    if (sa && sb && sa.text !== sb.text) out.push({ what: `${label} ${what}`, a: sa, b: sb });
  };
  push('MTU', mtuSide(a), mtuSide(b));
  const va = vlanSide(da, a);
  const vb = vlanSide(db, b);
  if (va && vb && va.text !== vb.text) out.push({ what: `${label} VLANs${vlanWhat(da, a, db, b)}`, a: va, b: vb });
  if (withQos) {
    push('PFC', lagPfc(da, a), lagPfc(db, b));
    out.push(...qosDifferences(label, da, a, db, b));
  }
  return out;
}

/** The device-wide QoS both peers must agree on: DSCP → class, class → queue, device-wide no-drop priorities. */
function systemQos(da: Device, db: Device): Difference[] {
  const out: Difference[] = [];
  const qa = da.qos;
  const qb = db.qos;
  const dscps: number[] = [];
  for (let d = 0; d < 64; d++) if (qa.dscpToClass[d]?.value !== qb.dscpToClass[d]?.value) dscps.push(d);
  if (dscps.length > 0) {
    const d = dscps[0]!;
    const side = (dev: Device) => {
      const s = dev.qos.dscpToClass[d];
      return { text: `DSCP ${d} → ${dev.qos.classLabel} ${s?.value ?? 'none'}`, loc: s?.loc ?? anchorOf(dev) };
    };
    out.push({ what: `device DSCP classification (DSCP ${fmtSet(dscps)})`, a: side(da), b: side(db) });
  }
  const classes: number[] = [];
  for (let c = 0; c < 8; c++) if (qa.classToQueue[c]?.value !== qb.classToQueue[c]?.value) classes.push(c);
  if (classes.length > 0) {
    const c = classes[0]!;
    const side = (dev: Device) => {
      const s = dev.qos.classToQueue[c];
      return { text: `${dev.qos.classLabel} ${c} → ${dev.qos.queueLabel} ${s?.value ?? 'none'}`, loc: s?.loc ?? anchorOf(dev) };
    };
    out.push({ what: `device queue mapping (${qa.classLabel} ${fmtSet(classes)})`, a: side(da), b: side(db) });
  }
  const na = qa.noDropPriorities.map((p) => p.value).sort();
  const nb = qb.noDropPriorities.map((p) => p.value).sort();
  if (!sameSet(na, nb) && (qa.noDropPriorities[0] || qb.noDropPriorities[0])) {
    const side = (dev: Device, set: number[]) => ({
      text: `no-drop ${fmtSet(set)}`,
      loc: dev.qos.noDropPriorities[0]?.loc ?? dev.qos.systemQosBlock?.header ?? anchorOf(dev),
    });
    out.push({ what: 'device-wide lossless priorities', a: side(da, na), b: side(db, nb) });
  }
  return out;
}

function report(ctx: RuleContext, da: Device, db: Device, d: Difference): Finding[] {
  return [
    [da, db, d.a, d.b],
    [db, da, d.b, d.a],
  ].map(([self, other, s, o]) =>
    ctx.report({
      messageId: 'differs',
      data: { pair: pairWord(self as Device), peer: (other as Device).hostname, what: d.what, here: (s as Side).text, there: (o as Side).text },
      loc: (s as Side).loc,
      related: [{ loc: (o as Side).loc, message: `${(other as Device).hostname}: ${(o as Side).text}` }],
    }),
  );
}

export const rule: Rule = {
  id: 'mlag/peer-inconsistent',
  title: 'The two switches of an MLAG / vPC / CLAG pair disagree',
  category: 'mlag',
  severity: 'error',
  scope: 'fabric',
  // An MLAG/vPC/CLAG pair is two switches joined by their peer-link: judged from those two alone.
  reads: 'pair',
  rationale:
    'The two switches of an MLAG (EOS), vPC (NX-OS) or CLAG (Cumulus) pair present one LAG to the host or switch ' +
    'below: its traffic is hashed across both, so every frame must meet the same MTU, the same VLANs and the same ' +
    'lossless classes whichever peer it crosses. A difference breaks one flow in two, typically only after a link ' +
    'fails over, which is why NX-OS suspends a vPC on a type-1 inconsistency. Compared here, like those type-1 ' +
    'parameters: the peer-link (MTU, VLANs), each multi-chassis LAG present on both peers (same `mlag N`, `vpc N`, ' +
    '`clag-id N`: MTU, VLANs, PFC, and QoS by meaning — trust, DSCP classification, the kinds of policy attached), a ' +
    'multi-chassis LAG present on one peer only, and the device-wide QoS (DSCP → class, class → queue, device-wide ' +
    'lossless priorities). The pair is the one the peer-link inference found (mutual peer addresses and domain). A ' +
    "difference is an error on both peers, each with the other peer's line as related information.",
  messages: {
    differs: '{pair} peer {peer} differs in {what}: {here} here, {there} there',
    unpaired: '{lag} is {pair} LAG {id} here, but {peer} has no {pair} LAG {id}: the LAG runs on one switch only',
  },
  example: {
    dialect: 'eos',
    config:
      'interface Port-Channel10\n   mtu 9214\n   switchport trunk allowed vlan 10,20\n   mlag 10\n! the MLAG peer has Port-Channel10 / mlag 10 with mtu 1500',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const peers = peerPairs(ctx.fabric);
    for (const { keys, a: da, b: db } of pairsOf(ctx)) {
      // The peer-link inference pairs each switch with one peer (its own peer-link links say which): a pair is judged
      // once, as the peer of its first key.
      if (peers.get(keys[0]) !== keys[1]) continue;
      if (ctx.ignored(da) || ctx.ignored(db)) continue;
      const diffs: Difference[] = [];
      const pa = da.peerGroup?.peerLink ? da.interfaces.get(da.peerGroup.peerLink.value) : undefined;
      const pb = db.peerGroup?.peerLink ? db.interfaces.get(db.peerGroup.peerLink.value) : undefined;
      if (pa && pb) diffs.push(...comparePorts('peer-link', da, pa, db, pb, false));
      const lagsA = mlagLags(da);
      const lagsB = mlagLags(db);
      for (const [id, la] of lagsA) {
        const lb = lagsB.get(id);
        if (lb) {
          if (!ctx.ignored(da, la) && !ctx.ignored(db, lb))
            diffs.push(...comparePorts(`${pairWord(da)} LAG ${id} (${la.name} / ${lb.name})`, da, la, db, lb, true));
        } else if (!ctx.ignored(da, la)) findings.push(unpaired(ctx, da, la, db, id));
      }
      for (const [id, lb] of lagsB) if (!lagsA.has(id) && !ctx.ignored(db, lb)) findings.push(unpaired(ctx, db, lb, da, id));
      diffs.push(...systemQos(da, db));
      for (const d of diffs) findings.push(...report(ctx, da, db, d));
    }
    return findings;
  },
};

/** Multi-chassis LAGs of a device by their number (`mlag N`, `vpc N`, `clag-id N`), up ones only. */
function mlagLags(device: Device): Map<number, Interface> {
  const out = new Map<number, Interface>();
  for (const i of device.interfaces.values()) if (i.mlagId && i.adminUp.value && !out.has(i.mlagId.value)) out.set(i.mlagId.value, i);
  return out;
}

function unpaired(ctx: RuleContext, self: Device, lag: Interface, peer: Device, id: number): Finding {
  return ctx.report({
    messageId: 'unpaired',
    data: { lag: lag.name, pair: pairWord(self), id, peer: peer.hostname },
    loc: lag.mlagId!.loc,
    related: self.peerGroup?.peerAddress ? [{ loc: self.peerGroup.peerAddress.loc, message: `the ${pairWord(self)} peer ${peer.hostname}` }] : [],
  });
}
