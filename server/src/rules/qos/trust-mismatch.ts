import type { Device, Interface, Link } from '../../model/types';
import type { Finding, Rule, RuleContext } from '../types';
import { losslessSet } from '../pfc/common';
import { devicesOf } from '../support/scope';
import { ownLineOr } from '../support/places';
import { linkEnds, type End } from '../support/links';
import { QuietPorts } from '../support/quiet-ports';
import { isDataPort } from '../support/interfaces';

const quiet = new QuietPorts();

export const rule: Rule = {
  id: 'qos/trust-mismatch',
  title: 'A RoCE-carrying port does not trust DSCP, or the two ends of a link trust different fields',
  category: 'qos',
  severity: 'error',
  scope: 'link',
  // A port is judged against the trust of the port it faces.
  reads: 'peers',
  rationale:
    'RoCEv2 is classified by DSCP, which survives routing; 802.1p CoS exists only in a VLAN tag. A routed port ' +
    '(no tag) that trusts CoS sees CoS 0 on every packet, so RoCE lands in the default class however it is ' +
    'marked; `no qos trust` ignores both fields. On EOS routed ports trust DSCP by default, switchports CoS. ' +
    'Reported on ports that are lossless (PFC on with a no-drop priority): a routed or access (untagged) port ' +
    'that trusts CoS, or any port that trusts nothing. A tagged trunk that trusts CoS is a valid CoS-based ' +
    'design and is not reported; nor is a switchport without a trust line (the EOS switchport default, CoS per ' +
    '`show running-config all`, is not confirmed for every platform), so only explicit lines and routed ports count. ' +
    "Across a link, an end whose trust differs from a lossless peer's DSCP trust " +
    'is reported too. NX-OS has no trust setting (its `type qos` policy decides: `qos/no-ingress-classification`).',
  messages: {
    lossless: '{iface} is lossless (priority {priorities}) but trusts {trust}{how}: DSCP-marked RoCE lands in the default class',
    link: '{iface} trusts {trust}{how}, but its peer {peer} trusts DSCP and is lossless — link from {why}',
  },
  fix: 'Set `qos trust dscp` on the interface.',
  example: {
    dialect: 'eos',
    config: 'interface Ethernet49/1\n   no switchport\n   qos trust cos\n   priority-flow-control on\n   priority-flow-control priority 3 no-drop',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      if (!device.qos.trustPerPort) continue;
      // A port's verdict reads the ports its links face: re-judging a spine whose leaf changed judges only the ports
      // whose far end changed.
      quiet.judge(ctx, device, (iface, links) => {
        const own = ownFinding(ctx, device, iface);
        if (own) {
          findings.push(own);
          return true;
        }
        for (const link of links) {
          const ends = linkEnds(link, ctx.fabric.devices.get(link.a.device), ctx.fabric.devices.get(link.b.device))!;
          for (const [self, peer] of [
            [ends.a, ends.b],
            [ends.b, ends.a],
          ] as const) {
            if (self.iface !== iface) continue;
            const f = linkFinding(ctx, self, peer, link);
            if (f) {
              findings.push(f);
              return true;
            }
          }
        }
        return false;
      });
    }
    return findings;
  },
};

/** A lossless port that trusts CoS on an untagged port, or nothing: wrong whatever it faces. */
function ownFinding(ctx: RuleContext, device: Device, iface: Interface): Finding | undefined {
  if (ctx.ignored(device, iface) || !isDataPort(iface) || iface.channelGroup) return undefined;
  const prios = losslessSet(device, iface);
  if (prios.length === 0 || !iface.qosTrust) return undefined;
  const t = iface.qosTrust.value;
  if (t === 'dscp') return undefined;
  // A switchport without a trust line is not judged: its EOS default (CoS, per `show running-config all`)
  // is not confirmed for every platform [notes §1.1].
  if (iface.qosTrust.defaulted && iface.mode.value !== 'routed') return undefined;
  const untagged = iface.mode.value === 'routed' || iface.switchportMode?.value === 'access' || (!iface.switchportMode && !iface.trunkAllowedVlans);
  if (t === 'cos' && !untagged) return undefined;
  return report(ctx, device, iface, 'lossless', { priorities: prios.join(',') });
}

/** A port that does not trust DSCP, facing a lossless port that does. */
function linkFinding(ctx: RuleContext, self: End, peer: End, link: Link): Finding | undefined {
  if (!peer.device.qos.trustPerPort) return undefined;
  if (ctx.ignored(self.device, self.iface) || ctx.ignored(peer.device, peer.iface)) return undefined;
  if (!self.iface.qosTrust || !peer.iface.qosTrust || self.iface.qosTrust.value === 'dscp' || peer.iface.qosTrust.value !== 'dscp') return undefined;
  if (losslessSet(peer.device, peer.iface).length === 0) return undefined;
  if (self.iface.qosTrust.value === 'cos' && self.iface.mode.value !== 'routed' && self.iface.switchportMode?.value === 'trunk') return undefined;
  if (self.iface.qosTrust.defaulted && self.iface.mode.value !== 'routed') return undefined;
  return report(ctx, self.device, self.iface, 'link', { peer: `${peer.device.hostname} ${peer.iface.name}`, why: link.detail });
}

function report(ctx: RuleContext, device: Device, iface: Interface, messageId: string, extra: Record<string, string>): Finding {
  const trust = iface.qosTrust!;
  const how = trust.defaulted ? ` (the ${iface.mode.value === 'routed' ? 'routed' : 'switchport'} default)` : '';
  const loc = trust.defaulted ? iface.block.header : ownLineOr(iface, trust.loc);
  const edits = ctx.writer(device).setInterfaceTrustDscp(iface);
  return ctx.report({
    messageId,
    data: { iface: `${device.hostname} ${iface.name}`, trust: trust.value === 'none' ? 'nothing' : trust.value.toUpperCase(), how, ...extra },
    loc,
    fixes: edits.length > 0 ? [{ title: `Trust DSCP on ${iface.name}`, isPreferred: true, edits }] : [],
  });
}
