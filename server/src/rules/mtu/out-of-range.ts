import type { Device, Interface } from '../../model/types';
import type { Finding, Rule } from '../types';
import { compact, setMtuFix } from './common';

interface Range {
  min: number;
  max: number;
  why: string;
}

/**
 * Accepted MTU per dialect, interface role and platform hint.
 * - EOS: L3 `mtu` 68–9214 on Ethernet, port-channel, subinterface and SVI [notes §1.1, AVD-FS p2p_uplinks_mtu;
 *   9214 is the EOS maximum on the switch platforms]; loopbacks (65535) are not judged.
 * - NX-OS: routed 576–9216, switchport (L2 MTU) 1500–9216 [notes §1.2 NX-MTU, BRKDCN: 9216 payload maximum].
 * - IOS: Catalyst 9500 (platform hint C9500) 1500–9198 [notes §1.6 C9500-MTU]; other IOS boxes 68–9216.
 */
export function mtuRange(device: Device, iface: Interface): Range | undefined {
  if (iface.kind === 'loopback' || iface.kind === 'tunnel' || iface.kind === 'vxlan' || iface.kind === 'management' || iface.kind === 'other') return undefined;
  switch (device.dialect) {
    case 'eos':
      return { min: 68, max: 9214, why: 'EOS accepts 68–9214' };
    case 'nxos':
      return iface.mode.value === 'switched' && iface.kind !== 'svi'
        ? { min: 1500, max: 9216, why: 'NX-OS switchports accept 1500–9216' }
        : { min: 576, max: 9216, why: 'NX-OS accepts 576–9216' };
    case 'ios':
      if (/C9500/i.test(device.platform ?? '')) return { min: 1500, max: 9198, why: 'Catalyst 9500 accepts 1500–9198' };
      return { min: 68, max: 9216, why: 'IOS accepts at most 9216' };
    default:
      return undefined;
  }
}

export const rule: Rule = {
  id: 'mtu/out-of-range',
  title: 'MTU outside what the platform accepts',
  category: 'mtu',
  severity: 'error',
  scope: 'line',
  dialects: ['eos', 'nxos', 'ios'],
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
    for (const device of ctx.fabric.devices.values()) {
      if (ctx.ignored(device)) continue;
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
