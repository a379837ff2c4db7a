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
 *
 * This module reads the file line by line and hands each line to the reader of its form (ifupdown2.ts, nclu.ts,
 * nvue.ts); what the forms share (interfaces, CLAG, attributes NCLU and NVUE spell alike, MTU defaults, QoS) has
 * its own module.
 */
import type { CumulusFacts, CumulusForm, CumulusIfaceFacts } from './facts';
import { hostnameFromUri, type FileNaming } from '../../model/file-names';
import { explicit, type Loc, type Position } from '../../model/location';
import type { Device, Interface, ParseNote } from '../../model/types';
import type { CliDocument } from '../../parsing/cli-tree';
import { lineLocOf, locOf, ZERO, type Ctx } from './context';
import { concatenatedHostname, cutoffLine, lastDescendant, readStanza } from './ifupdown2';
import { parseBreakoutMode } from '../../model/port-speed';
import { applyDefaultMtus } from './mtu-defaults';
import { readNclu } from './nclu';
import { readNvue } from './nvue';
import { buildQos, newQosState } from './qos';
import { finalizeCumulusL2 } from './l2';

/** The device's name when the file has none: `/etc/network/interfaces` and `startup` files are named after their folder (sw1/interfaces). */
const CUMULUS_NAMING: FileNaming = {
  extension: /\.(conf|cfg|txt|intf|nclu|nvue|commands|sh)$/i,
  genericStem: /^(interfaces|startup|config|commands)$/i,
  genericFolder: /^(network|etc|nvue\.d|configs?)$/i,
};

export function extractCumulusDevice(doc: CliDocument): Device {
  const uri = doc.uri;
  const notes: ParseNote[] = [];
  const interfaces = new Map<string, Interface>();
  const facts = new Map<string, CumulusIfaceFacts>();
  const cut = cutoffLine(doc);
  const lines = doc.lines.filter((l) => l.range.start.line < cut);
  const hasSwp = lines.some((l) => /\bswp\d/.test(l.text));
  const ctx: Ctx = { uri, notes, interfaces, facts, hasSwp, breakouts: new Map(), l2: new Map() };
  const forms = new Set<CumulusForm>();
  let hostname: string | undefined;
  let hostnameLoc: Loc | undefined;
  let stanzaIndent = '';
  let ifupdownLastEnd: Position | undefined;
  const qs = newQosState();
  const autos: { name: string; loc: Loc }[] = [];

  const concatenated = concatenatedHostname(uri, lines);
  if (concatenated) [hostname, hostnameLoc] = [concatenated.value, concatenated.loc];

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
    hostname = hostnameFromUri(uri, CUMULUS_NAMING) || 'cumulus';
    notes.push({
      severity: 'info',
      code: 'hostname-missing',
      message: `no hostname in the file; using the name "${hostname}"`,
      loc: { uri, range: { start: ZERO, end: ZERO } },
    });
  }

  applyDefaultMtus(doc, forms.has('nvue'), interfaces);
  applyBreakoutSpeeds(ctx);

  const qos = buildQos(ctx, qs);
  const cumulus: CumulusFacts = { dialect: 'nvue', forms: [...forms], interfaces: facts, stanzaIndent: stanzaIndent || '    ' };
  if (ifupdownLastEnd) cumulus.ifupdownLastEnd = ifupdownLastEnd;
  if (cut !== Infinity) cumulus.ifupdownEnd = { uri, range: { start: { line: cut, character: 0 }, end: { line: cut, character: 0 } } };
  const device: Device = {
    hostname,
    dialect: 'nvue',
    os: 'nvue',
    uri,
    interfaces,
    qos,
    symbols: { defs: [], refs: [] },
    topLevelEnd: doc.end,
    notes,
    facts: cumulus,
  };
  if (hostnameLoc) device.hostnameLoc = hostnameLoc;
  if (ctx.peerGroup) device.peerGroup = ctx.peerGroup;
  Object.assign(device, finalizeCumulusL2(ctx));
  return device;
}

/** A sub-port `swp1s2` without its own speed runs at the speed of its port's breakout mode (`swp1` `4x25G`). */
function applyBreakoutSpeeds(ctx: Ctx): void {
  for (const iface of ctx.interfaces.values()) {
    if (iface.speed) continue;
    const m = /^(swp\d+)s(\d+)$/.exec(iface.name);
    const mode = m ? ctx.breakouts.get(m[1]!) : undefined;
    const b = mode && parseBreakoutMode(mode.value);
    if (b && Number(m![2]) < b.ports) iface.speed = { gbps: b.gbps, source: 'breakout', written: `breakout ${mode.value} of ${m![1]}`, loc: mode.loc };
  }
}
