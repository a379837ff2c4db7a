/**
 * NVIDIA Cumulus Linux → Device ('nvue' in the model). Reads the three on-disk forms, all parsed with the
 * netcli grammar (one command per line; ifupdown2 stanza bodies are indented sections):
 * - ifupdown2 `/etc/network/interfaces`: `auto swp1` / `iface swp1` with indented `mtu`, `address`,
 *   `bond-slaves`, `bridge-ports`, `bridge-vids`, `bridge-access`, `link-speed`, `link-fec`, `alias`, `link-down`, `vrf`;
 * - NCLU: `net add interface swp1 mtu 9216`, `net add bond bond0 bond slaves swp1-2`, `net add bridge bridge ports …`,
 *   `net add loopback lo ip address …`, `net add vlan 10 ip address …`, `net add hostname …`;
 * - NVUE CLI: `nv set interface swp1 link mtu 9216`, `… ip address …`, `… bond member …`, `… bridge domain …`,
 *   `nv set system hostname …`, and the QoS tree (`nv set qos roce`, `qos pfc`, `qos mapping`,
 *   `qos egress-queue-mapping`, `qos egress-scheduler`, `qos congestion-control`, `qos pfc-watchdog`).
 * Batfish's concatenated files (hostname line, interfaces, `# ports.conf --`, ports.conf, frr.conf) are read up
 * to the ports.conf marker (or the first `frr version` line); the FRR part is not read.
 *
 * Semantics (notes/fabric-domain.md §0, §1.5, §2):
 * - MTU is the Linux netdev MTU (header-less, like the EOS L3 MTU). Without an `mtu` line swp, bond, bridge,
 *   VLAN and VXLAN interfaces get the ifupdown2 default of the release, marked defaulted at the iface line (or
 *   the first line naming the interface); eth* 1500 (Linux default; eth0 is the management port); lo 65536.
 *   The ifupdown2 default was 1500 up to Cumulus Linux 4.0 and is 9216 from 4.1 [CL-SPA: CumulusNetworks/docs
 *   content/cumulus-linux-40/…/Switch-Port-Attributes.md "ifupdown2 assigns 1500 as the default MTU setting",
 *   content/cumulus-linux-41/… "assigns 9216"]. The release is read from the file (see `releaseDefaultMtu`);
 *   when it names none, the default is unknown (`Interface.mtuUnknown`) rather than guessed.
 * - Admin state: ifupdown2 brings up `auto` interfaces only (`link-down yes` keeps one down); NCLU and NVUE
 *   interfaces are up unless `link down` / `link state down`.
 * - Switch priority (SP) is the model's class, traffic class (TC) its queue. PFC applies to switch priorities:
 *   the `default-global` PFC profile to every swp port without a profile of its own, a named profile to the
 *   interfaces bound with `nv set interface … qos pfc profile <name>`.
 * - Without `nv set qos roce` the Cumulus default maps apply: DSCP → SP by eights, PCP n → SP n, SP n → TC n.
 * - `nv set qos roce` (= `mode lossless`) installs [CL-ROCE]: DSCP → SP by eights (26 → 3, 48 → 6), SP3 → TC3,
 *   SP6 → TC6, others → TC0, PFC on SP3 (lossless modes only), TC6 strict, ECN on TC3 (min 150 000 B,
 *   max 1 500 000 B, probability 100). Explicit lines override these defaults.
 * - Watchdog: on when an interface has `qos pfc-watchdog`; poll 100 ms unless `qos pfc-watchdog polling-interval`.
 * Never throws on content: malformed values become ParseNotes.
 */
import type { CumulusFacts, CumulusForm, CumulusIfaceFacts } from '../../model/cumulus';
import { parseIntList } from '../../model/dscp';
import { parseIpAddress } from '../../model/ip';
import { defaulted, explicit, located, type Loc, type Located, type Position, type Setting } from '../../model/location';
import type { Device, DeviceQos, Interface, InterfaceKind, ParseNote, PeerGroup, PfcWatchdog, QueueConfig, QueueEcn } from '../../model/types';
import type { CliDocument, CliLine, CliWord } from '../../parsing/cli-tree';

/** MTU of swp, bond, bridge and VLAN interfaces without an `mtu` line (ifupdown2 policy default) from 4.1 [CL-SPA]. */
export const CUMULUS_DEFAULT_MTU = 9216;
/** The same default up to Cumulus Linux 4.0 [CL-SPA, cumulus-linux-37 and -40 pages]. */
export const CUMULUS_OLD_DEFAULT_MTU = 1500;

/**
 * The ifupdown2 default MTU of the release the file was written for, or why it cannot be told:
 * - NVUE `nv set` lines: NVUE ships from Cumulus Linux 4.4 (4.3 had its predecessor CUE) [CumulusNetworks/docs
 *   content/cumulus-linux-44/System-Configuration/NVIDIA-User-Experience-NVUE.md], so 9216;
 * - `frr version 4.0+cl3u8`: Cumulus builds of FRR carry the release's major version (`+cl3…` on 3.x, so 1500;
 *   `+cl5…` and later, 9216); `+cl4…` is 4.0 (1500) or 4.1 and later (9216), which the string does not tell;
 * - NCLU (`net add`) and ifupdown2 exist on 3.x and 4.x alike: no marker.
 */
