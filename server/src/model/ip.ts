import type { IpAddress } from './types';

/** Parses a dotted-quad IPv4 address to a 32-bit unsigned number, or undefined. */
export function ipv4ToNumber(text: string): number | undefined {
  let value = 0;
  let octets = 0;
  let cur = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 46; /* '.' sentinel */
    if (c === 46) {
      if (cur < 0 || cur > 255) return undefined;
      value = value * 256 + cur;
      octets++;
      cur = -1;
    } else if (c >= 48 && c <= 57) {
      cur = (cur < 0 ? 0 : cur * 10) + (c - 48);
      if (cur > 255) return undefined;
    } else {
      return undefined;
    }
  }
  return octets === 4 ? value : undefined;
}

export function numberToIpv4(n: number): string {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

/** 255.255.255.254 → 31; undefined when the mask is not contiguous. */
export function maskToPrefixLength(mask: string): number | undefined {
  const n = ipv4ToNumber(mask);
  if (n === undefined) return undefined;
  let len = 0;
  let bit = 0x80000000;
  while (len < 32 && (n & bit) !== 0) {
    len++;
    bit >>>= 1;
  }
  // every remaining bit must be zero
  const rest = len === 32 ? 0 : n % 2 ** (32 - len);
  return rest === 0 ? len : undefined;
}

function isIpv6(text: string): boolean {
  if (!text.includes(':')) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ok = (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
    if (!ok) return false;
  }
  return true;
}

/**
 * `10.0.0.1/31`, `10.0.0.1 255.255.255.254` (mask as the next word), `2001:db8::1/64`.
 * Returns a message when the words do not form an address.
 */
export function parseIpAddress(addr: string, mask?: string): IpAddress | string {
  const slash = addr.indexOf('/');
  const host = slash >= 0 ? addr.slice(0, slash) : addr;
  if (isIpv6(host)) {
    if (slash < 0) return `IPv6 address ${addr} has no prefix length`;
    const len = Number(addr.slice(slash + 1));
    if (!Number.isInteger(len) || len < 0 || len > 128) return `bad IPv6 prefix length in ${addr}`;
    return { address: host, prefixLength: len, family: 6 };
  }
  if (ipv4ToNumber(host) === undefined) return `not an IPv4 address: ${addr}`;
  if (slash >= 0) {
    const lenText = addr.slice(slash + 1);
    const len = Number(lenText);
    if (lenText === '' || !Number.isInteger(len) || len < 0 || len > 32) return `bad prefix length in ${addr}`;
    return { address: host, prefixLength: len, family: 4 };
  }
  if (mask === undefined) return `IPv4 address ${addr} has neither a prefix length nor a mask`;
  const len = maskToPrefixLength(mask);
  if (len === undefined) return `bad network mask ${mask}`;
  return { address: host, prefixLength: len, family: 4 };
}

/** Network of an IPv4 address as `a.b.c.d/len` (link inference buckets interfaces by it). */
export function ipv4Network(ip: IpAddress): string | undefined {
  if (ip.family !== 4) return undefined;
  const n = ipv4ToNumber(ip.address);
  if (n === undefined) return undefined;
  const len = ip.prefixLength;
  const mask = len === 0 ? 0 : (0xffffffff << (32 - len)) >>> 0;
  return `${numberToIpv4((n & mask) >>> 0)}/${len}`;
}

/** Area as a dotted quad: `0` and `0.0.0.0` are the same area. */
export function normOspfArea(text: string): string {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n <= 0xffffffff) return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  }
  return text.toLowerCase();
}
