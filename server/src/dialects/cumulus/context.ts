/** What the readers of the three forms share while reading one file. */
import type { CumulusIfaceFacts } from './facts';
import type { Loc, Located, Position } from '../../model/location';
import type { Interface, ParseNote, PeerGroup } from '../../model/types';
import type { CliLine, CliWord } from '../../parsing/cli-tree';
import type { CumulusL2Facts } from './l2';

export interface Ctx {
  uri: string;
  notes: ParseNote[];
  interfaces: Map<string, Interface>;
  facts: Map<string, CumulusIfaceFacts>;
  hasSwp: boolean;
  /** CLAG (MLAG): ifupdown2 `clagd-peer-ip` / `clagd-sys-mac`, NCLU `clag peer-ip` / `sys-mac`, NVUE `mlag peer-ip` / `mac-address`. */
  peerGroup?: PeerGroup;
  /** NCLU `breakout 4x25G`, NVUE `link breakout 4x25G`: the port's breakout mode, by port name. */
  breakouts: Map<string, Located<string>>;
  /** VLAN facts by interface name, applied to the bridge ports once the file is read (l2.ts). */
  l2: Map<string, CumulusL2Facts>;
  /** NVUE `bridge domain … vlan N vni M`. */
  nvueVni?: Map<number, Located<number>>;
}

export const ZERO: Position = { line: 0, character: 0 };

export function locOf(uri: string, w: { range: CliWord['range'] }): Loc {
  return { uri, range: w.range };
}

export function lineLocOf(uri: string, l: CliLine): Loc {
  return { uri, range: l.range };
}
