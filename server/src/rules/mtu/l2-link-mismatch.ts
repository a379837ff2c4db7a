import type { Finding, Fix, Rule } from '../types';
import { bridgedMtu } from './common';
import { compact } from '../support/sets';
import { type End, evidenceRelated } from '../support/links';
import { pairLinksOf } from '../support/pairs';
import { isDataInterface, lagOf } from '../support/interfaces';
import { where } from '../support/describe';

export const rule: Rule = {
  id: 'mtu/l2-link-mismatch',
  title: 'Bridged (L2) MTU differs between the two ends of a switched link',
  category: 'mtu',
  severity: 'warning',
  scope: 'link',
  // A port-channel pair's member links give one finding: the links between two switches are judged together.
  reads: 'pair',
  rationale:
    "On a switched link between two switches (a leaf pair's peer link, an L2 leaf uplink) the L3 `mtu` does not " +
    'limit bridged frames; the bridged MTU does: EOS `l2 mtu`, the NX-OS port `mtu` (default 1500), an IOS port ' +
    '`mtu`. When the two ends differ, frames between the two sizes cross in one direction and are dropped in the ' +
    "other. Links with a routed end are `mtu/link-mismatch`'s; an EOS end without `l2 mtu` bridges up to the " +
    'platform maximum and is not judged. Port-channel members answer for their port-channel. Published on both ends.',
  messages: {
    mismatch: 'Bridged MTU {here} here, {there} on {peer} — {why}',
  },
  fix: "Raise the lower end to the other end's bridged MTU (preferred), or lower the higher end.",
  example: {
    dialect: 'nxos',
    config: 'interface Ethernet1/49\n  switchport mode trunk\n  mtu 9216\n! the peer, an EOS switchport, has l2 mtu 1500',
  },
  check(ctx) {
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { link, a, b } of pairLinksOf(ctx)) {
      if (a.iface.mode.value !== 'switched' || b.iface.mode.value !== 'switched') continue;
      if (!isDataInterface(ctx, a.device, a.iface) || !isDataInterface(ctx, b.device, b.iface)) continue;
      const ma = bridgedMtu(a.device, a.iface);
      const mb = bridgedMtu(b.device, b.iface);
      if (!ma || !mb || ma.value === mb.value) continue;
      const ownerA: End = { device: a.device, iface: lagOf(a.device, a.iface) ?? a.iface };
      const ownerB: End = { device: b.device, iface: lagOf(b.device, b.iface) ?? b.iface };
      const key = [where(ownerA), where(ownerB)].sort().join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      const why = `link from ${link.detail}`;
      for (const [self, other, ms, mo] of [
        [ownerA, ownerB, ma, mb],
        [ownerB, ownerA, mb, ma],
      ] as const) {
        const fix = (e: End, value: number, preferred: boolean): Fix | undefined => {
          const edits = ctx.writer(e.device).setInterfaceL2Mtu(e.iface, value);
          return edits.length ? { title: `Set the bridged MTU of ${where(e)} to ${value}`, isPreferred: preferred, edits } : undefined;
        };
        findings.push(
          ctx.report({
            messageId: 'mismatch',
            data: { here: ms.text, there: mo.text, peer: where(other), why },
            loc: ms.loc,
            related: [{ loc: mo.loc, message: `bridged MTU ${mo.text} on ${where(other)}` }, ...evidenceRelated(link)],
            fixes: compact([fix(self, mo.value, ms.value < mo.value), fix(other, ms.value, false)]),
          }),
        );
      }
    }
    return findings;
  },
};
