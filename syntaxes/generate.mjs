// Writes syntaxes/{eos,nxos,ios}.tmLanguage.json from one shared description, so the three dialects
// colour the same constructs the same way. Run `node syntaxes/generate.mjs` after editing; the LSP
// manifest test fails when the JSON files are out of date.
// TextMate is for colouring only; the linter parses with tree-sitter (grammars/).
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = process.argv[2] ?? here;

const IFACE =
  '(?i:ethernet|eth|et|port-channel|po|loopback|lo|vlan|management|mgmt|vxlan|tunnel|nve|' +
  'gigabitethernet|gi|tengigabitethernet|te|twentyfivegige|twe|fortygigabitethernet|fo|hundredgige|hu|fourhundredgige|switch)';

const SECTIONS = [
  'interface',
  'router',
  'policy-map',
  'class-map',
  'qos',
  'system',
  'vrf',
  'vlan',
  'route-map',
  'ip',
  'ipv6',
  'mlag',
  'management',
  'daemon',
  'line',
  'control-plane',
  'hardware',
  'feature',
  'spanning-tree',
  'platform',
  'priority-flow-control',
  'dcbx',
  'monitor',
  'aaa',
  'username',
  'snmp-server',
  'ntp',
  'logging',
  'service',
  'boot',
  'track',
  'event-handler',
  'queue-monitor',
  'transceiver',
  'errdisable',
  'lldp',
  'port-channel',
  'copp',
  'policy',
];

const KEYWORDS = [
  'mtu',
  'system jumbomtu',
  'jumbomtu',
  'priority-flow-control',
  'pfc',
  'no-drop',
  'pause',
  'pfc-cos',
  'watch-dog',
  'watchdog',
  'watch-dog-interval',
  'qos',
  'trust',
  'dscp',
  'cos',
  'traffic-class',
  'qos-group',
  'tx-queue',
  'uc-tx-queue',
  'service-policy',
  'service-profile',
  'random-detect',
  'ecn',
  'bandwidth',
  'priority',
  'strict',
  'shape',
  'queue-limit',
  'set',
  'match',
  'class',
  'type',
  'network-qos',
  'queuing',
  'input',
  'output',
  'switchport',
  'channel-group',
  'mode',
  'speed',
  'fec',
  'flowcontrol',
  'address',
  'vrf',
  'encapsulation',
  'dot1q',
  'allowed',
  'access',
  'trunk',
  'routed',
  'neighbor',
  'remote-as',
  'member',
];

function grammar(dialect, name, extra) {
  return {
    $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
    name,
    scopeName: `source.${dialect}`,
    fileTypes: [dialect],
    patterns: [
      { include: '#marker' },
      { include: '#comment' },
      ...extra.patterns,
      { include: '#description' },
      { include: '#hostname' },
      { include: '#section' },
      { include: '#negation' },
      { include: '#state' },
      { include: '#interface-name' },
      { include: '#address' },
      { include: '#keyword' },
      { include: '#number' },
    ],
    repository: {
      marker: {
        match: '^\\s*(!)\\s*(fabric-lint:)\\s*(dialect)\\s*=\\s*([A-Za-z-]+).*$',
        captures: {
          1: { name: 'comment.line.exclamation.' + dialect },
          2: { name: 'keyword.other.directive.fabric-lint' },
          3: { name: 'variable.parameter.fabric-lint' },
          4: { name: 'constant.language.dialect.fabric-lint' },
        },
      },
      comment: { name: `comment.line.exclamation.${dialect}`, match: '^\\s*!.*$' },
      description: {
        match: '^\\s*(description|alias|remark)\\s+(.*)$',
        captures: { 1: { name: 'keyword.other.description' }, 2: { name: 'string.unquoted.description' } },
      },
      hostname: {
        match: '^(hostname|switchname)\\s+(\\S+)',
        captures: { 1: { name: 'keyword.other.hostname' }, 2: { name: 'entity.name.section.hostname' } },
      },
      section: {
        match: `^(?:(no)\\s+)?(${SECTIONS.map(escape).join('|')})\\b`,
        captures: { 1: { name: 'keyword.operator.negation' }, 2: { name: 'storage.type.section' } },
      },
      negation: { match: '^\\s*(no|default)\\b', captures: { 1: { name: 'keyword.operator.negation' } } },
      state: { match: '\\b(shutdown|disable|enable|on|off|end|exit)\\s*$', name: 'constant.language.state' },
      'interface-name': { match: `\\b${IFACE}\\s?\\d+(?:/\\d+)*(?:\\.\\d+)?\\b`, name: 'entity.name.tag.interface' },
      address: {
        patterns: [
          { match: '\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?:/\\d{1,2})?\\b', name: 'constant.numeric.ipv4' },
          { match: '\\b[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:/\\d{1,3})?', name: 'constant.numeric.ipv6' },
        ],
      },
      keyword: { match: `(?<![\\w-])(${KEYWORDS.map(escape).join('|')})(?![\\w-])`, name: 'keyword.other.setting' },
      number: { match: '(?<![\\w./-])\\d+(?![\\w./])', name: 'constant.numeric' },
      ...extra.repository,
    },
  };
}

function escape(s) {
  return s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&').replace(/ /g, '\\s+');
}

const eosBanner = {
  name: 'string.unquoted.banner.eos',
  begin: '^(banner)\\s+(login|motd)\\s*$',
  beginCaptures: { 1: { name: 'storage.type.section' }, 2: { name: 'keyword.other.setting' } },
  end: '^(EOF)\\s*$',
  endCaptures: { 1: { name: 'keyword.other.banner-end' } },
};

const delimitedBanner = {
  name: 'string.unquoted.banner',
  begin: '^(banner)\\s+(\\S+)\\s+(\\^C|\\S)',
  beginCaptures: { 1: { name: 'storage.type.section' }, 2: { name: 'keyword.other.setting' }, 3: { name: 'punctuation.definition.string.begin' } },
  end: '(\\3)',
  endCaptures: { 1: { name: 'punctuation.definition.string.end' } },
};

const grammars = {
  eos: grammar('eos', 'Arista EOS', { patterns: [{ include: '#banner' }], repository: { banner: eosBanner } }),
  nxos: grammar('nxos', 'Cisco NX-OS', { patterns: [{ include: '#banner' }], repository: { banner: delimitedBanner } }),
  ios: grammar('ios', 'Cisco IOS', { patterns: [{ include: '#banner' }], repository: { banner: delimitedBanner } }),
};

for (const [dialect, g] of Object.entries(grammars)) {
  writeFileSync(join(outDir, `${dialect}.tmLanguage.json`), JSON.stringify(g, null, 2) + '\n');
}
