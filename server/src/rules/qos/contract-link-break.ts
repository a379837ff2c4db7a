import type { Loc } from '../../model/location';
import type { Device, Interface } from '../../model/types';
import { describeBehaviour, forwardedMeaning, hopBehaviour, localNames, remarkBreaks, type HopBehaviour } from '../../model/hop-behaviour';
import type { Finding, RelatedInfo, Rule } from '../types';
import { pfcLinksOf } from '../pfc/common';
import { contractBasis, contractPointsOf } from './common';
import { firstEvidenceRelated, linkWhy } from '../support/links';
import { where } from '../support/describe';
import { sameSet } from '../support/sets';

export const rule: Rule = {
  id: 'qos/contract-link-break',
  title: 'A code point of the QoS contract is lossless at one end of a link and lossy, dropped or remarked at the other, or paused on another priority',
  category: 'qos',
  severity: 'error',
  scope: 'link',
  // Each link from its two ends, against the contract's code points (which any device's own lines may extend).
  reads: 'link',
  basis: contractBasis,
  rationale:
    'PFC protects a packet on a link only if both ends put it in a class paused on the same priority: the ' +
    'receiver sends PAUSE for the priority of *its* class, the sender stops the queue of *its* class. A code ' +
    "point that is lossless at one end and lossy at the other is dropped when the lossy end's buffer fills " +
    '(or keeps being sent into a paused peer); paused on different priorities, the PAUSE stops the wrong queue. ' +
    'An end whose ingress policy drops the code point (a class with `drop`, a policer whose conform action is ' +
    '`drop`) breaks it outright; one that rewrites it (an ingress `set dscp`, a Junos `rewrite-rules dscp` on the port or unit) to a code point that this same port would treat ' +
    'otherwise (lossy, dropped, another priority, or a CNP no longer strict) hands the next hop a packet it classifies ' +
    'by the new value, so the code point leaves the contract there. A rewrite to a code point with the same meaning ' +
    '(DSCP 26 → 24 where both are lossless on priority 3), to the same value, or of a code point outside the ' +
    'contract is not a break.\n\n' +
    'Compared between: the two ends of every link of the workspace, whatever the roles and however few the ' +
    "devices, for every code point of the QoS contract (the intent's classes; without an intent the DSCPs some " +
    'device classifies into a lossless class, else DSCP 26, and CNP 48). The behaviour is the one at the ' +
    'interface of the link — its own classification (NX-OS `service-policy type qos input`, EOS `qos trust`, ' +
    'SONiC the `dscp_to_tc_map` of its PORT_QOS_MAP entry, Junos the classifier of its unit, Cumulus the ' +
    '`qos mapping` / `qos roce` tables), its PFC and its no-drop priorities (SONiC `pfc_enable`, Junos `no-loss ' +
    "pfc-priority`, Cumulus `qos pfc`) — so a port without the fabric's classifying policy breaks the link even " +
    'when the rest of its device is right. The two ends may be of different vendors. Local numbers (traffic-class, ' +
    'qos-group, Junos queue, SONiC TC, Cumulus switch-priority) are not compared. Links ' +
    "where PFC is on at one end only are `pfc/one-sided`'s, and ends with different no-drop priority sets " +
    "`pfc/priority-mismatch-link`'s; ports classifying by CoS say nothing about DSCP and are not compared. An " +
    'end whose port lacks the classifying policy the rest of its device attaches is reported once, by ' +
    '`qos/no-ingress-classification` (which offers the fix); the other end still reports the break.',
  messages: {
    break: 'DSCP {dscp} is {here} here ({local}) but {there} on {peer} ({peerLocal}) — {why}',
  },
  example: {
    dialect: 'nxos',
    config:
      'class-map type qos match-any BULK\n  match dscp 10,26\npolicy-map type qos CLASSIFY\n  class BULK\n    set qos-group 1\n  class ROCE\n    set qos-group 3\ninterface Ethernet1/1\n  priority-flow-control mode on\n  service-policy type qos input CLASSIFY\n! the leaf at the other end pauses DSCP 26 on priority 3',
    explanation:
      "DSCP 26 is lossless on the leaf's end and best effort on the spine's: the spine drops it when its queue fills, though both ends run PFC on priority 3.",
  },
  check(ctx) {
    const findings: Finding[] = [];
    const points = contractPointsOf(ctx);
    for (const { ends, a, b } of pfcLinksOf(ctx)) {
      if (ctx.ignored(a.device, a.iface) || ctx.ignored(b.device, b.iface)) continue;
      // PFC off at one end, or different no-drop sets: the PFC rules say so, in their words.
      if (a.effective.length === 0 || b.effective.length === 0 || !sameSet(a.effective, b.effective)) continue;
      const breaks = new Map<string, { ha: HopBehaviour; hb: HopBehaviour; dscps: number[] }>();
      for (const p of points) {
        const ha = hopBehaviour(a.device, a.iface, p.dscp);
        const hb = hopBehaviour(b.device, b.iface, p.dscp);
        if (ha.byCos || hb.byCos) continue;
        const ka = forwardedMeaning(ha);
        const kb = forwardedMeaning(hb);
        if (ka === kb) continue;
        const k = `${ka}|${kb}`;
        const e = breaks.get(k);
        if (e) e.dscps.push(p.dscp);
        else breaks.set(k, { ha, hb, dscps: [p.dscp] });
      }
      if (breaks.size === 0) continue;
      const why = linkWhy(ends.link);
      const evidence = firstEvidenceRelated(ends.link);
      for (const { ha, hb, dscps } of breaks.values()) {
        for (const [self, selfB, other, otherB] of [
          [a, ha, b, hb],
          [b, hb, a, ha],
        ] as const) {
          if (lacksDevicePolicy(self.device, self.iface)) continue;
          findings.push(
            ctx.report({
              messageId: 'break',
              data: {
                dscp: dscps.join(','),
                here: describeBehaviour(selfB),
                local: localNames(self.device, selfB),
                there: describeBehaviour(otherB),
                peer: where(other.device, other.iface),
                peerLocal: localNames(other.device, otherB),
                why,
              },
              loc: portLine(self.iface),
              related: [
                ...causes(self.device, self.iface, selfB),
                { loc: portLine(other.iface), message: `${where(other.device, other.iface)}: ${describeBehaviour(otherB)}` },
                ...causes(other.device, other.iface, otherB),
                ...evidence,
              ],
            }),
          );
        }
      }
    }
    return findings;
  },
};

