/**
 * MLAG (EOS) and vPC (NX-OS) pairing lines, read into `Device.peerGroup` for peer-link inference:
 *
 *   mlag configuration                    vpc domain 1
 *      domain-id DC1_LEAF1                  peer-keepalive destination 10.0.0.2 source 10.0.0.1 vrf mgmt
 *      local-interface Vlan4094           interface port-channel101
 *      peer-address 10.255.252.1            vpc peer-link
 *      peer-link Port-Channel3
 *
 * `peer-address heartbeat …` (EOS dual-primary detection) is not the peering address and is left out.
 */
import { canonicalInterfaceName } from '../../model/interface-names';
import type { CliLine } from '../../parsing/cli-tree';
import { kw, type Ctx } from './context';
import type { Globals } from './globals';

/** EOS `mlag configuration` block. */
export function readEosMlag(ctx: Ctx, g: Globals, line: CliLine): void {
  const pg = (g.peerGroup ??= { kind: 'mlag' });
  for (const child of line.children) {
    const k = kw(child, 0);
    const v = child.words[1];
    if (!v) continue;
    if (k === 'domain-id') pg.domain = ctx.at(v.text, child);
    else if (k === 'local-interface') pg.localInterface = ctx.at(canonicalInterfaceName(v.text), child);
    else if (k === 'peer-link')
      pg.peerLink = ctx.at(
        canonicalInterfaceName(
          child.words
            .slice(1)
            .map((w) => w.text)
            .join(''),
        ),
        child,
      );
    else if (k === 'peer-address' && kw(child, 1) !== 'heartbeat') pg.peerAddress = ctx.at(v.text, child);
  }
}

/** NX-OS `vpc domain N` block: the domain and the keepalive pair. */
export function readNxosVpcDomain(ctx: Ctx, g: Globals, line: CliLine): void {
  const pg = (g.peerGroup ??= { kind: 'vpc' });
  const id = line.words[2];
  if (id) pg.domain = ctx.at(id.text, line);
  for (const child of line.children) {
    if (kw(child, 0) !== 'peer-keepalive') continue;
    for (let i = 1; i + 1 < child.words.length; i++) {
      const k = kw(child, i);
      const v = child.words[i + 1]!.text;
      if (k === 'destination') pg.peerAddress = ctx.at(v, child);
      else if (k === 'source') pg.localAddress = ctx.at(v, child);
    }
  }
}

/** NX-OS `interface port-channelN` with `vpc peer-link` in its body. */
export function readNxosVpcPeerLink(ctx: Ctx, g: Globals, line: CliLine): void {
  const peerLine = line.children.find((c) => kw(c, 0) === 'vpc' && kw(c, 1) === 'peer-link');
  if (!peerLine) return;
  const name = line.words
    .slice(1)
    .map((w) => w.text)
    .join('');
  const pg = (g.peerGroup ??= { kind: 'vpc' });
  pg.peerLink = ctx.at(canonicalInterfaceName(name), peerLine);
}
