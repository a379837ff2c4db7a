import { toCliDocument } from '../../parsing/cli-adapter';
import type { CliDocument } from '../../parsing/cli-tree';
import { CUMULUS_MTU } from './mtu';
import { header, type DialectModule } from '../types';
import { extractCumulusDevice } from './extract';
import { CumulusFixWriter } from './fix-writer';
import { cumulusNavigation } from './navigation';

/** ifupdown2 files of a switch name switch ports, bonds, bridges, VXLAN or VRFs; a Linux host's own file does not. */
const SWITCH_INTERFACES =
  /^[ \t]*((auto|iface|interface)\s+(swp|bond|peerlink|br|bridge|vni|vxlan|vlan|vrf|mgmt)|(bond|bridge|vxlan|clag|clagd)-\S+\s|vrf(-table)?\s)/m;

/**
 * NVIDIA Cumulus Linux ('nvue', the id users already write): ifupdown2 stanzas, NCLU `net add` and NVUE `nv set`
 * lines, all parsed with grammars/netcli. NVUE `startup.yaml` is recognised but not read yet.
 */
export const nvue: DialectModule<'nvue', CliDocument> = {
  id: 'nvue',
  name: 'Cumulus Linux',
  shortName: 'Cumulus Linux',
  detection: {
    headers: [
      // A YAML list of `- set:` operations over NVUE's tree.
      header(100, 'NVUE startup.yaml', /^-\s+set:\s*$/m, /^[ \t]+(interface|system|qos|router|bridge|vrf):[ \t]*$/m),
      // Cumulus files concatenate ifupdown2 and FRR: the ifupdown2 part says what they are.
      {
        priority: 110,
        reason: 'ifupdown2 interfaces file',
        judge: (head) => (!/^(auto |iface )\S+/m.test(head) ? undefined : SWITCH_INTERFACES.test(head) ? 'match' : 'not-config'),
      },
      header(420, 'NCLU/NVUE commands', /^(net add |nv set )/m),
    ],
  },
  // Syntax errors are not reported for Cumulus files yet: workspace/syntax-error has no Cumulus fixture.
  grammar: (text) => (isNvueYaml(text) ? undefined : { family: 'netcli', adapt: (uri, tree) => toCliDocument(uri, tree) }),
  read: (doc) => ({ device: extractCumulusDevice(doc), syntaxErrors: [] }),
  fixWriter: (device) => new CumulusFixWriter(device),
  // ifupdown2 keeps /etc/network/interfaces (and interfaces.d/*), NVUE /etc/nvue.d/startup.yaml.
  workspaceFiles: ['**/interfaces', '**/interfaces.d/*', '**/*.interfaces', '**/*.nclu', '**/*.nvue', '**/startup.yaml'],
  lineComment: '#',
  mtu: CUMULUS_MTU,
  editor: {
    aliases: ['cumulus', 'nvue'],
    extensions: ['.nclu', '.nvue', '.interfaces'],
    filenamePatterns: ['interfaces', '*.cumulus.cfg', '*.cumulus.conf', '*.cumulus.txt'],
    firstLine: '^(auto |iface |net add |nv set |# This file describes the network interfaces|#\\s*fabric-lint:\\s*dialect\\s*=\\s*nvue)',
    configuration: './syntaxes/nvue-language-configuration.json',
    textMate: { scopeName: 'source.nvue', path: './syntaxes/nvue.tmLanguage.json' },
  },
  navigation: cumulusNavigation,
};

/** NVUE `startup.yaml` (a YAML list of `- set:` operations), as opposed to the line forms of Cumulus. */
export function isNvueYaml(text: string): boolean {
  return /^-\s+(set|unset):\s*$/m.test(text.slice(0, 16 * 1024));
}
