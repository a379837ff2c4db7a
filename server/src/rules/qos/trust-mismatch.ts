import type { Device, Interface } from '../../model/types';
import type { Finding, Rule, RuleContext } from '../types';
import { losslessSet } from '../pfc/common';
import { devicesOf, judges } from '../support/scope';
import { ownLineOr } from '../support/places';
import { resolvedLinks } from '../support/links';
import { isDataPort } from '../support/interfaces';

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
    const reported = new Set<Interface>();
    for (const device of devicesOf(ctx)) {
      if (!device.qos.trustPerPort) continue;
      for (const iface of device.interfaces.values()) {
        if (ctx.ignored(device, iface) || !isDataPort(iface) || iface.channelGroup) continue;
        const prios = losslessSet(device, iface);
        if (prios.length === 0 || !iface.qosTrust) continue;
        const t = iface.qosTrust.value;
        if (t === 'dscp') continue;
        // A switchport without a trust line is not judged: its EOS default (CoS, per `show running-config all`)
        // is not confirmed for every platform [notes §1.1].
        if (iface.qosTrust.defaulted && iface.mode.value !== 'routed') continue;
        const untagged = iface.mode.value === 'routed' || iface.switchportMode?.value === 'access' || (!iface.switchportMode && !iface.trunkAllowedVlans);
        if (t === 'cos' && !untagged) continue;
        reported.add(iface);
        findings.push(report(ctx, device, iface, 'lossless', { priorities: prios.join(',') }));
      }
    }
    for (const { link, a, b } of resolvedLinks(ctx.fabric)) {
      for (const [self, peer] of [
        [a, b],
        [b, a],
      ] as const) {
        if (!judges(ctx, self.device) || !self.device.qos.trustPerPort || !peer.device.qos.trustPerPort || reported.has(self.iface)) continue;
        if (ctx.ignored(self.device, self.iface) || ctx.ignored(peer.device, peer.iface)) continue;
        if (!self.iface.qosTrust || !peer.iface.qosTrust || self.iface.qosTrust.value === 'dscp' || peer.iface.qosTrust.value !== 'dscp') continue;
        if (losslessSet(peer.device, peer.iface).length === 0) continue;
        if (self.iface.qosTrust.value === 'cos' && self.iface.mode.value !== 'routed' && self.iface.switchportMode?.value === 'trunk') continue;
        if (self.iface.qosTrust.defaulted && self.iface.mode.value !== 'routed') continue;
        reported.add(self.iface);
        findings.push(report(ctx, self.device, self.iface, 'link', { peer: `${peer.device.hostname} ${peer.iface.name}`, why: link.detail }));
      }
    }
    return findings;
  },
};

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