export function releaseDefaultMtu(doc: CliDocument, nvue: boolean): { value: number; why: string } | { unknown: string } {
  if (nvue) return { value: CUMULUS_DEFAULT_MTU, why: 'NVUE lines: Cumulus Linux 4.4 or later' };
  for (const l of doc.lines) {
    if (l.words[0]?.text !== 'frr' || l.words[1]?.text !== 'version') continue;
    const v = l.words[2]?.text ?? '';
    const m = /\+cl(\d+)/.exec(v);
    const major = m ? Number(m[1]) : undefined;
    if (major !== undefined && major <= 3) return { value: CUMULUS_OLD_DEFAULT_MTU, why: `frr version ${v}: Cumulus Linux ${major}.x` };
    if (major !== undefined && major >= 5) return { value: CUMULUS_DEFAULT_MTU, why: `frr version ${v}: Cumulus Linux ${major}.x` };
    if (major === 4) return { unknown: `frr version ${v} is Cumulus Linux 4.x: 1500 on 4.0, 9216 from 4.1` };
  }
  return { unknown: 'no release in the file: 1500 up to Cumulus Linux 4.0, 9216 from 4.1' };
}
/** eth* (management, or the ports of a plain Linux host) keep the Linux default. */
export const LINUX_DEFAULT_MTU = 1500;
export const LOOPBACK_MTU = 65536;
/** `nv set qos roce` defaults [CL-ROCE]; thresholds in bytes. */
export const CUMULUS_ROCE = { losslessSp: 3, cnpSp: 6, roceDscp: 26, cnpDscp: 48, ecnMin: 150000, ecnMax: 1500000, probability: 100 } as const;
/** PFC watchdog defaults [CL-QOS]: poll 100 ms, robustness 3. */
export const CUMULUS_WATCHDOG = { poll: 0.1, robustness: 3 } as const;

interface Ctx {
  uri: string;
  notes: ParseNote[];
  interfaces: Map<string, Interface>;
  facts: Map<string, CumulusIfaceFacts>;
  hasSwp: boolean;
  /** CLAG (MLAG): ifupdown2 `clagd-peer-ip` / `clagd-sys-mac`, NCLU `clag peer-ip` / `sys-mac`, NVUE `mlag peer-ip` / `mac-address`. */
  peerGroup?: PeerGroup;
}

/**
 * One CLAG setting of interface `iface` (the peerlink subinterface that carries it; undefined for NVUE's device-wide
 * `mlag`). The peer-link is the subinterface's parent bond, else the bond named `peerlink`.
 */
function readClag(ctx: Ctx, iface: Interface | undefined, key: string, value: string | undefined, lloc: Loc): void {
  if (!value) return;
  const pg = (ctx.peerGroup ??= { kind: 'clag' });
  // `net add loopback lo clag vxlan-anycast-ip …` is the pair's shared VTEP address, not its peering interface.
  if (iface && iface.kind !== 'loopback' && key !== 'vxlan-anycast-ip') {
    pg.localInterface = located(iface.name, lloc);
    pg.peerLink = located(iface.parent ?? iface.name, lloc);
  } else if (!pg.peerLink) pg.peerLink = located('peerlink', lloc);
  if (key === 'peer-ip') pg.peerAddress = located(value, lloc);
  else if (key === 'sys-mac' || key === 'mac-address') pg.domain = located(value.toLowerCase(), lloc);
}

const ZERO: Position = { line: 0, character: 0 };

function locOf(uri: string, w: { range: CliWord['range'] }): Loc {
  return { uri, range: w.range };
}

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

function kindOf(name: string, hasSwp: boolean): InterfaceKind {
  if (name === 'lo') return 'loopback';
  if (/^swp\d+(s\d+)?$/.test(name)) return 'physical';
  if (name.includes('.')) return 'subinterface';
  if (/^(bond|peerlink$)/.test(name)) return 'port-channel';
  if (/^vlan\d+$/i.test(name)) return 'svi';
  if (/^(vni|vxlan)/.test(name)) return 'vxlan';
  if (/^eth\d+$/.test(name)) return hasSwp ? 'management' : 'physical';
  if (name === 'mgmt') return 'management';
  return 'other';
}

function defaultMtu(name: string, kind: InterfaceKind): number {
  if (kind === 'loopback') return LOOPBACK_MTU;
  if (/^eth\d+$/.test(name) || kind === 'management') return LINUX_DEFAULT_MTU;
  return CUMULUS_DEFAULT_MTU;
}

