import { dialectFacts } from '../../model/dialect-facts';
import type { Loc, Position } from '../../model/location';
import type { Device, DialectFacts } from '../../model/types';

/** The three on-disk forms of a Cumulus Linux configuration (notes/fabric-domain.md §1.5). */
export type CumulusForm = 'ifupdown2' | 'nclu' | 'nvue';

/** How one interface is written, so the Cumulus fix writer can add a line in the same form. */
export interface CumulusIfaceFacts {
  form: CumulusForm;
  /**
   * NCLU: the words after `net add` that name the interface (`interface swp1`, `bond bond0`, `vlan 10`,
   * `loopback lo`); NVUE: `interface swp1`; ifupdown2: the interface name.
   */
  object: string;
  /** NCLU/NVUE: end of the last line that names this interface (new lines go after it). */
  lastLineEnd?: Position;
  /** ifupdown2: the interface has an `iface` stanza of its own (a bond member named only in `bond-slaves` has none). */
  stanza?: boolean;
  /** The `mtu` line set this interface alone (not a range or a list): it can be rewritten in place. */
  mtuLineOwn?: boolean;
}

/**
 * Cumulus facts without a vendor-neutral home: the form of each interface's lines, for the Cumulus
 * fix writer (Device.facts).
 */
export interface CumulusFacts extends DialectFacts {
  readonly dialect: 'nvue';
  /** Forms present in the file (a concatenated Batfish file is ifupdown2 plus FRR, which is ignored). */
  forms: CumulusForm[];
  interfaces: Map<string, CumulusIfaceFacts>;
  /** Indentation of iface stanza bodies as the file writes them (ifupdown2), for stanzas without children. */
  stanzaIndent: string;
  /** ifupdown2: end of the last stanza line, where a new stanza goes. */
  ifupdownLastEnd?: Position;
  /** Where the ifupdown2 part of a concatenated file ends (the `# ports.conf --` / FRR part is not read). */
  ifupdownEnd?: Loc;
}

export function cumulusFacts(device: Device): CumulusFacts | undefined {
  return dialectFacts<CumulusFacts>(device, 'nvue');
}
