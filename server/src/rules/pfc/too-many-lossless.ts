import type { Finding, Rule } from '../types';
import { deviceUnion, pfcInterfaces } from './common';
import { INTENT_FALLBACKS } from '../../intent/defaults';
import { devicesOf } from '../support/scope';
import { fmtSet } from '../support/describe';

export const rule: Rule = {
  id: 'pfc/too-many-lossless',
  title: 'More lossless priorities than the fabric allows',
  category: 'pfc',
  severity: 'info',
  scope: 'device',
  reads: 'device',
  rationale:
    'Each lossless priority reserves PFC headroom on every port (cable length × speed worth of buffer per ' +
    'priority), taken from the shared buffer that absorbs bursts; SONiC enables two by default. More lossless ' +
    'priorities than needed shrink the burst buffer and widen the reach of pause storms. The limit is intent ' +
    '`lossless.maxLosslessPriorities`, else the `max` option (2).',
  messages: {
    many: '{device} makes {count} priorities lossless {set}; the limit is {max}',
  },
  fix: 'With intent `lossless.priorities`, reduce the no-drop priorities of the EOS interfaces to it.',
  options: {
    max: {
      description: 'Largest number of lossless priorities per device (intent lossless.maxLosslessPriorities wins).',
      default: INTENT_FALLBACKS.maxLosslessPriorities,
    },
  },
  example: {
    dialect: 'eos',
    config:
      'interface Ethernet1\n   priority-flow-control on\n   priority-flow-control priority 0 no-drop\n   priority-flow-control priority 1 no-drop\n   priority-flow-control priority 2 no-drop\n   priority-flow-control priority 3 no-drop',
    explanation: 'Four lossless priorities reserve four times the headroom.',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const max = ctx.intent?.lossless?.maxLosslessPriorities ?? Number(ctx.options.max ?? INTENT_FALLBACKS.maxLosslessPriorities);
    const target = ctx.intent?.lossless?.priorities;
    for (const device of devicesOf(ctx)) {
      const union = deviceUnion(device);
      if (union.length <= max) continue;
      const set = union.map((p) => p.value);
      const w = ctx.writer(device);
      const edits = target && target.length <= max ? pfcInterfaces(device).flatMap((i) => w.setInterfaceNoDropPriorities(i, [...target])) : [];
      findings.push(
        ctx.report({
          messageId: 'many',
          data: { device: device.hostname, count: set.length, set: fmtSet(set), max },
          loc: union[max]!.loc,
          related: union
            .filter((_, i) => i !== max)
            .slice(0, 7)
            .map((p) => ({ loc: p.loc, message: `priority ${p.value} no-drop` })),
          fixes:
            edits.length > 0
              ? [
                  {
                    title: `Make ${fmtSet([...target!].sort((a, b) => a - b))} (the intent) the no-drop priorities of ${device.hostname}`,
                    isPreferred: true,
                    edits,
                  },
                ]
              : [],
        }),
      );
    }
    return findings;
  },
};
