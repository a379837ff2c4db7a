/** Minimal IPv4/IPv6 prefix arithmetic for subnet bucketing. */

export interface Prefix {
  family: 4 | 6;
  /** Network address as written canonically (10.0.0.0, 2001:db8::). */
  network: string;
  length: number;
}

export function parseIpv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s.trim());
  if (!m) return undefined;
  let v = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255) return undefined;
    v = v * 256 + o;
  }
  return v;
}

export function formatIpv4(v: number): string {
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255].join('.');
}

export function parseIpv6(s: string): bigint | undefined {
  let t = s.trim();
  // The zone (`fe80::1%eth0`) is cut with indexOf: /%.*$/ retries from every `%` (quadratic).
  if (t.includes('%')) t = t.slice(0, t.indexOf('%'));
  let tail: number[] = [];
  const v4 = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})$/.exec(t);
  if (v4) {
    const n = parseIpv4(v4[1] ?? '');
    if (n === undefined) return undefined;
    tail = [n >>> 16, n & 0xffff];
    t = t.slice(0, -(v4[1] ?? '').length);
    if (t.endsWith(':') && !t.endsWith('::')) t = t.slice(0, -1);
  }
  const halves = t.split('::');
  if (halves.length > 2) return undefined;
  const parse = (x: string | undefined) => (x ? x.split(':') : []);
  const head = parse(halves[0]);
  const rest = parse(halves[1]);
  const groups: number[] = [];
  for (const g of [...head]) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    groups.push(parseInt(g, 16));
  }
  const restGroups: number[] = [];
  for (const g of rest) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    restGroups.push(parseInt(g, 16));
  }
  const total = groups.length + restGroups.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const all = [...groups, ...new Array<number>(8 - total).fill(0), ...restGroups, ...tail];
  let v = 0n;
  for (const g of all) v = (v << 16n) | BigInt(g);
  return v;
}

export function formatIpv6(v: bigint): string {
  const groups: number[] = [];
  for (let i = 7; i >= 0; i--) groups.push(Number((v >> BigInt(i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i > 1) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

/** The prefix an interface address belongs to, or undefined when the address does not parse. */
export function prefixOf(address: string, length: number, family: 4 | 6): Prefix | undefined {
  if (family === 4) {
    const v = parseIpv4(address);
    if (v === undefined || length < 0 || length > 32) return undefined;
    const mask = length === 0 ? 0 : (0xffffffff << (32 - length)) >>> 0;
    return { family, network: formatIpv4((v & mask) >>> 0), length };
  }
  const v = parseIpv6(address);
  if (v === undefined || length < 0 || length > 128) return undefined;
  const mask = length === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - length)) - 1n);
  return { family, network: formatIpv6(v & mask), length };
}

/** fe80::/10: every interface has one; it says nothing about cabling. */
export function isIpv6LinkLocal(address: string): boolean {
  return /^fe[89ab][0-9a-f]?:/i.test(address.trim());
}

/** 169.254.0.0/16: reused by every MLAG pair of a fabric for its peering; never unique. */
export function isIpv4LinkLocal(address: string): boolean {
  return /^169\.254\./.test(address.trim());
}

/** IPv4 169.254.0.0/16 or IPv6 fe80::/10. */
export function isLinkLocal(address: string, family: 4 | 6): boolean {
  return family === 4 ? isIpv4LinkLocal(address) : isIpv6LinkLocal(address);
}

/** Canonical text of an address (for duplicate detection across spellings). */
export function canonicalAddress(address: string, family: 4 | 6): string {
  if (family === 4) {
    const v = parseIpv4(address);
    return v === undefined ? address.trim() : formatIpv4(v);
  }
  const v = parseIpv6(address);
  return v === undefined ? address.trim().toLowerCase() : formatIpv6(v);
}
