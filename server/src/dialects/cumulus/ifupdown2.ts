/**
 * ifupdown2 `/etc/network/interfaces`: `auto swp1` / `iface swp1` with indented `mtu`, `address`, `bond-slaves`,
 * `bridge-ports`, `bridge-vids`, `bridge-access`, `link-speed`, `link-fec`, `alias`, `link-down`, `vrf`; and the
 * end of the ifupdown2 part in Batfish's concatenated files.
 */
import { defaulted, explicit, located, type Loc, type Located } from '../../model/location';
import type { CliDocument, CliLine, CliWord } from '../../parsing/cli-tree';
import { readClag } from './clag';
import { lineLocOf, locOf, type Ctx } from './context';
import { l2Facts, readIfupdownL2 } from './l2';
import { addAddress, newIface, setMtu, setSpeed, setSwitched } from './interfaces';
import { LOOPBACK_MTU } from './mtu-defaults';
import { expandCumulusNames, parseNumber } from './values';

/** The line index where the ifupdown2 part of a concatenated Batfish file ends (ports.conf / FRR follow). */
export function cutoffLine(doc: CliDocument): number {
  let cut = Infinity;
  for (const c of doc.comments) {
    if (/^#+\s*(ports\.conf --|end \/etc\/network\/interfaces|start of frr\.conf)/i.test(c.text)) cut = Math.min(cut, c.range.start.line);
  }
  for (const l of doc.lines) {
    if (l.range.start.line >= cut) break;
    // `frr version 7.5`, `frr defaults datacenter`, or a bare `frr version`.
    if (l.words[0]?.text === 'frr' && (l.words.length === 1 || /^(version|defaults)$/.test(l.words[1]!.text))) cut = Math.min(cut, l.range.start.line);
  }
  return cut;
}

const IFUPDOWN_TOP = new Set(['auto', 'iface', 'interface', 'allow-hotplug', 'source', 'source-directory', 'allow-auto', 'mapping']);

/** Batfish's concatenated file starts with the hostname alone on the first line. */
export function concatenatedHostname(uri: string, lines: CliLine[]): Located<string> | undefined {
  const first = lines[0];
  if (
    first &&
    first.words.length === 1 &&
    first.indent === 0 &&
    first.children.length === 0 &&
    !IFUPDOWN_TOP.has(first.words[0]!.text) &&
    lines.some((l) => /^(iface|auto)$/.test(l.words[0]?.text ?? ''))
  ) {
    return located(first.words[0]!.text, locOf(uri, first.words[0]!));
  }
  return undefined;
}

export function readStanza(ctx: Ctx, l: CliLine, lloc: Loc): void {
  const nameWord = l.words[1]!;
  const name = nameWord.text;
  const end = lastDescendant(l).range.end;
  const childIndent = l.children[0]?.indentText ?? '';
  let iface = ctx.interfaces.get(name);
  if (!iface) iface = newIface(ctx, name, lloc, end, childIndent, 'ifupdown2', name);
  else {
    iface.headers.push(lloc);
    iface.block = { header: lloc, end, childIndent: childIndent || iface.block.childIndent };
  }
  const f = ctx.facts.get(name);
  if (f) f.stanza = true;
  const method = l.words
    .slice(2)
    .map((x) => x.text)
    .join(' ');
  if (/\bloopback\b/.test(method)) iface.kind = 'loopback';
  const children = collectChildren(l);
  // Kind from the stanza's keys (a bond or bridge can have any name).
  if (children.some((c) => /^bond-(slaves|ports)$/.test(c.words[0]!.text))) iface.kind = 'port-channel';
  else if (children.some((c) => c.words[0]!.text === 'bridge-ports')) iface.kind = 'other';
  else if (children.some((c) => c.words[0]!.text === 'vxlan-id')) iface.kind = 'vxlan';
  else if (children.some((c) => c.words[0]!.text === 'vrf-table')) iface.kind = 'other';
  else if (children.some((c) => c.words[0]!.text === 'vlan-raw-device') && iface.kind !== 'subinterface') iface.kind = 'svi';
  if (iface.kind === 'loopback' && iface.mtu.defaulted) iface.mtu = defaulted(LOOPBACK_MTU, iface.mtu.loc);
  for (const c of children) {
    const w = c.words.map((x) => x.text);
    const cloc = lineLocOf(ctx.uri, c);
    iface.lines!.push(located(c.text, cloc));
    switch (w[0]) {
      case 'mtu':
        setMtu(ctx, iface, c.words[1], cloc, true);
        break;
      case 'address':
        addAddress(ctx, iface, c.words[1], cloc, `${name} address`);
        break;
      case 'ip':
      case 'ipv6':
        if (w[1] === 'address') addAddress(ctx, iface, c.words[2], cloc, `${name} ip address`);
        break;
      case 'clagd-peer-ip':
      case 'clagd-sys-mac':
        readClag(ctx, iface, w[0].slice('clagd-'.length), w[1], cloc);
        break;
      case 'alias':
        if (w.length > 1) iface.description = located(c.text.replace(/^alias\s+/, '').replace(/^"(.*)"$/, '$1'), cloc);
        break;
      case 'link-speed':
        if (w[1]) setSpeed(iface, w[1], cloc);
        break;
      case 'link-fec':
        if (w[1]) iface.fec = located(w[1], cloc);
        break;
      case 'link-down':
        iface.adminUp = explicit(!/^(yes|on|true)$/i.test(w[1] ?? ''), cloc);
        break;
      case 'vrf':
        if (w[1]) iface.vrf = located(w[1], cloc);
        break;
      case 'bridge-access': {
        setSwitched(iface, cloc);
        const n = parseNumber(w[1]);
        if (n !== undefined) iface.accessVlan = located(n, cloc);
        break;
      }
      case 'bridge-vids':
      case 'bridge-pvid':
        if (iface.kind !== 'other') setSwitched(iface, cloc);
        readIfupdownL2(ctx, iface, w[0], w.slice(1), cloc);
        break;
      case 'bond-slaves':
      case 'bond-ports':
        for (const m of memberNames(ctx.uri, c.words.slice(1))) {
          const port = ctx.interfaces.get(m.name) ?? newIface(ctx, m.name, cloc, c.range.end, '', 'ifupdown2', m.name);
          port.channelGroup = located(name, m.loc);
        }
        break;
      case 'bond-master':
        // The member names its bond (the bond stanza then says `bond-slaves none`) [ifupdown2 bond module].
        if (w[1] && w[1] !== 'none') iface.channelGroup = located(w[1], cloc);
        break;
      case 'bridge-ports':
        l2Facts(ctx, name).ports = memberNames(ctx.uri, c.words.slice(1)).map((m) => located(m.name, m.loc));
        for (const m of memberNames(ctx.uri, c.words.slice(1))) {
          const port = ctx.interfaces.get(m.name) ?? newIface(ctx, m.name, cloc, c.range.end, '', 'ifupdown2', m.name);
          const target = port.channelGroup ? ctx.interfaces.get(port.channelGroup.value) : undefined;
          setSwitched(port, m.loc);
          if (target) setSwitched(target, m.loc);
        }
        break;
      case 'vlan-id': {
        const n = Number(w[1]);
        if (iface.kind === 'svi' && Number.isInteger(n) && n >= 1 && n <= 4094) iface.sviVlan = located(n, cloc);
        break;
      }
      default:
        if (w[0]) readIfupdownL2(ctx, iface, w[0], w.slice(1), cloc);
    }
  }
}

export function lastDescendant(l: CliLine): CliLine {
  let x = l;
  while (x.children.length > 0) x = x.children[x.children.length - 1]!;
  return x;
}

/** Child lines of a stanza, including deeper-indented ones (ifupdown2 does not nest). */
function collectChildren(l: CliLine): CliLine[] {
  const out: CliLine[] = [];
  const walk = (ls: CliLine[]): void => {
    for (const c of ls) {
      if (c.words.length > 0) out.push(c);
      walk(c.children);
    }
  };
  walk(l.children);
  return out;
}

/**
 * `swp1 swp2`, `glob swp1-4`, `swp1-2,swp5` → names with the word they came from. `none` (`bond-slaves none`, a bond
 * whose members name it with `bond-master`; `bridge-ports none`) names no interface.
 */
function memberNames(uri: string, words: CliWord[]): { name: string; loc: Loc }[] {
  const out: { name: string; loc: Loc }[] = [];
  for (const w of words) {
    if (w.text === 'glob' || w.text === 'regex' || w.text === 'none') continue;
    for (const n of expandCumulusNames(w.text)) out.push({ name: n, loc: locOf(uri, w) });
  }
  return out;
}
