import type { Located } from '../../model/location';
import type { Device, QueueConfig, QueueEcn } from '../../model/types';
import type { Finding, Rule } from '../types';
import { toBytes } from './common';
import { devicesOf } from '../support/scope';

export const rule: Rule = {
  id: 'qos/ecn-thresholds-invalid',
  title: 'ECN / WRED thresholds that cannot work',
  category: 'qos',
  severity: 'error',
  scope: 'line',
  reads: 'device',
  // Not ios: IOS WRED thresholds are per DSCP/CoS/precedence (`random-detect dscp 26 20 40 10`, Catalyst
  // `random-detect dscp 26 percent 10 20`) with a mark-probability denominator; the extractor reads only the
  // EOS/NX-OS `minimum-threshold … maximum-threshold …` form, so no IOS threshold reaches this rule.
  rationale:
    'DCQCN marks with a probability that ramps from the minimum to the maximum threshold. A minimum above the ' +
    'maximum, thresholds in two different units (the switch compares them as written, or rejects the line) or ' +
    'a marking probability outside 0–100 % make the ramp meaningless: the queue marks everything, nothing, or ' +
    'not what the numbers suggest. Equal minimum and maximum is a step function and is accepted (Azure Stack ' +
    'HCI uses it). Every `random-detect` line of the device is checked: interfaces, qos profiles and queuing ' +
    'policies, attached or not.',
  messages: {
    order: 'ECN minimum threshold {min} is above the maximum {max}',
    units: 'ECN thresholds use two units: minimum in {minUnit}, maximum in {maxUnit}',
    probability: 'Marking probability {probability} is outside 0–100 %',
  },
  fix: "Swap minimum and maximum; rewrite the maximum in the minimum's unit (byte units); clamp the probability to 100.",
  example: {
    dialect: 'eos',
    config: '   tx-queue 3\n      random-detect ecn minimum-threshold 1500 kbytes maximum-threshold 150 kbytes max-mark-probability 100',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      for (const e of ecnLines(device)) {
        const v = e.value;
        const w = ctx.writer(device);
        const unit = v.unit ?? 'bytes';
        const maxUnit = v.maxUnit ?? unit;
        if (v.minThreshold !== undefined && v.maxThreshold !== undefined) {
          if (unit !== maxUnit) {
            const a = toBytes(1, unit);
            const b = toBytes(1, maxUnit);
            const converted = a && b ? (v.maxThreshold * b) / a : undefined;
            const edits = converted !== undefined && Number.isInteger(converted) ? w.setEcnThresholds(e, { max: converted, maxUnit: unit }) : [];
            findings.push(
              ctx.report({
                messageId: 'units',
                data: { minUnit: unit, maxUnit },
                loc: e.loc,
                fixes: edits.length > 0 ? [{ title: `Write the maximum as ${converted} ${unit}`, isPreferred: true, edits }] : [],
              }),
            );
          } else if (v.minThreshold > v.maxThreshold) {
            const edits = w.setEcnThresholds(e, { min: v.maxThreshold, max: v.minThreshold });
            findings.push(
              ctx.report({
                messageId: 'order',
                data: { min: `${v.minThreshold} ${unit}`, max: `${v.maxThreshold} ${maxUnit}` },
                loc: e.loc,
                fixes: edits.length > 0 ? [{ title: 'Swap minimum and maximum', isPreferred: true, edits }] : [],
              }),
            );
          }
        }
        if (v.probability !== undefined && (v.probability < 0 || v.probability > 100)) {
          const edits = w.setEcnThresholds(e, { probability: v.probability < 0 ? 0 : 100 });
          findings.push(
            ctx.report({
              messageId: 'probability',
              data: { probability: v.probability },
              loc: e.loc,
              fixes: edits.length > 0 ? [{ title: 'Clamp the probability to 0–100', isPreferred: true, edits }] : [],
            }),
          );
        }
      }
    }
    return findings;
  },
};

/** Every random-detect line of the device, once. */
function ecnLines(device: Device): Located<QueueEcn>[] {
  const out = new Map<string, Located<QueueEcn>>();
  const add = (q: QueueConfig | undefined): void => {
    for (const e of [q?.ecn, q?.wredDrop]) if (e) out.set(`${e.loc.uri}#${e.loc.range.start.line}`, e);
  };
  for (const pm of device.qos.policyMaps) for (const c of pm.classes) add(c.queue);
  device.qos.queues.forEach(add);
  for (const i of device.interfaces.values()) i.queues.forEach(add);
  return [...out.values()].sort((a, b) => a.loc.range.start.line - b.loc.range.start.line);
}