/**
 * The port attaches no classifying policy while its device classifies with one: that is
 * qos/no-ingress-classification's finding on this very line (with the fix), so this end yields to it; the
 * peer's end still reports the break and names this port's lines.
 */
function lacksDevicePolicy(device: Device, iface: Interface): boolean {
  return iface.classification !== undefined && iface.classification.policy === undefined && device.qos.classificationPolicy !== undefined;
}

/** The interface's own line that brings its classification in (service-policy, trust, a PORT_QOS_MAP binding), else its header. */
function portLine(iface: Interface): Loc {
  const policy = iface.servicePolicies.find((p) => p.value.direction === 'input' && (p.value.type === 'qos' || p.value.type === 'quality-of-service'));
  if (policy && ownLine(iface, policy.loc)) return policy.loc;
  if (iface.qosTrust && !iface.qosTrust.defaulted && ownLine(iface, iface.qosTrust.loc)) return iface.qosTrust.loc;
  // A port bound to its classification outside its own block (SONiC PORT_QOS_MAP dscp_to_tc_map): that binding.
  const bound = iface.classification?.policy?.loc;
  if (bound && !ownLine(iface, bound) && bound.uri === iface.block.header.uri && !iface.servicePolicies.length) return bound;
  return iface.block.header;
}

function ownLine(iface: Interface, loc: Loc): boolean {
  return (iface.lines ?? []).some((l) => l.loc.uri === loc.uri && l.loc.range.start.line === loc.range.start.line);
}

/** The lines that make the behaviour what it is at this end: the classification, and the no-drop line when lossless. */
function causes(device: Device, iface: Interface, b: HopBehaviour): RelatedInfo[] {
  const out: RelatedInfo[] = [];
  const name = where(device, iface);
  const unpaused = b.lossyBecause === 'class-not-paused' ? ', which no PFC priority pauses' : '';
  out.push({
    loc: b.classifiedAt,
    message: `${name}: DSCP ${b.dscp} → ${localNames(device, b)}${b.classDefaulted ? ' (unmatched: default class)' : ''}${unpaused}`,
  });
  if (b.pausedOn !== undefined) out.push({ loc: b.pfcAt, message: `${name}: priority ${b.pausedOn} is no-drop` });
  if (b.dropped && b.dropAt) out.push({ loc: b.dropAt, message: `${name}: the ingress policy drops DSCP ${b.dscp}` });
  if (remarkBreaks(b) && b.remarkAt) out.push({ loc: b.remarkAt, message: `${name}: rewrites DSCP ${b.dscp} to ${b.remarkedTo}` });
  return out;
}
