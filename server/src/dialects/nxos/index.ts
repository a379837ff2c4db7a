import { CLI_WORKSPACE_FILES, cliDialect, firstLine } from '../cli/module';
import { NXOS_MTU } from '../cli/mtu';
import type { CliDocument } from '../../parsing/cli-tree';
import { header, type DialectModule } from '../types';

/** Cisco NX-OS (dialects/cli/, with dialects/cli/nxos.ts for what only NX-OS has). */
export const nxos: DialectModule<'nxos', CliDocument> = cliDialect({
  id: 'nxos',
  name: 'Cisco NX-OS',
  shortName: 'NX-OS',
  detection: {
    headers: [
      header(320, 'RANCID content type cisco-nx', /^!RANCID-CONTENT-TYPE:\s*cisco-nx/im),
      header(
        350,
        '"!Command: show running-config" header with NX-OS feature/version lines',
        /^!Command: show running-config/m,
        /^(feature |version \d+\.\d+\(|switchname )/m,
      ),
    ],
    // Loses ties: a file with as many EOS (or IOS) commands is read as that.
    commands: {
      pattern: /^(feature \S+|switchname \S+|vdc \S+|system jumbomtu|hardware access-list tcam|vrf context \S+|version \d+\.\d+\(\d+\))/gm,
      reason: 'NX-OS commands (feature, switchname, vrf context …)',
      tieRank: 0,
    },
    indentation: 2,
  },
  workspaceFiles: CLI_WORKSPACE_FILES,
  mtu: NXOS_MTU,
  editor: {
    aliases: ['nxos'],
    extensions: ['.nxos'],
    filenamePatterns: ['*.nxos.cfg', '*.nxos.conf', '*.nxos.txt'],
    firstLine: firstLine('nxos', '!Command: show running-config|!RANCID-CONTENT-TYPE: cisco-nx'),
    configuration: './syntaxes/language-configuration.json',
    textMate: { scopeName: 'source.nxos', path: './syntaxes/nxos.tmLanguage.json' },
  },
});
