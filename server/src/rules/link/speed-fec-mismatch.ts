import type { Finding, Rule } from '../types';
import type { Loc } from '../../model/location';
import { FabricView } from '../support/fabric-view';
import { evidenceRelated } from '../support/links';
import { isDataInterface, p2pAddress } from '../support/interfaces';
import { where } from '../support/describe';

/**
 * Speed as "<gbps>g[-lanes]" from EOS (`speed forced 100gfull`, `speed 100g-4`, `speed 25g`), NX-OS (`speed 100000`,
 * megabits) and IOS (`speed 1000`); undefined for auto or anything unreadable.
 */
export function normalizeSpeed(written: string): { gbps: number; lanes?: number } | undefined {
  const t = written
    .toLowerCase()
    .replace(/^forced\s+/, '')
    .trim();
  if (t === '' || t.startsWith('auto')) return undefined;
  let m = /^(\d+(?:\.\d+)?)g(?:full|half)?(?:-(\d+))?$/.exec(t);
  if (m) return m[2] ? { gbps: Number(m[1]), lanes: Number(m[2]) } : { gbps: Number(m[1]) };
  m = /^(\d+)(?:m|mfull|full)?$/.exec(t);
  if (m) return { gbps: Number(m[1]) / 1000 };
  return undefined;
}

/** FEC family: rs (Reed-Solomon, CL91/CL108/RS528/RS544), fc (Fire-code, CL74), none; undefined for auto/unknown. */
export function normalizeFec(written: string): 'rs' | 'fc' | 'none' | undefined {
  const t = written.toLowerCase().trim();
  if (/^(none|off|disabled?)$/.test(t)) return 'none';
  if (/reed|^rs|cl91|cl108|rs528|rs544|cons16|ieee/.test(t)) return 'rs';
  if (/fire|^fc|cl74|base-?r/.test(t)) return 'fc';
  return undefined;
}

/** "40000 (40G)" when the written form is not already in Gb/s. */
function show(kind: 'speed' | 'fec', written: string): string {
  if (kind !== 'speed') return written;
  const s = normalizeSpeed(written);
  return s && !/g/i.test(written) ? `${written} (${s.gbps}G)` : written;
}

export const rule: Rule = {
  id: 'link/speed-fec-mismatch',
  title: 'Speed or FEC differs between the two ends of a link',
  category: 'link',
  severity: 'warning',
  scope: 'link',
  dialects: ['eos', 'nxos', 'ios'],
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
    const view = FabricView.of(ctx.fabric);
    const findings: Finding[] = [];
    for (const { link, a, b } of view.links) {
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
              data: { here: show(messageId, ls.value), there: show(messageId, lo.value), peer: where(other), why },
              loc: ls.loc,
              related: [{ loc: lo.loc, message: `${messageId === 'speed' ? 'speed' : 'FEC'} ${lo.value} on ${where(other)}` }, ...evidenceRelated(link)],
            }),
          );
        }
      };
      if (a.iface.speed && b.iface.speed) {
        const sa = normalizeSpeed(a.iface.speed.value);
        const sb = normalizeSpeed(b.iface.speed.value);
        if (sa && sb && (sa.gbps !== sb.gbps || (sa.lanes !== undefined && sb.lanes !== undefined && sa.lanes !== sb.lanes))) {
          both('speed', a.iface.speed, b.iface.speed);
        }
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
