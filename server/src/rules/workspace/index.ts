import { DIALECT_MODULES } from '../../dialects/registry';
import type { Rule, RuleMeta } from '../types';

/**
 * Findings the engine makes while reading files, before any fabric rule runs. They are rules too, so
 * they have ids, docs and severity overrides like every other finding; their check is the engine itself.
 */
function engineRule(meta: RuleMeta): Rule {
  return { ...meta, check: () => [] };
}

/** The dialects a file with hostname and interface lines but no tell may be (engine/detect.ts, by indentation). */
const [FIRST_INDENTED, ...OTHER_INDENTED] = DIALECT_MODULES.filter((m) => m.detection.indentation !== undefined).map((m) => m.id);

export const workspaceRules: Rule[] = [
  engineRule({
    id: 'workspace/unclassified-file',
    title: 'A config file whose dialect could not be told',
    category: 'workspace',
    severity: 'info',
    scope: 'device',
    rationale:
      'fabric-lint reads a file only when it knows its dialect. A file that looks like a switch config but ' +
      'carries no recognisable header, command or indentation style is left out of the fabric, so its links ' +
      `and settings are not checked. Say which dialect it is with a first line \`! fabric-lint: dialect=${FIRST_INDENTED}\` ` +
      `(or ${OTHER_INDENTED.join(', ')}) or with the \`fabricLint.dialects\` setting.`,
    messages: {
      unclassified: `fabric-lint cannot tell the dialect of this file ({reason}); it is left out of the fabric. Add "! fabric-lint: dialect=${[FIRST_INDENTED, ...OTHER_INDENTED].join('|')}" as the first line.`,
      binary: 'This file is not text; fabric-lint skipped it.',
      tooLarge: 'This file is {size} MB, over the {limit} MB limit; fabric-lint skipped it.',
      unreadable: 'fabric-lint can no longer read this file from disk; it is left out of the fabric until it can be read again.',
      outsideLink:
        'This is a symbolic link to {target}, outside the linted folders; fabric-lint does not read it. Name the target on the command line (or open its folder) to lint it.',
    },
    example: {
      dialect: 'eos',
      config: 'hostname leaf1\ninterface Ethernet1\nmtu 9214',
      explanation: 'No header and no indentation: nothing tells EOS from IOS.',
    },
  }),
  engineRule({
    id: 'workspace/dialect-unsupported',
    title: 'A recognised dialect that fabric-lint does not read yet',
    category: 'workspace',
    severity: 'info',
    scope: 'device',
    // SONiC config_db.json is read since the json grammar was added, so it is no longer reported here.
    // Junos (braces and set) is read since the junos grammar was added, likewise.
    // Cumulus ifupdown2, NCLU and NVUE command files are read since the Cumulus extractor was added; only NVUE
    // startup.yaml (YAML) is still recognised without being read.
    rationale:
      'NVUE `startup.yaml` files are recognised so that they are not misread as another dialect, but their ' +
      'settings are not yet part of the fabric model (the `nv set` command form, NCLU and `/etc/network/interfaces` are); ' +
      'links to those devices are not checked. Saying so once per file is better than silence that looks like a clean result.',
    messages: { unsupported: '{dialect} configuration recognised ({reason}); fabric-lint does not read this form yet, so this device is not checked.' },
    example: { dialect: 'nvue', config: '- set:\n    system:\n      hostname: leaf1\n    interface:\n      swp1:\n        link:\n          mtu: 9216' },
  }),
  engineRule({
    id: 'workspace/syntax-error',
    title: 'A line the grammar could not parse',
    category: 'workspace',
    severity: 'warning',
    scope: 'line',
    rationale:
      'A line that does not parse may hide a setting the fabric depends on (an `mtu` or `priority-flow-control` line, ' +
      'a SONiC `PORT_QOS_MAP` entry after a missing comma). ' +
      'Unknown commands are fine and never reported; this is for text the grammar cannot place at all.',
    messages: {
      syntax: 'fabric-lint could not parse this: {detail}',
      timeout: 'fabric-lint gave up parsing this file after {seconds} s; it is left out of the fabric. Is it a switch config?',
      memory: 'fabric-lint stopped reading this file when it needed more than {limit} MB of memory; it is left out of the fabric. Is it a switch config?',
    },
    example: { dialect: 'eos', config: 'banner motd\nno end marker' },
  }),
  engineRule({
    id: 'workspace/internal-error',
    title: 'A file fabric-lint failed to read',
    category: 'workspace',
    severity: 'error',
    scope: 'device',
    rationale:
      'Reading a file should never fail: what a reader cannot understand becomes a note, a syntax error or a timeout. ' +
      'When reading still fails (a defect in fabric-lint), the engine sets that file aside until its text changes, so ' +
      'the rest of the fabric is still linted, and says so once on the file: its devices and links are not checked.',
    messages: { crash: 'fabric-lint failed to read this file ({message}); it is left out of the fabric. Please report this with the file.' },
    example: {
      dialect: 'eos',
      config: 'hostname leaf1\n! any file whose reading hits a defect in fabric-lint',
      explanation: 'No known file does this; the finding is the safety net.',
    },
  }),
  engineRule({
    id: 'workspace/parse-note',
    title: 'A value fabric-lint could not read',
    category: 'workspace',
    severity: 'warning',
    scope: 'line',
    rationale: 'A malformed value (an MTU that is not a number, a DSCP name that does not exist) is left out of the model; the checks that need it cannot run.',
    messages: { note: '{message}' },
    example: { dialect: 'eos', config: 'interface Ethernet1\n   mtu jumbo' },
  }),
  engineRule({
    id: 'workspace/duplicate-hostname',
    title: 'Two files describe the same hostname',
    category: 'workspace',
    severity: 'warning',
    scope: 'device',
    rationale: 'Links and fabric comparisons are keyed by hostname. With two files for one hostname only the first is used, so the second is not checked.',
    messages: { duplicate: 'Hostname {hostname} is also configured in {other}; only that file is used for the fabric.' },
    example: { dialect: 'eos', config: 'hostname leaf1   ! in two files' },
  }),
  engineRule({
    id: 'workspace/intent-invalid',
    title: 'An error in fabric-intent.yaml',
    category: 'workspace',
    severity: 'error',
    scope: 'line',
    rationale:
      'The fabric intent file says what the fabric should be. An invalid entry is ignored (linting goes on with the valid rest), so the rule it feeds falls back to comparing devices with each other.',
    messages: { invalid: '{message}' },
    example: { dialect: 'eos', config: 'mtu:\n  fabric: 99999   # above 65535' },
  }),
  engineRule({
    id: 'workspace/topology-invalid',
    title: 'A topology file fabric-lint could not read',
    category: 'workspace',
    severity: 'warning',
    scope: 'line',
    rationale:
      'Links from containerlab, Batfish, AVD, SONiC and LLDP files decide which interfaces are compared. An unreadable entry means a link is not checked.',
    messages: { invalid: '{message}' },
    example: { dialect: 'eos', config: 'links:\n  - endpoints: ["leaf1:eth1"]   # one endpoint' },
  }),
  engineRule({
    id: 'workspace/unused-disable',
    title: 'A fabric-lint-disable comment that silences nothing',
    category: 'workspace',
    severity: 'hint',
    scope: 'line',
    rationale:
      '`fabric-lint-disable-next-line <rule-id>` above a line, or `fabric-lint-disable <rule-id>` anywhere in a file ' +
      "(after the dialect's comment character: `!` for EOS, NX-OS and IOS, `#` for Junos, Cumulus and SR Linux) " +
      'silences that rule there; without a rule id it silences every rule, and several ids are separated by commas; ' +
      'text after ` -- ` is the reason, kept as the justification of the suppressed result in SARIF. A finding about ' +
      'a link is silenced at its own location, on the interface where it is reported. Once the finding is gone ' +
      '(the config was fixed, or the rule no longer fires) the comment only hides the next real problem on that line, ' +
      'so it is reported, faded, with a fix that removes it (the quick-fix; `--fix` leaves comments alone).',
    messages: {
      unused: 'This {directive} comment silences nothing here ({rules}); remove it.',
      unusedIgnore: 'This ignore.findings entry silences nothing ({rule} on {device}); remove it.',
    },
    fix: 'Removes the comment line, or the unused rule id from the list.',
    example: {
      dialect: 'eos',
      config: 'interface Ethernet1\n   ! fabric-lint-disable-next-line mtu/link-mismatch\n   mtu 9214   ! the peer runs 9214 too',
      explanation: 'Both ends agree now, so there is no mtu/link-mismatch finding left to silence.',
    },
  }),
  engineRule({
    id: 'workspace/invalid-disable',
    title: 'A fabric-lint-disable comment that names no rule',
    category: 'workspace',
    severity: 'warning',
    scope: 'line',
    rationale:
      'A disable comment with a mistyped rule id, or a misspelt directive, silences nothing, and the finding it was ' +
      'meant for stays; saying so (with the closest rule id) is better than a comment that looks like it works. ' +
      'The directives are `fabric-lint-disable-next-line` and `fabric-lint-disable`; rule ids are listed by ' +
      '`fabric-lint --list-rules`.',
    messages: {
      unknownRule: '"{rule}" is not a fabric-lint rule id; this comment silences nothing for it.',
      unknownRuleNear: '"{rule}" is not a fabric-lint rule id (did you mean {near}?); this comment silences nothing for it.',
      directive: '"{word}" is not a fabric-lint directive: use fabric-lint-disable-next-line or fabric-lint-disable.',
    },
    example: { dialect: 'eos', config: 'interface Ethernet1\n   ! fabric-lint-disable-next-line mtu/link-missmatch\n   mtu 9000' },
  }),
];
