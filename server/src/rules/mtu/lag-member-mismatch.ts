import { pushTo } from '../../model/group';
import { l3Mtu } from '../../dialects/mtu';
import { devicesOf } from '../support/scope';
import type { Device, Interface } from '../../model/types';
import type { Finding, Fix, Rule } from '../types';
import { mtuText, setMtuFix } from './common';
import { compact } from '../support/sets';
import { isDataInterface } from '../support/interfaces';

export const rule: Rule = {
  id: 'mtu/lag-member-mismatch',
  title: 'Port-channel member MTU differs from its port-channel',
  category: 'mtu',
  severity: 'error',
  scope: 'device',
  reads: 'device',
  rationale:
    'A port-channel is one logical link: its members must forward the same frames. NX-OS suspends a member whose ' +
    "MTU differs from the port-channel (compatibility check), EOS applies the port-channel's MTU and silently " +
    "ignores the member's own line, so the member `mtu` line is at best dead text and at worst a suspended " +
    'link that halves the bundle. Only members with their own `mtu` line are reported: a member without one ' +
    'inherits the port-channel and is right.',
  messages: {
    member: 'MTU {mtu} on member {member}, but {lag} has MTU {lagMtu}',
  },
  fix: "Remove the member's mtu line so it inherits the port-channel (preferred), or set the port-channel to the members' MTU when the port-channel has none written and every member agrees.",
  example: {
    dialect: 'nxos',
    config: 'interface port-channel10\n  no switchport\n  mtu 9216\ninterface Ethernet1/1\n  channel-group 10 mode active\n  mtu 1500',
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const device of devicesOf(ctx)) {
      const members = new Map<Interface, Interface[]>();
      for (const iface of device.interfaces.values()) {
        const lagName = iface.channelGroup?.value;
        const lag = lagName === undefined ? undefined : device.interfaces.get(lagName);
        if (!lag || !isDataInterface(ctx, device, iface)) continue;
        pushTo(members, lag, iface);
      }
      for (const [lag, list] of members) {
        const lagMtu = l3Mtu(device, lag);
        // A bond at a default the files cannot tell (Cumulus, no release named) is not compared.
        if (lagMtu === undefined) continue;
        const explicit = list.filter((m) => !m.mtu.defaulted);
        const wrong = explicit.filter((m) => l3Mtu(device, m) !== lagMtu);
        if (wrong.length === 0) continue;
        const values = new Set(explicit.map((m) => l3Mtu(device, m)));
        const agreed = lag.mtu.defaulted && values.size === 1 && explicit.length === list.length ? [...values][0] : undefined;
        for (const m of wrong) findings.push(report(ctx, device, lag, m, agreed));
      }
    }
    return findings;

    function report(c: typeof ctx, device: Device, lag: Interface, m: Interface, agreed: number | undefined): Finding {
      const remove: Fix | undefined = (() => {
        const edits = c.writer(device).removeSetting(m.mtu.loc);
        return edits.length ? { title: `Remove the mtu line of ${m.name} (inherit ${lag.name})`, isPreferred: agreed === undefined, edits } : undefined;
      })();
      const raiseLag = agreed !== undefined ? setMtuFix(c, `Set MTU ${agreed} on ${lag.name}`, [{ device, iface: lag }], agreed, true) : undefined;
      return c.report({
        messageId: 'member',
        data: { mtu: mtuText(device, m), member: m.name, lag: lag.name, lagMtu: mtuText(device, lag) },
        loc: m.mtu.loc,
        related: [
          { loc: lag.mtu.loc, message: `MTU ${mtuText(device, lag)} on ${lag.name}` },
          ...(m.channelGroup ? [{ loc: m.channelGroup.loc, message: `${m.name} is a member of ${lag.name}` }] : []),
        ],
        fixes: compact([raiseLag, remove]),
      });
    }
  },
};
