import type { CliDocument } from '../../parsing/cli-tree';
import { toCliDocument } from '../../parsing/cli-adapter';
import type { DialectModule } from '../types';
import type { CliDialect } from './defaults';
import { extractCliDevice } from './extract';
import { CliFixWriter } from './fix-writer';
import { cliNavigation } from './navigation';

/** What sets one dialect of the CLI family apart; the grammar, reader and writer are shared (dialects/cli/). */
export type CliDialectParts<Id extends CliDialect> = Pick<
  DialectModule<Id, CliDocument>,
  'id' | 'name' | 'shortName' | 'detection' | 'mtu' | 'editor' | 'workspaceFiles'
>;

/** EOS, NX-OS and IOS: parsed with netcli, read by dialects/cli/extract.ts, written by CliFixWriter. */
export function cliDialect<Id extends CliDialect>(parts: CliDialectParts<Id>): DialectModule<Id, CliDocument> {
  const dialect = parts.id;
  return {
    ...parts,
    lineComment: '!',
    grammar: () => ({ family: 'netcli', adapt: (uri, tree, _text, memo) => toCliDocument(uri, tree, undefined, memo ? { memo } : undefined) }),
    read: (doc) => ({ device: extractCliDevice(doc, dialect), syntaxErrors: doc.syntaxErrors }),
    fixWriter: (device) => new CliFixWriter(device, dialect),
    navigation: cliNavigation(dialect),
  };
}

/** Where EOS, NX-OS and IOS configs are kept: `.cfg`/`.conf` files and `.txt` captures of `show running-config`. */
export const CLI_WORKSPACE_FILES = ['**/*.cfg', '**/*.conf', '**/*.txt'];

/** The editor's first-line pattern: the dialect's headers, or the fabric-lint marker naming it. */
export function firstLine(id: string, headers: string): string {
  return `^(${headers}|!\\s*fabric-lint:\\s*dialect\\s*=\\s*${id})`;
}
