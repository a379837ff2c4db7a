import type { Located } from '../../model/location';
import type { Interface, IpAddress } from '../../model/types';
import { canonicalInterfaceName } from '../../model/interface-names';
import { ipv4ToNumber, normOspfArea as normArea } from '../../model/ip';
import type { CliLine } from '../../parsing/cli-tree';
import { Ctx, kw } from './context';

/**
 * OSPF, as far as mtu/ospf-adjacency needs it: which interfaces run OSPF in which area, with or without
 * `ip ospf mtu-ignore`. Read from
 * - the interface: EOS `ip ospf area X`, IOS `ip ospf N area X`, NX-OS `ip router ospf TAG area X`,
 *   `ip ospf mtu-ignore`, NX-OS `ip ospf passive-interface`;
 * - `router ospf N`: `network A W area X` (wildcard or mask), `network A/L area X`, `passive-interface X|default`.
 * The interface's own area line wins over a network statement (IOS, EOS). VRFs and process numbers are not
 * told apart: the rule compares the two ends of one link.
 */
export interface OspfIfState {
  area?: Located<string>;
  mtuIgnore?: Located<boolean>;
  passive?: Located<boolean>;
}

interface OspfNetwork {
  /** Network address and the bits that must match (the inverse of the wildcard). */
  addr: number;
  care: number;
  area: string;
  line: Located<string>;
}

export interface OspfGlobals {
  networks: OspfNetwork[];
  passiveDefault: boolean;
  /** canonical interface name → passive (true) or `no passive-interface` (false). */
  passive: Map<string, boolean>;
}

export function newOspfGlobals(): OspfGlobals {
  return { networks: [], passiveDefault: false, passive: new Map() };
}

/** `ip ospf …` / `ip router ospf …` under an interface (word o is `ip`). Returns true when handled. */
export function readOspfInterfaceLine(ctx: Ctx, st: OspfIfState, line: CliLine, off: boolean, o: number): boolean {
  const k1 = kw(line, o + 1);
  if (k1 === 'router' && kw(line, o + 2) === 'ospf') {
    // NX-OS `ip router ospf TAG area X`
    if (off) delete st.area;
    else if (kw(line, o + 4) === 'area' && line.words[o + 5]) st.area = ctx.at(normArea(line.words[o + 5]!.text), line);
    return true;
  }
  if (k1 !== 'ospf') return false;
  const k2 = kw(line, o + 2);
  if (k2 === 'mtu-ignore') {
    if (off) delete st.mtuIgnore;
    else st.mtuIgnore = ctx.at(true, line);
  } else if (k2 === 'passive-interface') {
    if (off) delete st.passive;
    else st.passive = ctx.at(true, line);
  } else if (k2 === 'area' || kw(line, o + 3) === 'area') {
    // EOS `ip ospf area X`; IOS `ip ospf N area X`
    const j = k2 === 'area' ? o + 3 : o + 4;
    if (off) delete st.area;
    else if (line.words[j]) st.area = ctx.at(normArea(line.words[j]!.text), line);
  }
  return true;
}

/** `router ospf N [vrf V]` section. */
export function readRouterOspf(ctx: Ctx, g: OspfGlobals, line: CliLine): void {
  for (const child of line.children) {
    const neg = kw(child, 0) === 'no';
    const o = neg ? 1 : 0;
    const k = kw(child, o);
    if (k === 'passive-interface') {
      const w = child.words[o + 1];
      if (!w) continue;
      if (w.text.toLowerCase() === 'default') g.passiveDefault = !neg;
      else
        g.passive.set(
          canonicalInterfaceName(
            child.words
              .slice(o + 1)
              .map((x) => x.text)
              .join(''),
          ),
          !neg,
        );
      continue;
    }
    if (k !== 'network' || neg) continue;
    const a = child.words[o + 1]?.text ?? '';
    let addr: number | undefined;
    let care: number | undefined;
    let j: number;
    if (a.includes('/')) {
      const [ip, len] = a.split('/');
      addr = ipv4ToNumber(ip!);
      const n = Number(len);
      if (Number.isInteger(n) && n >= 0 && n <= 32) care = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
      j = o + 2;
    } else {
      addr = ipv4ToNumber(a);
      const m = ipv4ToNumber(child.words[o + 2]?.text ?? '');
      // A wildcard starts with 0 bits, a mask with 1 bits (`0.0.0.0` is a host wildcard).
      if (m !== undefined) care = m >= 0x80000000 ? m : ~m >>> 0;
      j = o + 3;
    }
    if (addr === undefined || care === undefined || kw(child, j) !== 'area' || !child.words[j + 1]) continue;
    g.networks.push({ addr: (addr & care) >>> 0, care, area: normArea(child.words[j + 1]!.text), line: ctx.at(child.text, child) });
  }
}

/** The interface's OSPF, once the whole file is read. */
export function finalizeOspf(g: OspfGlobals, name: string, st: OspfIfState, primary: Located<IpAddress> | undefined): Interface['ospf'] {
  const passive = st.passive?.value ?? g.passive.get(name) ?? g.passiveDefault;
  if (passive) return undefined;
  let area = st.area;
  if (!area && primary && primary.value.family === 4) {
    const ip = ipv4ToNumber(primary.value.address);
    const net = ip === undefined ? undefined : g.networks.find((n) => (ip & n.care) >>> 0 === n.addr);
    if (net) area = { value: net.area, loc: net.line.loc };
  }
  if (!area) return undefined;
  return { value: { area: area.value, mtuIgnore: st.mtuIgnore?.value ?? false }, loc: area.loc };
}
