import { mtuRange } from '../../dialects/mtu';
import { devicesOf } from '../support/scope';
import type { Finding, Rule } from '../types';
import { setMtuFix } from './common';
import { compact } from '../support/sets';

export const rule: Rule = {
  id: 'mtu/out-of-range',
  title: 'MTU outside what the platform accepts',
  category: 'mtu',
  severity: 'error',
  scope: 'line',
  reads: 'device',
  rationale:
    'A value the platform refuses is not applied: the line fails when the config is pushed (or, in a saved file, ' +
    'stays as a wish), and the interface keeps its previous MTU — usually 1500. Typical cases are copying 9216 ' +
    '(NX-OS, Cumulus, SONiC maximum) onto EOS, where 9214 is the maximum, or a Junos media value onto a Cisco box. ' +
    'Ranges: EOS 68–9214; NX-OS routed 576–9216, switchport 1500–9216; Catalyst 9500 (platform hint) 1500–9198, ' +
    'other IOS up to 9216. Only written values are judged; loopbacks are not.',
  messages: {
    range: 'MTU {mtu} is out of range: {why}',
  },
  fix: 'Clamp the value to the nearest accepted one.',
  example: { dialect: 'eos', config: 'interface Ethernet1\n   no switchport\n   mtu 9216', explanation: 'EOS accepts at most 9214.' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      for (const iface of device.interfaces.values()) {
        if (iface.mtu.defaulted || ctx.ignored(device, iface)) continue;
        const r = mtuRange(device, iface);
        const v = iface.mtu.value;
        if (!r || (v >= r.min && v <= r.max)) continue;
        const clamped = Math.min(Math.max(v, r.min), r.max);
        findings.push(
          ctx.report({
            messageId: 'range',
            data: { mtu: v, why: r.why },
            loc: iface.mtu.loc,
            fixes: compact([setMtuFix(ctx, `Set MTU ${clamped} on ${iface.name}`, [{ device, iface }], clamped, true)]),
          }),
        );
      }
    }
    return findings;
  },
};
