import type { InterfaceKind } from './types';

/**
 * Interface names of the CLI family (EOS, NX-OS, IOS) in one canonical spelling, so that
 * `Et1/1`, `eth1/1`, `Ethernet 1/1` and `ethernet1/1` are the same key everywhere (model, links,
 * intent). Names of other families (Junos `et-0/0/0`, Cumulus `swp1`, SONiC `Ethernet0`) are left
 * as written: their prefix is unknown here or already canonical.
 */

/** Lower-case prefix (as written or abbreviated) → canonical prefix. */
const PREFIXES: ReadonlyMap<string, string> = new Map([
  ['ethernet', 'Ethernet'],
  ['eth', 'Ethernet'],
  ['et', 'Ethernet'],
  ['port-channel', 'Port-Channel'],
  ['portchannel', 'Port-Channel'],
  ['po', 'Port-Channel'],
  ['vlan', 'Vlan'],
  ['vl', 'Vlan'],
  ['loopback', 'Loopback'],
  ['lo', 'Loopback'],
  ['management', 'Management'],
  ['ma', 'Management'],
  ['mgmt', 'mgmt'],
  ['gigabitethernet', 'GigabitEthernet'],
  ['gi', 'GigabitEthernet'],
  ['gig', 'GigabitEthernet'],
  ['tengigabitethernet', 'TenGigabitEthernet'],
  ['tengige', 'TenGigabitEthernet'],
  ['te', 'TenGigabitEthernet'],
  ['ten', 'TenGigabitEthernet'],
  ['twentyfivegige', 'TwentyFiveGigE'],
  ['twentyfivegigabitethernet', 'TwentyFiveGigE'],
  ['twe', 'TwentyFiveGigE'],
  ['fortygigabitethernet', 'FortyGigabitEthernet'],
  ['fortygige', 'FortyGigabitEthernet'],
  ['fo', 'FortyGigabitEthernet'],
  ['hundredgige', 'HundredGigE'],
  ['hundredgigabitethernet', 'HundredGigE'],
  ['hu', 'HundredGigE'],
  ['fastethernet', 'FastEthernet'],
  ['fa', 'FastEthernet'],
  ['tunnel', 'Tunnel'],
  ['tu', 'Tunnel'],
  ['vxlan', 'Vxlan'],
  ['vx', 'Vxlan'],
  ['nve', 'nve'],
  ['serial', 'Serial'],
  ['se', 'Serial'],
  ['recirc-channel', 'Recirc-Channel'],
]);

const KIND_BY_PREFIX: ReadonlyMap<string, InterfaceKind> = new Map<string, InterfaceKind>([
  ['Ethernet', 'physical'],
  ['GigabitEthernet', 'physical'],
  ['TenGigabitEthernet', 'physical'],
  ['TwentyFiveGigE', 'physical'],
  ['FortyGigabitEthernet', 'physical'],
  ['HundredGigE', 'physical'],
  ['FastEthernet', 'physical'],
  ['Serial', 'physical'],
  ['Port-Channel', 'port-channel'],
  ['Vlan', 'svi'],
  ['Loopback', 'loopback'],
  ['Management', 'management'],
  ['mgmt', 'management'],
  ['Tunnel', 'tunnel'],
  ['Vxlan', 'vxlan'],
  ['nve', 'vxlan'],
]);

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Splits `Ethernet 1/1` / `Po10.100` into the letter prefix and the numeric rest, or undefined. */
function splitName(raw: string): { prefix: string; rest: string } | undefined {
  const s = raw.trim();
  let i = 0;
  while (i < s.length && (isLetter(s.charCodeAt(i)) || (s[i] === '-' && i > 0 && isLetter(s.charCodeAt(i + 1))))) i++;
  if (i === 0) return undefined;
  const prefix = s.slice(0, i);
  let j = i;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
  if (j >= s.length || !isDigit(s.charCodeAt(j))) return undefined;
  return { prefix, rest: s.slice(j) };
}

