/**
 * JSON Schema (draft-07) of fabric-intent.yaml. This module is the single source: the language server
 * validates with it (load.ts) and `schemas/fabric-intent.schema.json`, which the Red Hat YAML extension
 * reads through `yamlValidation`, is this object written out. Regenerate the JSON file after a change:
 *
 *     npx tsc -b && node out/server/src/intent/write-schema.js
 *
 * (test/intent/schema.test.ts fails when the two differ.)
 *
 * Non-standard keywords understood by the Red Hat YAML extension and registered with ajv as
 * annotations: `markdownDescription`, `patternErrorMessage`, `defaultSnippets`.
 */

import { DEFAULT_SOURCE_ORDER } from '../links/resolve';
import { DSCP_NAMES } from './defaults';

/** Kinds of link evidence, in the default order of confidence (highest first). */
export const LINK_SOURCE_KINDS = DEFAULT_SOURCE_ORDER;

export const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

export const RULE_ID_PATTERN = '^[a-z][a-z0-9]*/[a-z0-9][a-z0-9-]*$';
export const NAME_PATTERN = '^[A-Za-z0-9][A-Za-z0-9_-]*$';
/** device:interface — the device has no colon or blank; the interface may (Junos et-0/0/0:0). */
export const ENDPOINT_PATTERN = '^[^:\\s]+:\\S(.*\\S)?$';
export const DSCP_RANGE_PATTERN = '^\\s*\\d{1,2}\\s*-\\s*\\d{1,2}\\s*$';

const mtuValue = (description: string, extra: Record<string, unknown> = {}) => ({
  type: 'integer',
  minimum: 68,
  maximum: 65535,
  description,
  ...extra,
});

const globList = (description: string, examples: string[]) => ({
  type: 'array',
  description,
  items: { type: 'string', minLength: 1 },
  uniqueItems: true,
  default: [],
  examples: [examples],
});

