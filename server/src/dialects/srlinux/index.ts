import { header, type DialectModule } from '../types';
import { toSrlinuxDocument, type SrlinuxDocument } from './adapter';
import { SRLINUX_BRACES, SRLINUX_FLAT } from './detect';
import { extractSrlinuxDevice } from './extract';
import { SrlinuxFixWriter } from './fix-writer';
import { SRLINUX_MTU } from './mtu';
import { srlinuxNavigation } from './navigation';

/**
 * Nokia SR Linux, in both forms the CLI prints: `info` (braces) and `info flat` (`set / …`), parsed with one
 * grammar (grammars/srlinux) into the path tree the Junos reader also uses (dialects/srlinux/adapter.ts). Its MTU
 * semantics are data the reader fills (a subinterface's MTU is its IP MTU; a port's counts the Ethernet header,
 * `Interface.mtuOverhead`), which its MTU semantics (./mtu.ts) turn into the L3 MTU.
 */
export const srlinux: DialectModule<'srlinux', SrlinuxDocument> = {
  id: 'srlinux',
  name: 'Nokia SR Linux',
  shortName: 'SR Linux',
  detection: {
    // Before the Junos clues (400, 410): an SR Linux `info` prints `system {` too.
    headers: [
      header(395, 'SR Linux flat set commands (set / …)', SRLINUX_FLAT),
      header(396, 'SR Linux info braces (ethernet-N/M or network-instance blocks)', SRLINUX_BRACES),
    ],
  },
  grammar: () => ({ family: 'srlinux', adapt: toSrlinuxDocument }),
  read: (doc) => ({ device: extractSrlinuxDevice(doc), syntaxErrors: doc.syntaxErrors }),
  fixWriter: (device) => new SrlinuxFixWriter(device),
  workspaceFiles: ['**/*.srl', '**/*.srl.cli'],
  lineComment: '#',
  mtu: SRLINUX_MTU,
  navigation: srlinuxNavigation,
  editor: {
    aliases: ['srlinux'],
    extensions: ['.srl'],
    filenamePatterns: ['*.srl.cfg', '*.srl.cli'],
    firstLine: '^(set / |#\\s*fabric-lint:\\s*dialect\\s*=\\s*srlinux)',
    configuration: './syntaxes/srlinux-language-configuration.json',
    textMate: { scopeName: 'source.srlinux', path: './syntaxes/srlinux.tmLanguage.json' },
  },
};
