import type { Located } from '../../model/location';
import type { QueueConfig } from '../../model/types';
import type { Finding, Fix, Rule, RuleContext } from '../types';
import { devicesOf } from '../support/scope';

type Kind = 'percent' | 'remaining';

export const rule: Rule = {
  id: 'qos/bandwidth-over-100',
  title: 'Queue bandwidth shares add up to more than 100 %',
  category: 'qos',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    "The guaranteed shares of one port's queues cannot exceed the port: the switch rejects the policy or " +
    'scales it in ways nobody planned, and the RoCE queue gets less than its design share. Absolute ' +
    '`bandwidth percent` and `bandwidth remaining percent` are summed **separately** — real policies mix them ' +
    '(Azure Stack HCI: remaining 50 + 48 on two queues and an absolute 2 % on a third, which is fine). Checked ' +
    'per NX-OS queuing policy, per IOS policy-map and per EOS interface (its tx-queues, qos profile included).',
  messages: {
    over: '{what} adds up to {sum} % in {where}',
  },
  fix: 'Scale every share of the sum down proportionally so that they add up to at most 100 %.',
  example: {
    dialect: 'nxos',
    config:
      'policy-map type queuing EGRESS\n  class type queuing c-out-8q-q3\n    bandwidth remaining percent 60\n  class type queuing c-out-8q-q-default\n    bandwidth remaining percent 50',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const seen = new Set<string>();
      const judge = (queues: QueueConfig[], where: string, loc: Located<unknown>['loc']): void => {
        for (const kind of ['percent', 'remaining'] as const) {
          const lines = queues.map((q) => (kind === 'percent' ? q.bandwidthPercent : q.bandwidthRemainingPercent)).filter((x): x is Located<number> => !!x);
          const sum = lines.reduce((a, l) => a + l.value, 0);
          if (sum <= 100) continue;
          const key = `${kind}|${lines.map((l) => `${l.loc.uri}#${l.loc.range.start.line}`).join(',')}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push(
            ctx.report({
              messageId: 'over',
              data: { what: kind === 'percent' ? 'bandwidth percent' : 'bandwidth remaining percent', sum, where },
              loc,
              related: lines.map((l) => ({ loc: l.loc, message: `${l.value} %` })),
              fixes: scaleFix(ctx, device, lines, kind, sum),
            }),
          );
        }
      };
      for (const pm of device.qos.policyMaps) {
        if (device.qos.schedulingPolicyType === undefined || pm.type !== device.qos.schedulingPolicyType) continue;
        judge(
          pm.classes.flatMap((c) => (c.queue ? [c.queue] : [])),
          `policy-map ${pm.name}`,
          pm.loc,
        );
      }
      if (device.qos.queueSettings === 'interface') {
        for (const iface of device.interfaces.values()) {
          if (ctx.ignored(device, iface) || iface.queues.length === 0) continue;
          const first = iface.queues.find((q) => q.bandwidthPercent)?.bandwidthPercent;
          const b = iface.block;
          const inside =
            first && first.loc.uri === b.header.uri && first.loc.range.start.line > b.header.range.start.line && first.loc.range.start.line <= b.end.line;
          const fromProfile = first && !inside && iface.qosProfile;
          judge(
            iface.queues,
            fromProfile ? `qos profile ${iface.qosProfile!.value}` : `${iface.name} ${device.qos.queueLabel}s`,
            fromProfile ? first.loc : iface.block.header,
          );
        }
      }
    }
    return findings;
  },
};

function scaleFix(ctx: RuleContext, device: Parameters<RuleContext['writer']>[0], lines: Located<number>[], kind: Kind, sum: number): Fix[] {
  const w = ctx.writer(device);
  const scaled = lines.map((l) => Math.floor((l.value * 100) / sum));
  const edits = lines.flatMap((l, i) => (scaled[i] === l.value ? [] : w.setBandwidthShare(l, kind, scaled[i]!)));
  return edits.length > 0 ? [{ title: `Scale the shares to ${scaled.join(' + ')} %`, isPreferred: true, edits }] : [];
}
