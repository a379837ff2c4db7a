import { CLI_WORKSPACE_FILES, cliDialect, firstLine } from '../cli/module';
import { EOS_MTU } from '../cli/mtu';
import type { CliDocument } from '../../parsing/cli-tree';
import { header, type DialectModule } from '../types';

/** Arista EOS (dialects/cli/, with dialects/cli/eos.ts for what only EOS has). */
export const eos: DialectModule<'eos', CliDocument> = cliDialect({
  id: 'eos',
  name: 'Arista EOS',
  shortName: 'EOS',
  detection: {
    headers: [
      header(300, '"! device: … EOS-" header', /^!\s*device:.*\bEOS-/m),
      header(310, 'RANCID content type arista', /^!RANCID-CONTENT-TYPE:\s*arista/im),
      header(340, 'EOS boot image (.swi)', /^boot system .*\.swi\b/m),
      // After NX-OS' "!Command:" (no space), which needs NX-OS lines besides.
      header(360, '"! Command: show running-config" header', /^! Command: show running-config/m),
    ],
    commands: {
      pattern:
        /^(service routing protocols model|transceiver qsfp default-mode|management api http-commands|spanning-tree mode mstp|no aaa root|ip routing$|ip virtual-router mac-address|daemon TerminAttr|queue-monitor length|switchport default mode|mlag configuration)/gm,
      reason: 'EOS commands',
      tieRank: 1,
    },
    indentation: 3,
  },
  workspaceFiles: CLI_WORKSPACE_FILES,
  mtu: EOS_MTU,
  editor: {
    aliases: ['eos'],
    extensions: ['.eos'],
    filenamePatterns: ['*.eos.cfg', '*.eos.conf', '*.eos.txt'],
    firstLine: firstLine('eos', '! device: .*EOS-|! Command: show running-config|!RANCID-CONTENT-TYPE: arista'),
    configuration: './syntaxes/language-configuration.json',
    textMate: { scopeName: 'source.eos', path: './syntaxes/eos.tmLanguage.json' },
  },
});
