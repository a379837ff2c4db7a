import { toCliDocument } from '../../parsing/cli-adapter';
import { setFileToJunosDocument, toJunosDocument } from '../../parsing/junos-adapter';
import type { JunosDocument } from '../../parsing/junos-tree';
import { JUNOS_MTU } from './mtu';
import { header, type DialectModule } from '../types';
import { extractJunosDevice } from './extract';
import { JunosFixWriter } from './fix-writer';
import { junosNavigation } from './navigation';

/**
 * Junos, in both formats: curly braces with grammars/junos, flat `set` files with grammars/netcli (one command
 * per line); parsing/junos-adapter.ts turns both into one path tree.
 */
export const junos: DialectModule<'junos', JunosDocument> = {
  id: 'junos',
  name: 'Junos',
  shortName: 'Junos',
  detection: {
    headers: [
      header(400, 'Junos set commands', /^set (system|interfaces|protocols|class-of-service|groups|policy-options|routing-options|chassis) /m),
      header(410, 'Junos braces', /^(version \S+;|system \{|interfaces \{|groups \{)/m),
    ],
  },
  grammar: (text) =>
    isJunosSetFile(text)
      ? { family: 'netcli', adapt: (uri, tree, t) => setFileToJunosDocument(toCliDocument(uri, tree, t)) }
      : { family: 'junos', adapt: toJunosDocument },
  read: (doc) => ({ device: extractJunosDevice(doc), syntaxErrors: doc.syntaxErrors }),
  fixWriter: (device) => new JunosFixWriter(device),
  workspaceFiles: ['**/*.conf', '**/*.set', '**/*.junos'],
  lineComment: '#',
  mtu: JUNOS_MTU,
  editor: {
    aliases: ['junos'],
    extensions: ['.junos'],
    filenamePatterns: ['*.junos.conf', '*.junos.cfg', '*.junos.set', '*.junos.txt'],
    // `show configuration` output, a `set` listing, or the fabric-lint marker (Junos comments start with #).
    firstLine: '^(## Last (commit|changed): |version \\S+;|set (version|system|interfaces) |#\\s*fabric-lint:\\s*dialect\\s*=\\s*junos)',
    configuration: './syntaxes/junos-language-configuration.json',
    textMate: { scopeName: 'source.junos', path: './syntaxes/junos.tmLanguage.json' },
  },
  navigation: junosNavigation,
};

/** A Junos file in the flat `set` format (as opposed to curly braces): set/deactivate lines and no block opening. */
export function isJunosSetFile(text: string): boolean {
  const head = text.slice(0, 64 * 1024);
  return /^(set|deactivate|delete) \S/m.test(head) && !/\{[ \t]*(#.*)?\r?$/m.test(head);
}