export const intentSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'fabric-lint fabric intent',
  description:
    'fabric-intent.yaml: what the RoCEv2 fabric should be (MTU, lossless priorities, the DSCP contract, ECN thresholds, cabling). ' +
    'Every key is optional: without a value, fabric-lint compares devices of the same role with each other.',
  type: 'object',
  additionalProperties: false,
  properties: {
    version: {
      description: 'Format version of this file. Only 1 exists.',
      const: 1,
      default: 1,
    },
    roles: {
      type: 'object',
      description:
        'Role name → hostname globs (case-insensitive, `*` and `?` wildcards). The first role, in file order, with a matching glob wins. ' +
        'Devices are compared with devices of the same role. Hostnames no glob matches get a role inferred from the name ' +
        '(super-spine, spine, border, leaf — `tor` counts as leaf) or `default`.',
      propertyNames: { pattern: NAME_PATTERN, patternErrorMessage: 'a role name is letters, digits, `_` or `-`' },
      additionalProperties: {
        description: 'Hostname glob, or a list of globs, e.g. ["*leaf*", "tor-*"].',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
        ],
      },
      default: {},
      examples: [{ spine: ['*spine*'], leaf: ['*leaf*', 'tor-*'] }],
    },
    mtu: {
      type: 'object',
      description: 'MTU intent. All values are L3 (IP) MTU, Ethernet header excluded, the way EOS, NX-OS and IOS write `mtu`.',
      additionalProperties: false,
      properties: {
        fabric: mtuValue(
          'L3 MTU every fabric (switch-to-switch) interface should have. Used by mtu/below-intent and as the value quick fixes write. Without it, link ends are compared with each other. Typical: 9214 (Arista AVD) or 9216.',
          { examples: [9214, 9216] },
        ),
        host: mtuValue(
          "Expected host-facing L3 MTU (the MTU of the RoCE NICs). mtu/roce-path warns when a switch on the path is below it; mtu/edge-exceeds-core compares what each leaf uplink carries (less VXLAN on a VTEP) with it (without it: the host ports' MTU, at most 9000). Must be at least 4192 for an RDMA path MTU of 4096; 9000 is common.",
          { examples: [9000] },
        ),
        minimum: mtuValue(
          'Lowest acceptable L3 MTU on a fabric interface, explicit or platform default; below it mtu/below-intent warns. Without it, mtu/below-intent uses its own threshold (9000).',
          {
            examples: [9000],
          },
        ),
        normalize: {
          type: 'boolean',
          description: 'Compare L3 MTU across vendors: Junos media MTU − 14 (− 4 per VLAN tag); other vendors as configured.',
          default: true,
        },
        tolerance: {
          type: 'integer',
          minimum: 0,
          maximum: 9000,
          description: 'Bytes of MTU difference accepted between the two ends of a link (mtu/link-mismatch).',
          default: 0,
        },
      },
    },
    lossless: {
      type: 'object',
      description: 'PFC intent.',
      additionalProperties: false,
      properties: {
        priorities: {
          type: 'array',
          description:
            'PFC (no-drop) priorities every fabric interface should have (802.1p / switch priority 0–7). pfc/priority-mismatch-fabric compares each device with this set; without it, with the fabric majority.',
          items: { type: 'integer', minimum: 0, maximum: 7 },
          uniqueItems: true,
          maxItems: 8,
          examples: [[3], [3, 4]],
        },
        watchdog: {
          type: 'string',
          enum: ['required', 'recommended', 'off'],
          description:
            'PFC watchdog on devices with PFC: `required` — pfc/watchdog-missing is an error; `recommended` — a warning (the rule default); `off` — not checked.',
          default: 'recommended',
        },
        maxLosslessPriorities: {
          type: 'integer',
          minimum: 1,
          maximum: 8,
          description: 'Most lossless priorities a device may have before pfc/too-many-lossless reports (headroom buffer is per lossless priority).',
          default: 2,
        },
      },
    },
    oversubscription: {
      type: 'object',
      description:
        'The most oversubscription each device role may have: role (a key of `roles`, or an inferred role such as `leaf`) → the ' +
        'largest ratio of host-facing to fabric-facing capacity, as N for N:1 (`1` for an AI back-end leaf, `3` for a front-end ' +
        'leaf). design/oversubscription warns on a leaf above it; without an entry for the role, it reports the ratio as ' +
        'information and warns above 3:1.',
      propertyNames: { pattern: NAME_PATTERN, patternErrorMessage: 'a role name is letters, digits, `_` or `-`' },
      additionalProperties: { type: 'number', exclusiveMinimum: 0, maximum: 1000, description: 'N for an N:1 oversubscription ratio.' },
      examples: [{ 'backend-leaf': 1, 'frontend-leaf': 3 }],
    },
    classes: {
      type: 'object',
      description:
        'The DSCP contract: class name → DSCP code points and where they go. Names are free; `roce` and `cnp` are the ones rules name in messages (qos/dscp-map-drift reports drift of their code points as errors).',
      propertyNames: { pattern: NAME_PATTERN, patternErrorMessage: 'a class name is letters, digits, `_` or `-`' },
      additionalProperties: { $ref: '#/definitions/class' },
      examples: [
        {
          roce: { dscp: [26], trafficClass: 3, queue: 3, lossless: true, ecn: true },
          cnp: { dscp: [48], trafficClass: 6, queue: 6, lossless: false, scheduling: 'strict' },
          default: { dscp: 'other', trafficClass: 0 },
        },
      ],
    },
    ecn: {
      type: 'object',
      description:
        'ECN (WRED-ECN) thresholds per class name (a key of `classes`). qos/ecn-thresholds-drift compares the queue of that class with these; without them, devices of the same role with each other.',
      propertyNames: { pattern: NAME_PATTERN },
      additionalProperties: { $ref: '#/definitions/ecn' },
    },
    links: {
      type: 'array',
      description:
        'Explicit cabling, the highest-confidence link source. Each link is `[device:interface, device:interface]` or `{a: device:interface, b: device:interface}`. Interface names are canonicalized (Et1/1 = Ethernet1/1).',
      items: { $ref: '#/definitions/link' },
      default: [],
      examples: [[['leaf1:Ethernet49/1', 'spine1:Ethernet1/1']]],
    },
    interfaces: {
      type: 'array',
      description:
        'Interface roles the configs cannot show: what each matching interface faces. Each item names hostname globs (`device`), ' +
        'interface globs (`interface`, matched case-insensitively against canonical names: Ethernet1/1, Port-Channel10, Vlan10) and a `role`. ' +
        'The first item that matches an interface wins, and wins over every inferred role (links, LLDP, descriptions, addressing); ' +
        'the interface’s evidence then says the intent set it. Rules that speak of fabric, host or peer-link ports follow it.',
      items: { $ref: '#/definitions/interfaceRole' },
      default: [],
      examples: [
        [
          { device: 'leaf*', interface: ['Ethernet1/[1-9]', 'Ethernet1/[12][0-9]'], role: 'host' },
          { device: '*', interface: 'Ethernet1/49', role: 'fabric' },
        ],
      ],
    },
    maxL2Span: {
      type: 'integer',
      minimum: 1,
      maximum: 1000,
      description:
        'The most switches one VLAN may span over switched links between switches (design/flat-l2). 2 keeps VLANs within an MLAG/vPC pair; without a value design/flat-l2 reports spans above 2 as information.',
      examples: [2, 4],
    },
    linkSources: {
      type: 'array',
      description: 'Link evidence to use, highest confidence first. When two sources disagree, the earlier wins; sources not listed are not used.',
      items: { type: 'string', enum: [...LINK_SOURCE_KINDS] },
      uniqueItems: true,
      default: [...LINK_SOURCE_KINDS],
    },
    descriptionPatterns: {
      type: 'array',
      description:
        'JavaScript regular expressions matched against interface descriptions to infer links. Named group `peer` (required) captures the peer hostname, `intf` the peer interface: `P2P_LINK_TO_(?<peer>[^_]+)_(?<intf>\\S+)`.',
      items: { type: 'string', minLength: 1 },
      default: [],
      examples: [['P2P_(?:LINK|UPLINK)_TO_(?<peer>[^_]+)_(?<intf>\\S+)', 'facing_(?<peer>[^:]+):(?<intf>\\S+)']],
    },
    ignore: {
      type: 'object',
      description: 'What fabric-lint does not check.',
      additionalProperties: false,
      properties: {
        interfaces: globList('Interface globs (case-insensitive) matched against canonical interface names (Ethernet1/1, Management1, Port-Channel10).', [
          'Management*',
          'mgmt0',
        ]),
        devices: globList('Hostname globs (case-insensitive) of devices not checked and not compared with others.', ['lab-*']),
        rules: {
          type: 'array',
          description: 'Rule ids (or globs such as `qos/*`) not run at all. Same as `rules: {<id>: off}`.',
          items: { type: 'string', minLength: 1 },
          uniqueItems: true,
          default: [],
        },
        findings: {
          type: 'array',
          description:
            'Findings of one rule on one device that are silenced, e.g. `{ rule: pfc/watchdog-missing, device: sonic-leaf1 }`: the disable comment of files that have no comments (SONiC config_db.json). An entry that silences nothing is reported.',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['rule', 'device'],
            properties: {
              rule: {
                type: 'string',
                description: 'The rule id whose findings are silenced (see `fabric-lint --list-rules`).',
                pattern: RULE_ID_PATTERN,
                patternErrorMessage: 'a rule id is category/slug, e.g. mtu/link-mismatch',
              },
              device: {
                type: 'string',
                minLength: 1,
                description: 'Hostname glob (case-insensitive) of the devices whose findings of that rule are silenced.',
              },
            },
          },
          default: [],
        },
      },
    },
    rules: {
      type: 'object',
      description: 'Per-rule settings: rule id → a severity, or `{severity, options}`. These win over editor settings.',
      propertyNames: { pattern: RULE_ID_PATTERN, patternErrorMessage: 'a rule id is category/slug, e.g. mtu/link-mismatch' },
      additionalProperties: {
        anyOf: [
          { $ref: '#/definitions/severity' },
          {
            type: 'object',
            additionalProperties: false,
            properties: {
              severity: { $ref: '#/definitions/severity' },
              options: { type: 'object', description: 'Rule options (see the rule’s documentation); unknown options are ignored by the rule.' },
            },
          },
        ],
      },
      examples: [{ 'mtu/implicit-default': 'off', 'mtu/below-intent': { severity: 'error' } }],
    },
  },
  definitions: {
    interfaceRole: {
      type: 'object',
      description: 'The role of the interfaces `interface` matches on the devices `device` matches.',
      additionalProperties: false,
      required: ['interface', 'role'],
      properties: {
        device: {
          description: 'Hostname glob (case-insensitive; `*`, `?`, `[abc]`, `{a,b}`), or a list of them. Default: every device.',
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
          ],
          default: '*',
        },
        interface: {
          description: 'Interface glob (case-insensitive, matched against canonical names: Ethernet1/1, Port-Channel10), or a list of them.',
          anyOf: [
            { type: 'string', minLength: 1 },
            { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true },
          ],
        },
        role: {
          type: 'string',
          enum: ['fabric', 'host', 'peer-link', 'management', 'unknown'],
          description:
            '`fabric`: faces another switch; `host`: faces servers/NICs; `peer-link`: the MLAG/vPC/CLAG peer-link or peering; `management`: out of band; `unknown`: do not guess.',
        },
      },
    },
    severity: {
      type: 'string',
      enum: [...SEVERITIES],
      description: 'Severity of the rule’s findings; `off` disables the rule.',
    },
    dscp: {
      description: 'A DSCP code point: 0–63, a name (af31, cs3, ef …, lower case) or a range "24-31".',
      anyOf: [
        { type: 'integer', minimum: 0, maximum: 63 },
        { type: 'string', enum: [...DSCP_NAMES] },
        { type: 'string', pattern: DSCP_RANGE_PATTERN },
      ],
    },
    class: {
      type: 'object',
      description: 'One class of traffic.',
      additionalProperties: false,
      required: ['dscp'],
      properties: {
        dscp: {
          description: 'DSCP code points of the class (no code point may belong to two classes), or `other` for every code point no class lists.',
          anyOf: [
            { type: 'array', items: { $ref: '#/definitions/dscp' }, minItems: 1, uniqueItems: true },
            { type: 'string', const: 'other' },
          ],
          examples: [[26], [48], 'other'],
        },
        trafficClass: {
          type: 'integer',
          minimum: 0,
          maximum: 7,
          description: 'Traffic class / qos-group / switch priority the class maps to (EOS traffic-class, NX-OS qos-group, SONiC TC).',
        },
        queue: { type: 'integer', minimum: 0, maximum: 15, description: 'Egress queue of the class.' },
        lossless: { type: 'boolean', description: 'Whether the class is no-drop (PFC). RoCE data: true; CNP: false.', default: false },
        ecn: { type: 'boolean', description: 'Whether the queue of the class marks ECN (DCQCN needs it for RoCE).', default: false },
        scheduling: {
          type: 'string',
          enum: ['strict', 'weighted'],
          description: 'Scheduling of the queue: CNP should be strict priority (qos/cnp-not-priority).',
        },
      },
    },
    ecn: {
      type: 'object',
      description: 'WRED-ECN marking thresholds of one class’s queue.',
      additionalProperties: false,
      properties: {
        minBytes: { type: 'integer', minimum: 0, description: 'Queue depth (bytes) where marking starts. Cumulus RoCE default 150000.' },
        maxBytes: { type: 'integer', minimum: 0, description: 'Queue depth (bytes) where marking reaches `probability`. Cumulus RoCE default 1500000.' },
        probability: { type: 'integer', minimum: 0, maximum: 100, description: 'Marking probability (%) at maxBytes.', default: 100 },
        tolerancePct: {
          type: 'number',
          minimum: 0,
          maximum: 100,
          description: 'Accepted difference (% of the intent value) before qos/ecn-thresholds-drift reports.',
          default: 0,
        },
      },
    },
    endpoint: {
      type: 'string',
      pattern: ENDPOINT_PATTERN,
      patternErrorMessage: 'write an endpoint as device:interface, e.g. leaf1:Ethernet49/1',
      description: 'device:interface, e.g. leaf1:Ethernet49/1.',
    },
    link: {
      description: 'One cable: `[a, b]` or `{a, b}`.',
      anyOf: [
        { type: 'array', items: { $ref: '#/definitions/endpoint' }, minItems: 2, maxItems: 2 },
        {
          type: 'object',
          additionalProperties: false,
          required: ['a', 'b'],
          properties: { a: { $ref: '#/definitions/endpoint' }, b: { $ref: '#/definitions/endpoint' } },
        },
      ],
    },
  },
} as const;

/** The schema as JSON text, the exact content of schemas/fabric-intent.schema.json. */
export function intentSchemaJson(): string {
  return JSON.stringify(intentSchema, null, 2) + '\n';
}
