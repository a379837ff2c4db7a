import type { Finding, Rule } from '../types';
import type { Loc } from '../../model/location';
import { evidenceRelated, linksOf } from '../support/links';
import { isDataInterface, p2pAddress } from '../support/interfaces';
import { where } from '../support/describe';
import { formatGbps } from '../../model/port-speed';
import type { PortSpeed } from '../../model/types';

/** "40000 (40G)" when the written form is not already in Gb/s. */
function showSpeed(s: PortSpeed): string {
  return /g/i.test(s.written) ? s.written : `${s.written} (${formatGbps(s.gbps)})`;
}

/** FEC family: rs (Reed-Solomon, CL91/CL108/RS528/RS544), fc (Fire-code, CL74), none; undefined for auto/unknown. */
export function normalizeFec(written: string): 'rs' | 'fc' | 'none' | undefined {
  const t = written.toLowerCase().trim();
  if (/^(none|off|disabled?)$/.test(t)) return 'none';
  if (/reed|^rs|cl91|cl108|rs528|rs544|cons16|ieee/.test(t)) return 'rs';
  if (/fire|^fc|cl74|base-?r/.test(t)) return 'fc';
  return undefined;
}

export const rule: Rule = {
  id: 'link/speed-fec-mismatch',
  title: 'Speed or FEC differs between the two ends of a link',
  category: 'link',
  severity: 'warning',
  scope: 'link',
  reads: 'link',
  rationale:
    'Two ends forced to different speeds, lane counts or FEC modes do not come up, or come up with a high error ' +
    'rate; RoCE is very sensitive to the resulting drops (every lost packet is a go-back-N retransmission). Only ' +
    'values written on both ends are compared — an end without a `speed` or FEC line negotiates, and the optics ' +
    'decide — and `auto` is never judged. Links inferred from a shared LAN subnet (not /31, /30) are not cables and ' +
    'are skipped. Speeds compare in Gb/s (NX-OS writes megabits), FEC by family ' +
    '(Reed-Solomon, Fire-code, none). Published on both ends.',
  messages: {
    speed: 'Speed {here} here, {there} on {peer} — {why}',
    fec: 'FEC {here} here, {there} on {peer} — {why}',
  },
  example: { dialect: 'eos', config: 'interface Ethernet1\n   speed 100g-4\n! the peer has speed 100g-2' },
  check(ctx) {
    const findings: Finding[] = [];
    for (const { link, a, b } of linksOf(ctx)) {
      if (!isDataInterface(ctx, a.device, a.iface) || !isDataInterface(ctx, b.device, b.iface)) continue;
      // Two routers sharing a LAN subnet may sit behind a switch: only a p2p subnet says they share a cable.
      if (link.source === 'subnet' && (!p2pAddress(a.iface) || !p2pAddress(b.iface))) continue;
      const why = `link from ${link.detail}`;
      const both = (messageId: 'speed' | 'fec', la: { value: string; loc: Loc }, lb: { value: string; loc: Loc }) => {
        for (const [other, ls, lo] of [
          [b, la, lb],
          [a, lb, la],
        ] as const) {
          findings.push(
            ctx.report({
              messageId,
              data: { here: ls.value, there: lo.value, peer: where(other), why },
              loc: ls.loc,
              related: [{ loc: lo.loc, message: `${messageId === 'speed' ? 'speed' : 'FEC'} ${lo.value} on ${where(other)}` }, ...evidenceRelated(link)],
            }),
          );
        }
      };
      // Only speeds written for the port itself: a breakout or a platform default is what the port runs at when
      // nothing forces it, and the optics negotiate.
      const sa = a.iface.speed?.source === 'configured' ? a.iface.speed : undefined;
      const sb = b.iface.speed?.source === 'configured' ? b.iface.speed : undefined;
      if (sa && sb && (sa.gbps !== sb.gbps || (sa.lanes !== undefined && sb.lanes !== undefined && sa.lanes !== sb.lanes))) {
        both('speed', { value: showSpeed(sa), loc: sa.loc }, { value: showSpeed(sb), loc: sb.loc });
      }
      if (a.iface.fec && b.iface.fec) {
        const fa = normalizeFec(a.iface.fec.value);
        const fb = normalizeFec(b.iface.fec.value);
        if (fa && fb && fa !== fb) both('fec', a.iface.fec, b.iface.fec);
      }
    }
    return findings;
  },
};
