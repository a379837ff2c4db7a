/** Interface name ranges, numbers and byte counts as Cumulus writes them. */
import { parseIntList } from '../../model/dscp';

/** `swp1-4,swp6`, `swp2-10,12-20`, `vni10,4001`, `swp1s0-3`, `peerlink.4094` → names (the prefix carries over). */
export function expandCumulusNames(text: string): string[] {
  const out: string[] = [];
  let prefix = '';
  for (const raw of text.split(',')) {
    const seg = raw.trim();
    if (!seg) continue;
    const m = /^(.*?)(\d+)-(\d+)$/.exec(seg);
    if (m && !m[1]!.includes('.')) {
      const p = m[1] || prefix;
      const lo = Number(m[2]);
      const hi = Number(m[3]);
      if (hi >= lo && hi - lo < 4096) {
        if (m[1]) prefix = m[1];
        for (let n = lo; n <= hi; n++) out.push(`${p}${n}`);
        continue;
      }
    }
    if (/^\d+$/.test(seg) && prefix) {
      out.push(prefix + seg);
      continue;
    }
    const pm = /^(.*?[A-Za-z_-])\d+$/.exec(seg);
    if (pm) prefix = pm[1]!;
    out.push(seg);
  }
  return out;
}

export function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `150000`, `150KB`, `1.5MB` → bytes. */
export function parseBytes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(text);
  if (!m) return undefined;
  const mult = { '': 1, k: 1000, m: 1000000, g: 1000000000 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * mult);
}

export function numberList(text: string | undefined, max: number): number[] | undefined {
  return text === undefined ? undefined : parseIntList(text, max);
}