/** `Et1/1`, `eth1/1`, `Ethernet 1/1` → `Ethernet1/1`; unknown names are returned as written (trimmed). */
export function canonicalInterfaceName(raw: string): string {
  const parts = splitName(raw);
  if (!parts) return raw.trim();
  const canon = PREFIXES.get(parts.prefix.toLowerCase());
  if (!canon) return raw.trim();
  if (parts.rest.includes(' ')) return raw.trim();
  return canon + parts.rest;
}

export function interfaceKind(name: string): InterfaceKind {
  const parts = splitName(name);
  if (!parts) return name.startsWith('swp') ? 'physical' : 'other';
  if (parts.rest.includes('.')) return 'subinterface';
  const canon = PREFIXES.get(parts.prefix.toLowerCase());
  if (canon) return KIND_BY_PREFIX.get(canon) ?? 'other';
  return parts.prefix === 'swp' ? 'physical' : 'other';
}

/** Canonical name of a subinterface's parent (`Ethernet1/1.100` → `Ethernet1/1`), else undefined. */
export function parentOf(name: string): string | undefined {
  const dot = name.indexOf('.');
  if (dot <= 0) return undefined;
  const parts = splitName(name);
  if (!parts) return undefined;
  return canonicalInterfaceName(name.slice(0, dot));
}

/** Ranges larger than this are kept as one literal name rather than expanded (a typo, not a port list). */
const MAX_RANGE = 4096;

/**
 * Member names of an interface header, canonical: the words after `interface` as written.
 * `Ethernet1/1-4`, `Ethernet1/1, Ethernet1/3`, `Ethernet1/1-2,Ethernet1/5`, `Ethernet1-4`,
 * `Ethernet1/1/1-4`, `ethernet 1/1-2, 1/5` (the prefix carries over), `Ethernet1/1-1/4`.
 * A segment that cannot be read is returned canonicalised as written.
 */
export function expandInterfaceRange(words: readonly string[]): string[] {
  const joined = words.join(' ');
  const out: string[] = [];
  let lastPrefix: string | undefined;
  for (const rawSeg of joined.split(',')) {
    const seg = rawSeg.trim();
    if (seg === '') continue;
    let parts = splitName(seg);
    if (!parts && lastPrefix !== undefined && isDigit(seg.charCodeAt(0))) parts = { prefix: lastPrefix, rest: seg };
    if (!parts) {
      out.push(canonicalInterfaceName(seg));
      continue;
    }
    lastPrefix = parts.prefix;
    const rest = parts.rest.replace(/\s+/g, '');
    const dash = rest.indexOf('-');
    if (dash < 0) {
      out.push(canonicalInterfaceName(parts.prefix + rest));
      continue;
    }
    const first = rest.slice(0, dash);
    let last = rest.slice(dash + 1);
    const head = first.includes('/') || first.includes('.') ? first.slice(0, Math.max(first.lastIndexOf('/'), first.lastIndexOf('.')) + 1) : '';
    const loStr = first.slice(head.length);
    // `Ethernet1/1-1/4`: the end repeats the head.
    if (last.includes('/') || last.includes('.')) {
      const lastHead = last.slice(0, Math.max(last.lastIndexOf('/'), last.lastIndexOf('.')) + 1);
      if (lastHead !== head) {
        out.push(canonicalInterfaceName(parts.prefix + rest));
        continue;
      }
      last = last.slice(lastHead.length);
    }
    const lo = Number(loStr);
    const hi = Number(last);
    if (!/^\d+$/.test(loStr) || !/^\d+$/.test(last) || hi < lo || hi - lo >= MAX_RANGE) {
      out.push(canonicalInterfaceName(parts.prefix + rest));
      continue;
    }
    for (let n = lo; n <= hi; n++) out.push(canonicalInterfaceName(parts.prefix + head + n));
  }
  return out;
}
