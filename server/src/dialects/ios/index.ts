import { CLI_WORKSPACE_FILES, cliDialect, firstLine } from '../cli/module';
import { IOS_MTU } from '../cli/mtu';
import type { CliDocument } from '../../parsing/cli-tree';
import { header, type DialectModule } from '../types';

/** Cisco IOS and IOS-XE (dialects/cli/, with dialects/cli/ios.ts for what only IOS has). */
export const ios: DialectModule<'ios', CliDocument> = cliDialect({
  id: 'ios',
  name: 'Cisco IOS',
  shortName: 'IOS',
  detection: {
    headers: [header(330, 'RANCID content type cisco', /^!RANCID-CONTENT-TYPE:\s*cisco\s*$/im)],
    commands: {
      pattern:
        /^(version 1[2-7]\.\d+|service (timestamps|password-encryption)|boot-start-marker|ip cef|no ip domain.lookup|line vty |line con 0|ip classless|Current configuration : )/gm,
      reason: 'IOS commands (version, service, line vty …)',
      tieRank: 1,
    },
    indentation: 1,
  },
  workspaceFiles: CLI_WORKSPACE_FILES,
  mtu: IOS_MTU,
  editor: {
    aliases: ['ios'],
    extensions: ['.ios'],
    filenamePatterns: ['*.ios.cfg', '*.ios.conf', '*.ios.txt'],
    firstLine: firstLine('ios', 'version 1[2-7]\\.|Building configuration|Current configuration :'),
    configuration: './syntaxes/language-configuration.json',
    textMate: { scopeName: 'source.ios', path: './syntaxes/ios.tmLanguage.json' },
  },
});