function newIface(ctx: Ctx, name: string, header: Loc, end: Position, childIndent: string, form: CumulusForm, object: string): Interface {
  const existing = ctx.interfaces.get(name);
  if (existing) return existing;
  const kind = kindOf(name, ctx.hasSwp);
  const iface: Interface = {
    name,
    writtenAs: [name],
    kind,
    block: { header, end, childIndent },
    headers: [header],
    adminUp: defaulted(form !== 'ifupdown2', header),
    mtu: defaulted(defaultMtu(name, kind), header),
    mode: defaulted<'routed' | 'switched'>('routed', header),
    ipv4: [],
    ipv6: [],
    pfc: { mode: defaulted('off', header), noDropPriorities: [] },
    servicePolicies: [],
    queues: [],
    lines: [],
  };
  const dot = name.indexOf('.');
  if (dot > 0) iface.parent = name.slice(0, dot);
  ctx.interfaces.set(name, iface);
  ctx.facts.set(name, { form, object });
  return iface;
}

function addAddress(ctx: Ctx, iface: Interface, w: CliWord | undefined, lineLoc: Loc, what: string): void {
  if (!w) return;
  const ip = parseIpAddress(w.text);
  if (typeof ip === 'string') {
    ctx.notes.push({ severity: 'warning', code: 'invalid-address', message: `${what}: ${ip}`, loc: locOf(ctx.uri, w) });
    return;
  }
  if (ip.family === 4 && iface.ipv4.some((a) => a.value.address === ip.address)) return;
  (ip.family === 4 ? iface.ipv4 : iface.ipv6).push(located(ip, lineLoc));
  if (iface.mode.defaulted) iface.mode = explicit('routed', lineLoc);
}

function setMtu(ctx: Ctx, iface: Interface, w: CliWord | undefined, lineLoc: Loc, own: boolean): void {
  if (!w) return;
  const n = /^\d+$/.test(w.text) ? Number(w.text) : NaN;
  if (!Number.isInteger(n) || n < 68 || n > 65536) {
    ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `${iface.name}: mtu "${w.text}" is not a number in 68..65536`, loc: locOf(ctx.uri, w) });
    return;
  }
  iface.mtu = explicit(n, lineLoc);
  const f = ctx.facts.get(iface.name);
  if (f) f.mtuLineOwn = own;
}

function setSwitched(iface: Interface, lineLoc: Loc): void {
  iface.mode = explicit('switched', lineLoc);
}

function parseNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/** `150000`, `150KB`, `1.5MB` → bytes. */
function parseBytes(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)[bB]?$/.exec(text);
  if (!m) return undefined;
  const mult = { '': 1, k: 1000, m: 1000000, g: 1000000000 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.round(Number(m[1]) * mult);
}

function numberList(text: string | undefined, max: number): number[] | undefined {
  return text === undefined ? undefined : parseIntList(text, max);
}

function lineLocOf(uri: string, l: CliLine): Loc {
  return { uri, range: l.range };
}

/** The line index where the ifupdown2 part of a concatenated Batfish file ends (ports.conf / FRR follow). */
function cutoffLine(doc: CliDocument): number {
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

function stemOf(uri: string): string {
  const parts = uri.replace(/[?#].*$/, '').split(/[\\/]/).filter(Boolean);
  const file = decodeURIComponent(parts[parts.length - 1] ?? '');
  const base = file.replace(/\.(conf|cfg|txt|intf|nclu|nvue|commands|sh)$/i, '');
  // `/etc/network/interfaces` and `startup` files are named after their folder (sw1/interfaces).
  if (/^(interfaces|startup|config|commands)$/i.test(base) && parts.length >= 2) {
    const folder = decodeURIComponent(parts[parts.length - 2]!);
    if (!/^(network|etc|nvue\.d|configs?)$/i.test(folder)) return folder;
  }
  return base || 'cumulus';
}

// ---------------------------------------------------------------------------------------------

interface QosState {
  roce?: { mode: string; loc: Loc };
  /** PFC profile name → switch priorities and the line that set them. */
  pfcProfiles: Map<string, Located<number[]>>;
  /** Interface → bound PFC profile. */
  pfcBinding: Map<string, Located<string>>;
  dscp: (Setting<number> | undefined)[];
  pcp: (Setting<number> | undefined)[];
  spToTc: (Setting<number> | undefined)[];
  trust?: Located<'dscp' | 'cos' | 'none' | 'both'>;
  queues: Map<number, QueueConfig>;
  ecnRaw: Map<number, { enable?: Located<boolean>; min?: Located<number>; max?: Located<number>; prob?: Located<number> }>;
  watchdogIfaces: Located<string>[];
  wdPoll?: Located<number>;
}

export function extractCumulusDevice(doc: CliDocument): Device {
  const uri = doc.uri;
  const notes: ParseNote[] = [];
  const interfaces = new Map<string, Interface>();
  const facts = new Map<string, CumulusIfaceFacts>();
  const cut = cutoffLine(doc);
  const lines = doc.lines.filter((l) => l.range.start.line < cut);
  const hasSwp = lines.some((l) => /\bswp\d/.test(l.text));
  const ctx: Ctx = { uri, notes, interfaces, facts, hasSwp };
  const forms = new Set<CumulusForm>();
  let hostname: string | undefined;
  let hostnameLoc: Loc | undefined;
  let stanzaIndent = '';
  let ifupdownLastEnd: Position | undefined;
  const qs: QosState = { pfcProfiles: new Map(), pfcBinding: new Map(), dscp: [], pcp: [], spToTc: [], queues: new Map(), ecnRaw: new Map(), watchdogIfaces: [] };
  const autos: { name: string; loc: Loc }[] = [];

  // Concatenated Batfish file: the first line is the hostname alone.
  const first = lines[0];
  if (first && first.words.length === 1 && first.indent === 0 && first.children.length === 0 && !IFUPDOWN_TOP.has(first.words[0]!.text) && lines.some((l) => /^(iface|auto)$/.test(l.words[0]?.text ?? ''))) {
    hostname = first.words[0]!.text;
    hostnameLoc = locOf(uri, first.words[0]!);
  }

  for (const l of lines) {
    const w = l.words.map((x) => x.text);
    const lloc = lineLocOf(uri, l);
    if (w[0] === 'auto' || w[0] === 'allow-hotplug' || w[0] === 'allow-auto') {
      forms.add('ifupdown2');
      for (const x of l.words.slice(1)) autos.push({ name: x.text, loc: locOf(uri, x) });
    } else if ((w[0] === 'iface' || w[0] === 'interface') && w[1]) {
      forms.add('ifupdown2');
      readStanza(ctx, l, lloc);
      ifupdownLastEnd = l.children.length > 0 ? lastDescendant(l).range.end : l.range.end;
      if (!stanzaIndent && l.children[0]) stanzaIndent = l.children[0].indentText;
    } else if (w[0] === 'net' && (w[1] === 'add' || w[1] === 'del')) {
      forms.add('nclu');
      if (w[1] === 'add') {
        const h = readNclu(ctx, l, lloc);
        if (h) [hostname, hostnameLoc] = [h.value, h.loc];
      }
    } else if (w[0] === 'nv' && w[1] === 'set') {
      forms.add('nvue');
      const h = readNvue(ctx, l, lloc, qs);
      if (h) [hostname, hostnameLoc] = [h.value, h.loc];
    }
  }
  for (const a of autos) {
    const iface = interfaces.get(a.name);
    if (iface && iface.adminUp.defaulted) iface.adminUp = explicit(true, a.loc);
  }

  if (!hostname) {
    hostname = stemOf(uri);
    notes.push({ severity: 'info', code: 'hostname-missing', message: `no hostname in the file; using the name "${hostname}"`, loc: { uri, range: { start: ZERO, end: ZERO } } });
  }

  // The release's default MTU for the interfaces left at the ifupdown2 default.
  const release = releaseDefaultMtu(doc, forms.has('nvue'));
  for (const iface of interfaces.values()) {
    if (!iface.mtu.defaulted || iface.mtu.value !== CUMULUS_DEFAULT_MTU) continue;
    if ('unknown' in release) iface.mtuUnknown = release.unknown;
    else iface.mtu = defaulted(release.value, iface.mtu.loc);
  }
  // A VLAN subinterface without an mtu line inherits its parent's (swp1.100 from swp1) [CL-SPA]: the parent's line
  // when it writes one, else the parent's default (known or not), still pointing at the subinterface.
  for (const iface of interfaces.values()) {
    const parent = iface.parent ? interfaces.get(iface.parent) : undefined;
    if (!parent || !iface.mtu.defaulted || parent === iface) continue;
    iface.mtu = parent.mtu.defaulted ? defaulted(parent.mtu.value, iface.mtu.loc) : parent.mtu;
    if (parent.mtu.defaulted && parent.mtuUnknown) iface.mtuUnknown = parent.mtuUnknown;
    else delete iface.mtuUnknown;
  }

  const qos = buildQos(ctx, qs);
  const cumulus: CumulusFacts = { forms: [...forms], interfaces: facts, stanzaIndent: stanzaIndent || '    ' };
  if (ifupdownLastEnd) cumulus.ifupdownLastEnd = ifupdownLastEnd;
  if (cut !== Infinity) cumulus.ifupdownEnd = { uri, range: { start: { line: cut, character: 0 }, end: { line: cut, character: 0 } } };
  const device: Device = {
    hostname,
    dialect: 'nvue',
    uri,
    interfaces,
    qos,
    symbols: { defs: [], refs: [] },
    topLevelEnd: doc.end,
    notes,
    cumulus,
  };
  if (hostnameLoc) device.hostnameLoc = hostnameLoc;
  if (ctx.peerGroup) device.peerGroup = ctx.peerGroup;
  return device;
}

// ---------------------------------------------------------------------------------------------
// ifupdown2

function readStanza(ctx: Ctx, l: CliLine, lloc: Loc): void {
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
  const method = l.words.slice(2).map((x) => x.text).join(' ');
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
        if (w[1]) iface.speed = located(w[1], cloc);
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
        for (const m of memberNames(ctx.uri, c.words.slice(1))) {
          const port = ctx.interfaces.get(m.name) ?? newIface(ctx, m.name, cloc, c.range.end, '', 'ifupdown2', m.name);
          const target = port.channelGroup ? ctx.interfaces.get(port.channelGroup.value) : undefined;
          setSwitched(port, m.loc);
          if (target) setSwitched(target, m.loc);
        }
        break;
    }
  }
}

function lastDescendant(l: CliLine): CliLine {
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

// ---------------------------------------------------------------------------------------------
// NCLU

/** Tracks the last line that names an interface, so fixes insert after it. */
function touch(ctx: Ctx, iface: Interface, l: CliLine, lloc: Loc): void {
  const f = ctx.facts.get(iface.name);
  if (f) f.lastLineEnd = l.range.end;
  iface.block = { ...iface.block, end: l.range.end };
  iface.lines!.push(located(l.text, lloc));
}

function readNclu(ctx: Ctx, l: CliLine, lloc: Loc): Located<string> | undefined {
  const w = l.words.map((x) => x.text);
  const obj = w[2];
  if (obj === 'hostname' && l.words[3]) return located(w[3]!, locOf(ctx.uri, l.words[3]));
  // `net add bgp [vrf X] neighbor swp1 interface …`: NCLU writes an iface stanza for an unnumbered BGP port.
  if (obj === 'bgp') {
    const k = w.indexOf('neighbor');
    const name = k > 0 ? w[k + 1] : undefined;
    if (name && w[k + 2] === 'interface' && /^(swp|peerlink|bond|vlan|eth)/.test(name)) {
      const iface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nclu', `interface ${name}`);
      touch(ctx, iface, l, lloc);
      if (iface.adminUp.defaulted && iface.adminUp.value) iface.adminUp = explicit(true, iface.block.header);
    }
    return undefined;
  }
  let names: string[] = [];
  const rest = 4;
  let objectWords: (n: string) => string;
  switch (obj) {
    case 'interface':
    case 'bond':
    case 'loopback':
    case 'vxlan':
    case 'bridge':
      if (!w[3]) return undefined;
      names = expandCumulusNames(w[3]);
      objectWords = (n) => `${obj} ${n}`;
      break;
    case 'vlan':
      if (!w[3]) return undefined;
      names = expandCumulusNames(w[3]).map((n) => (/^\d+$/.test(n) ? `vlan${n}` : n));
      objectWords = (n) => `vlan ${n.replace(/^vlan/, '')}`;
      break;
    default:
      return undefined;
  }
  const sub = w.slice(rest);
  const own = names.length === 1;
  for (const name of names) {
    if (obj === 'bridge') {
      // `net add bridge bridge ports a,b,c`: the members are switched; the bridge itself is not a data port.
      if (sub[0] === 'ports' && sub[1]) {
        for (const m of expandCumulusNames(sub[1])) {
          const port = ctx.interfaces.get(m) ?? newIface(ctx, m, lloc, l.range.end, '', 'nclu', `interface ${m}`);
          setSwitched(port, lloc);
          const lag = port.channelGroup ? ctx.interfaces.get(port.channelGroup.value) : undefined;
          if (lag) setSwitched(lag, lloc);
        }
      }
      continue;
    }
    const iface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nclu', objectWords(name));
    if (obj === 'bond') iface.kind = 'port-channel';
    if (obj === 'vxlan') iface.kind = 'vxlan';
    if (obj === 'vlan') iface.kind = 'svi';
    if (obj === 'loopback') {
      iface.kind = 'loopback';
      if (iface.mtu.defaulted) iface.mtu = defaulted(LOOPBACK_MTU, iface.mtu.loc);
    }
    touch(ctx, iface, l, lloc);
    if (iface.adminUp.defaulted && iface.adminUp.value) iface.adminUp = explicit(true, iface.block.header);
    readCommonTail(ctx, iface, l, sub, rest, lloc, own, 'nclu');
  }
  return undefined;
}

/** Interface attributes NCLU and NVUE spell alike or nearly: `mtu`, `ip address`, `alias`/`description`, `link …`, `bridge …`. */
function readCommonTail(ctx: Ctx, iface: Interface, l: CliLine, sub: string[], rest: number, lloc: Loc, own: boolean, form: 'nclu' | 'nvue'): void {
  const word = (i: number): CliWord | undefined => l.words[rest + i];
  switch (sub[0]) {
    case 'mtu':
      if (form === 'nclu') setMtu(ctx, iface, word(1), lloc, own);
      break;
    case 'ip':
    case 'ipv6':
      if (sub[1] === 'address') addAddress(ctx, iface, word(2), lloc, `${iface.name} ip address`);
      else if (sub[1] === 'vrf' && sub[2]) iface.vrf = located(sub[2], lloc);
      break;
    case 'clag':
      if (sub[1]) readClag(ctx, iface, sub[1], sub[2], lloc);
      break;
    case 'alias':
    case 'description':
      if (sub.length > 1) iface.description = located(l.text.slice(word(1)!.range.start.character - l.range.start.character).replace(/^"(.*)"$/, '$1'), lloc);
      break;
    case 'vrf':
      if (sub[1]) iface.vrf = located(sub[1], lloc);
      break;
    case 'link':
      if (sub[1] === 'mtu' && form === 'nvue') setMtu(ctx, iface, word(2), lloc, own);
      else if (sub[1] === 'speed' && sub[2]) iface.speed = located(sub[2], lloc);
      else if (sub[1] === 'fec' && sub[2]) iface.fec = located(sub[2], lloc);
      else if (sub[1] === 'down') iface.adminUp = explicit(false, lloc);
      else if (sub[1] === 'state' && sub[2]) iface.adminUp = explicit(sub[2] !== 'down', lloc);
      break;
    case 'bridge':
      // NCLU `bridge access 10` / `bridge vids …`; NVUE `bridge domain br_default [access 10]`.
      if (sub[1] === 'access' || sub[1] === 'vids' || sub[1] === 'pvid' || sub[1] === 'domain') {
        setSwitched(iface, lloc);
        const n = sub[1] === 'access' ? parseNumber(sub[2]) : sub[3] === 'access' ? parseNumber(sub[4]) : undefined;
        if (n !== undefined) iface.accessVlan = located(n, lloc);
      }
      break;
    case 'bond':
      // NCLU `bond slaves swp1-2`; NVUE `bond member swp1-2`.
      if ((sub[1] === 'slaves' || sub[1] === 'member') && sub[2]) {
        iface.kind = 'port-channel';
        for (const m of expandCumulusNames(sub[2])) {
          const port = ctx.interfaces.get(m) ?? newIface(ctx, m, lloc, l.range.end, '', form, `interface ${m}`);
          port.channelGroup = located(iface.name, lloc);
          if (form === 'nvue') touch(ctx, port, l, lloc);
        }
      }
      break;
  }
}

// ---------------------------------------------------------------------------------------------
// NVUE

function readNvue(ctx: Ctx, l: CliLine, lloc: Loc, qs: QosState): Located<string> | undefined {
  const w = l.words.map((x) => x.text);
  if (w[2] === 'system' && w[3] === 'hostname' && l.words[4]) return located(w[4]!, locOf(ctx.uri, l.words[4]));
  if (w[2] === 'interface' && w[3]) {
    const names = expandCumulusNames(w[3]);
    const sub = w.slice(4);
    for (const name of names) {
      const iface = ctx.interfaces.get(name) ?? newIface(ctx, name, lloc, l.range.end, '', 'nvue', `interface ${name}`);
      touch(ctx, iface, l, lloc);
      if (iface.adminUp.defaulted && iface.adminUp.value) iface.adminUp = explicit(true, iface.block.header);
      if (sub[0] === 'type' && sub[1]) {
        const k: Record<string, InterfaceKind> = { swp: 'physical', bond: 'port-channel', svi: 'svi', loopback: 'loopback', eth: 'management', sub: 'subinterface' };
        if (k[sub[1]]) iface.kind = k[sub[1]]!;
      }
      if (sub[0] === 'qos' && sub[1] === 'pfc' && sub[2] === 'profile' && sub[3]) qs.pfcBinding.set(name, located(sub[3], lloc));
      if (sub[0] === 'qos' && sub[1] === 'pfc-watchdog' && sub[2] !== 'disable') qs.watchdogIfaces.push(located(name, lloc));
      readCommonTail(ctx, iface, l, sub, 4, lloc, names.length === 1, 'nvue');
    }
    return undefined;
  }
  if (w[2] === 'qos') readNvueQos(ctx, l, w.slice(3), lloc, qs);
  if (w[2] === 'mlag' && w[3]) readClag(ctx, undefined, w[3], w[4], lloc);
  return undefined;
}

function readNvueQos(ctx: Ctx, l: CliLine, q: string[], lloc: Loc, qs: QosState): void {
  const bad = (what: string): void => {
    ctx.notes.push({ severity: 'warning', code: 'invalid-value', message: `${what} in "${l.text}"`, loc: lloc });
  };
  switch (q[0]) {
    case 'roce':
      // `nv set qos roce` ≡ `nv set qos roce mode lossless`.
      if (q[1] === undefined) qs.roce = { mode: 'lossless', loc: lloc };
      else if (q[1] === 'mode' && q[2]) qs.roce = { mode: q[2], loc: lloc };
      else if (q[1] === 'enable' || q[1] === 'state') qs.roce ??= { mode: 'lossless', loc: lloc };
      break;
    case 'pfc': {
      const profile = q[1];
      if (!profile) return;
      if (q[2] === 'switch-priority') {
        const list = numberList(q[3], 7);
        if (!list) return bad('switch priorities should be 0-7 (e.g. 3 or 3,5)');
        qs.pfcProfiles.set(profile, located(list, lloc));
      }
      break;
    }
    case 'pfc-watchdog':
      if (q[1] === 'polling-interval') {
        const ms = parseNumber(q[2]);
        if (ms === undefined) return bad('polling-interval should be milliseconds');
        qs.wdPoll = located(ms / 1000, lloc);
      }
      break;
    case 'mapping':
      // `mapping <profile> trust l3`, `mapping <profile> dscp 26 switch-priority 3`, `… pcp 3 switch-priority 3`.
      if (q[2] === 'trust' && q[3]) {
        const t = ({ l3: 'dscp', l2: 'cos', port: 'none', both: 'both' } as const)[q[3] as 'l3' | 'l2' | 'port' | 'both'];
        if (t) qs.trust = located(t, lloc);
        else bad('trust should be l2, l3, port or both');
      } else if ((q[2] === 'dscp' || q[2] === 'pcp') && q[4] === 'switch-priority') {
        const keys = numberList(q[3], q[2] === 'dscp' ? 63 : 7);
        const sp = parseNumber(q[5]);
        if (!keys || sp === undefined || sp > 7) return bad(`${q[2]} → switch-priority should be numbers (${q[2] === 'dscp' ? '0-63' : '0-7'} → 0-7)`);
        for (const k of keys) (q[2] === 'dscp' ? qs.dscp : qs.pcp)[k] = explicit(sp, lloc);
      }
      break;
    case 'egress-queue-mapping':
      if (q[2] === 'switch-priority' && q[4] === 'traffic-class') {
        const sps = numberList(q[3], 7);
        const tc = parseNumber(q[5]);
        if (!sps || tc === undefined || tc > 7) return bad('switch-priority → traffic-class should be numbers 0-7');
        for (const sp of sps) qs.spToTc[sp] = explicit(tc, lloc);
      }
      break;
    case 'egress-scheduler':
      // `egress-scheduler <profile> traffic-class 6 mode strict|dwrr [bw-percent 50]`.
      if (q[2] === 'traffic-class') {
        const tcs = numberList(q[3], 7);
        if (!tcs) return bad('traffic-class should be 0-7');
        for (const tc of tcs) {
          const qc = queue(qs, tc, lloc);
          if (q[4] === 'mode' && q[5]) qc.strictPriority = located(q[5] === 'strict', lloc);
          const bi = q.indexOf('bw-percent');
          const bw = bi >= 0 ? parseNumber(q[bi + 1]) : undefined;
          if (bw !== undefined) qc.bandwidthPercent = located(bw, lloc);
        }
      }
      break;
    case 'congestion-control':
      // `congestion-control <profile> traffic-class 3 ecn enable | min-threshold N | max-threshold N | probability N | red enable`.
      if (q[2] === 'traffic-class') {
        const tcs = numberList(q[3], 7);
        if (!tcs) return bad('traffic-class should be 0-7');
        for (const tc of tcs) {
          let raw = qs.ecnRaw.get(tc);
          if (!raw) qs.ecnRaw.set(tc, (raw = {}));
          if (q[4] === 'ecn') raw.enable = located(q[5] !== 'disable', lloc);
          else if (q[4] === 'min-threshold' || q[4] === 'max-threshold') {
            const b = parseBytes(q[5]);
            if (b === undefined) return bad(`${q[4]} should be bytes`);
            raw[q[4] === 'min-threshold' ? 'min' : 'max'] = located(b, lloc);
          } else if (q[4] === 'probability') {
            const p = parseNumber(q[5]);
            if (p === undefined || p > 100) return bad('probability should be 0-100');
            raw.prob = located(p, lloc);
          }
        }
      }
      break;
  }
}

function queue(qs: QosState, tc: number, loc: Loc): QueueConfig {
  let qc = qs.queues.get(tc);
  if (!qc) qs.queues.set(tc, (qc = { queue: tc, block: { header: loc, end: loc.range.end, childIndent: '' } }));
  return qc;
}

function buildQos(ctx: Ctx, qs: QosState): DeviceQos {
  const roce = qs.roce;
  const lossless = roce !== undefined && /^lossless/.test(roce.mode);
  const dscpToClass: (Setting<number> | undefined)[] = [];
  const cosToClass: (Setting<number> | undefined)[] = [];
  const classToQueue: (Setting<number> | undefined)[] = [];
  const fileStart: Loc = { uri: ctx.uri, range: { start: ZERO, end: ZERO } };
  // Cumulus defaults without `qos roce` (qos_features.conf): DSCP by eights and PCP n → SP n, SP n → TC n.
  const base = roce?.loc ?? fileStart;
  for (let d = 0; d < 64; d++) dscpToClass[d] = defaulted(d >> 3, base);
  for (let p = 0; p < 8; p++) cosToClass[p] = defaulted(p, base);
  for (let sp = 0; sp < 8; sp++) classToQueue[sp] = defaulted(sp, base);
  if (roce) {
    // The RoCE global table maps DSCP by eights (24-31 → SP3, 48-55 → SP6), PCP n → SP n; SP3 → TC3, SP6 → TC6, others → TC0.
    for (let sp = 0; sp < 8; sp++) classToQueue[sp] = defaulted(sp === 3 || sp === 6 ? sp : 0, roce.loc);
    // The RoCE and CNP code points are what `qos roce` is written for (its per-port view shows them): the
    // line states them as the device's own classification, so they take sides in the QoS contract.
    dscpToClass[CUMULUS_ROCE.roceDscp] = explicit(CUMULUS_ROCE.losslessSp, roce.loc);
    dscpToClass[CUMULUS_ROCE.cnpDscp] = explicit(CUMULUS_ROCE.cnpSp, roce.loc);
    const tc6 = queue(qs, CUMULUS_ROCE.cnpSp, roce.loc);
    tc6.strictPriority ??= located(true, roce.loc);
    let raw = qs.ecnRaw.get(CUMULUS_ROCE.losslessSp);
    if (!raw) qs.ecnRaw.set(CUMULUS_ROCE.losslessSp, (raw = {}));
    raw.enable ??= located(true, roce.loc);
    raw.min ??= located(CUMULUS_ROCE.ecnMin, roce.loc);
    raw.max ??= located(CUMULUS_ROCE.ecnMax, roce.loc);
    raw.prob ??= located(CUMULUS_ROCE.probability, roce.loc);
    if (lossless && !qs.pfcProfiles.has('default-global')) qs.pfcProfiles.set('default-global', located([CUMULUS_ROCE.losslessSp], roce.loc));
  }
  qs.dscp.forEach((v, i) => v && (dscpToClass[i] = v));
  qs.pcp.forEach((v, i) => v && (cosToClass[i] = v));
  qs.spToTc.forEach((v, i) => v && (classToQueue[i] = v));

  for (const [tc, raw] of qs.ecnRaw) {
    const anchor = raw.enable ?? raw.min ?? raw.max ?? raw.prob;
    if (!anchor) continue;
    const value: QueueEcn = { ecn: raw.enable?.value ?? false, unit: 'bytes', maxUnit: 'bytes' };
    if (raw.min) value.minThreshold = raw.min.value;
    if (raw.max) value.maxThreshold = raw.max.value;
    if (raw.prob) value.probability = raw.prob.value;
    const qc = queue(qs, tc, anchor.loc);
    if (value.ecn) qc.ecn = located(value, raw.enable!.loc);
  }

  // PFC per interface: a bound profile, else default-global on swp ports; trust per interface.
  for (const iface of ctx.interfaces.values()) {
    if (iface.kind !== 'physical' || !/^swp/.test(iface.name)) continue;
    const binding = qs.pfcBinding.get(iface.name);
    const profile = binding ? qs.pfcProfiles.get(binding.value) : qs.pfcProfiles.get('default-global');
    if (binding && !profile) {
      ctx.notes.push({ severity: 'warning', code: 'undefined-profile', message: `${iface.name}: PFC profile "${binding.value}" is not defined (no "nv set qos pfc ${binding.value} switch-priority …")`, loc: binding.loc });
    }
    if (profile && profile.value.length > 0) {
      iface.pfc.mode = explicit('on', binding?.loc ?? profile.loc);
      // The binding line made them no-drop on this interface; default-global ports point at the profile line.
      iface.pfc.noDropPriorities = profile.value.map((p) => located(p, binding?.loc ?? profile.loc));
    }
    if (qs.trust) iface.qosTrust = explicit(qs.trust.value === 'both' ? 'dscp' : qs.trust.value, qs.trust.loc);
    else if (roce) iface.qosTrust = defaulted('dscp', roce.loc);
  }

  const wdFirst = qs.watchdogIfaces[0];
  const watchdog: PfcWatchdog = { enabled: wdFirst ? explicit(true, wdFirst.loc) : defaulted(false, fileStart) };
  if (wdFirst) {
    watchdog.polling = qs.wdPoll ?? located(CUMULUS_WATCHDOG.poll, wdFirst.loc);
    for (const w of qs.watchdogIfaces) {
      const iface = ctx.interfaces.get(w.value);
      if (iface) iface.pfc.watchdog = located(true, w.loc);
    }
  }
  return {
    dscpToClass,
    cosToClass,
    classToQueue,
    noDropPriorities: qs.pfcProfiles.get('default-global')?.value.map((p) => located(p, qs.pfcProfiles.get('default-global')!.loc)) ?? [],
    queues: [...qs.queues.values()].sort((a, b) => a.queue - b.queue),
    watchdog,
    classMaps: [],
    policyMaps: [],
    systemPolicies: [],
  };
}
