import assert from 'node:assert/strict';
import { loadIntent, type IntentProblem } from '../../server/src/intent/load';
import { fixture, posOf, URI } from './helpers';

function load(text: string, knownRuleIds?: string[]) {
  return loadIntent(URI, text, knownRuleIds ? { knownRuleIds } : {});
}

function only(problems: IntentProblem[], severity?: 'error' | 'warning'): IntentProblem {
  const list = severity ? problems.filter((p) => p.severity === severity) : problems;
  assert.equal(list.length, 1, `expected one problem, got:\n${problems.map((p) => p.message).join('\n')}`);
  return list[0]!;
}

function startOf(p: IntentProblem) {
  return p.loc.range.start;
}

describe('intent/load: a full valid file', () => {
  const text = fixture('full.yaml');
  const { intent, problems } = load(text);

  it('has no problems', () => {
    assert.deepEqual(problems, []);
    assert.ok(intent);
  });

  it('loads every field', () => {
    const { locs, links, ...rest } = intent!;
    assert.deepEqual(rest, {
      uri: URI,
      version: 1,
      roles: [
        { role: 'spine', globs: ['*spine*'] },
        { role: 'leaf', globs: ['*leaf*', 'tor-*'] },
        { role: 'border', globs: ['*-bl*'] },
      ],
      mtu: { fabric: 9214, host: 9000, minimum: 9000, normalize: true, tolerance: 4 },
      lossless: { priorities: [3, 4], watchdog: 'required', maxLosslessPriorities: 2 },
      classes: {
        roce: { dscp: [26], trafficClass: 3, queue: 3, lossless: true, ecn: true, scheduling: 'weighted' },
        storage: { dscp: [28, 16, 17], trafficClass: 4, queue: 4, lossless: true, ecn: true },
        cnp: { dscp: [48], trafficClass: 6, queue: 6, lossless: false, ecn: false, scheduling: 'strict' },
        default: { dscp: 'other', trafficClass: 0, queue: 0 },
      },
      ecn: {
        roce: { minBytes: 150000, maxBytes: 1500000, probability: 100, tolerancePct: 5 },
        storage: { minBytes: 300000, maxBytes: 3000000 },
      },
      linkSources: ['intent', 'layer1', 'clab', 'subnet', 'description'],
      descriptionPatterns: ['P2P_(?:LINK|UPLINK)_TO_(?<peer>[^_]+)_(?<intf>\\S+)', 'facing_(?<peer>[^:]+):(?<intf>\\S+)'],
      ignore: { interfaces: ['Management*', 'mgmt0'], devices: ['lab-*'], rules: ['link/speed-fec-mismatch'] },
      rules: {
        'mtu/implicit-default': { severity: 'off' },
        'mtu/below-intent': { severity: 'error', options: { threshold: 9100 } },
        'qos/ecn-thresholds-drift': { options: { units: 'bytes' } },
        'link/speed-fec-mismatch': { severity: 'off' },
      },
    });
    assert.deepEqual(
      links.map((l) => [l.a, l.b]),
      [
        [
          { device: 'leaf1', interface: 'Ethernet49/1' },
          { device: 'spine1', interface: 'Ethernet1/1' },
        ],
        [
          { device: 'leaf2', interface: 'Ethernet49/1' },
          { device: 'spine1', interface: 'Ethernet1/2' },
        ],
        [
          { device: 'qfx1', interface: 'et-0/0/0:0' },
          { device: 'spine2', interface: 'Ethernet1/1' },
        ],
      ],
    );
    assert.deepEqual(links[1]!.loc.range.start, posOf(text, '{ a: "leaf2'));
    assert.equal(links[0]!.loc.uri, URI);
  });

  it('records where every key is written', () => {
    const locs = intent!.locs;
    for (const k of ['version', 'roles', 'mtu', 'lossless', 'classes', 'ecn', 'links', 'linkSources', 'descriptionPatterns', 'ignore', 'rules']) {
      assert.ok(locs[k], `locs.${k}`);
      assert.equal(locs[k]!.range.start.character, 0, k);
    }
    assert.deepEqual(locs['mtu.fabric']!.range, { start: posOf(text, 'fabric: 9214'), end: { ...posOf(text, 'fabric: 9214'), character: 14 } });
    assert.deepEqual(locs['lossless.priorities']!.range.start, posOf(text, 'priorities: [3, 4]'));
    assert.deepEqual(locs['classes.roce.dscp']!.range.start, posOf(text, 'dscp: [26]'));
    assert.deepEqual(locs['classes.default.dscp']!.range.start, posOf(text, 'dscp: other'));
    assert.deepEqual(locs['ecn.storage.maxBytes']!.range.start, posOf(text, 'maxBytes: 3000000'));
    assert.deepEqual(locs['roles.leaf']!.range.start, posOf(text, 'leaf: ["*leaf*"'));
    assert.deepEqual(locs['rules.mtu/below-intent']!.range.start, posOf(text, 'mtu/below-intent'));
    assert.deepEqual(locs['links.2']!.range.start, posOf(text, '[qfx1'));
  });
});

describe('intent/load: files that are not an intent', () => {
  it('an empty file is no intent and no problem', () => {
    assert.deepEqual(load(''), { intent: undefined, problems: [] });
    assert.deepEqual(load('# nothing yet\n\n'), { intent: undefined, problems: [] });
  });

  it('a list is an error at the list, and no intent', () => {
    const r = load('- mtu\n- lossless\n');
    assert.equal(r.intent, undefined);
    const p = only(r.problems);
    assert.equal(p.severity, 'error');
    assert.match(p.message, /must be a mapping/);
    assert.deepEqual(p.loc.range.start, { line: 0, character: 0 });
  });

  it('a scalar is an error, and no intent', () => {
    const r = load('just text\n');
    assert.equal(r.intent, undefined);
    assert.match(only(r.problems).message, /not a single value/);
  });
});

describe('intent/load: YAML syntax', () => {
  it('reports a syntax error at its position and keeps what was read', () => {
    const text = 'mtu:\n  fabric: 9214\nlossless:\n  priorities: [3\nclasses:\n  roce: { dscp: [26] }\n';
    const r = load(text);
    const errors = r.problems.filter((p) => p.severity === 'error');
    assert.ok(errors.length >= 1);
    assert.ok(
      errors.some((p) => p.message.startsWith('YAML:')),
      errors.map((p) => p.message).join('\n'),
    );
    assert.ok(
      errors.every((p) => p.loc.range.start.line >= 3),
      errors.map((p) => JSON.stringify(p.loc.range)).join('\n'),
    );
    assert.equal(r.intent?.mtu?.fabric, 9214);
  });

  it('reports a duplicate key', () => {
    const text = 'mtu: { fabric: 9214 }\nmtu: { fabric: 9216 }\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /unique/);
    assert.equal(startOf(p).line, 1);
  });

  it('reports positions 0-based in CRLF files', () => {
    const r = load('mtu:\r\n  fabric: 70000\r\n  host: 9000\r\n');
    const p = only(r.problems);
    assert.deepEqual(p.loc.range, { start: { line: 1, character: 10 }, end: { line: 1, character: 15 } });
    assert.equal(r.intent?.mtu?.host, 9000);
  });

  it('uses the first of several documents', () => {
    const r = load('mtu: { fabric: 9214 }\n---\nmtu: { fabric: 1500 }\n');
    const p = only(r.problems);
    assert.match(p.message, /must be one YAML document/);
    assert.equal(startOf(p).line, 1);
    assert.equal(r.intent?.mtu?.fabric, 9214);
  });

  it('follows anchors and aliases', () => {
    const r = load('roles:\n  leaf: &l ["*leaf*"]\n  tor: *l\n');
    assert.deepEqual(r.problems, []);
    assert.deepEqual(r.intent?.roles, [
      { role: 'leaf', globs: ['*leaf*'] },
      { role: 'tor', globs: ['*leaf*'] },
    ]);
  });
});

describe('intent/load: schema errors drop only the invalid part', () => {
  it('an out-of-range MTU drops mtu.fabric only, at the value', () => {
    const text = 'version: 1\nmtu:\n  fabric: 99999\n  host: 9000\nlossless:\n  priorities: [3]\n';
    const r = load(text);
    const p = only(r.problems);
    assert.equal(p.severity, 'error');
    assert.match(p.message, /^mtu\.fabric: 99999 is above the maximum 65535 \(ignored\)$/);
    assert.deepEqual(p.loc.range, { start: posOf(text, '99999'), end: { line: 2, character: 15 } });
    assert.deepEqual(r.intent?.mtu, { host: 9000 });
    assert.deepEqual(r.intent?.lossless, { priorities: [3] });
    assert.equal(r.intent?.locs['mtu.fabric'], undefined);
    assert.ok(r.intent?.locs['mtu.host']);
  });

  it('an MTU below 68 is an error', () => {
    const r = load('mtu: { host: 67 }\n');
    assert.match(only(r.problems).message, /below the minimum 68/);
  });

  it('an unknown key is reported at the key, with a suggestion', () => {
    const text = 'mtu:\n  fabirc: 9214\n  host: 9000\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /unknown key 'fabirc' — did you mean 'fabric'\?/);
    assert.deepEqual(p.loc.range, { start: posOf(text, 'fabirc'), end: { line: 1, character: 8 } });
    assert.deepEqual(r.intent?.mtu, { host: 9000 });
  });

  it('an unknown top-level key is dropped, the rest loads', () => {
    const text = 'lossles:\n  priorities: [3]\nmtu: { fabric: 9214 }\n';
    const r = load(text);
    assert.match(only(r.problems).message, /did you mean 'lossless'/);
    assert.equal(r.intent?.mtu?.fabric, 9214);
    assert.equal(r.intent?.lossless, undefined);
  });

  it('a wrong type drops that key', () => {
    const r = load('mtu: 9214\nlossless: { watchdog: off }\n');
    const p = only(r.problems);
    assert.match(p.message, /^mtu: 9214 is not a mapping/);
    assert.equal(r.intent?.mtu, undefined);
    assert.equal(r.intent?.lossless?.watchdog, 'off');
  });

  it('a priority out of 0–7 drops the whole priority set, the watchdog stays', () => {
    const text = 'lossless:\n  priorities: [3, 9]\n  watchdog: recommended\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /lossless\.priorities\.1: 9 is above the maximum 7 \(lossless\.priorities is ignored\)/);
    assert.deepEqual(startOf(p), posOf(text, '9]'));
    assert.deepEqual(r.intent?.lossless, { watchdog: 'recommended' });
  });

  it('a duplicate priority is an error', () => {
    const r = load('lossless: { priorities: [3, 3] }\n');
    assert.match(only(r.problems).message, /listed twice/);
    assert.deepEqual(r.intent?.lossless, {});
  });

  it('an enum value outside the list names the allowed values', () => {
    const text = 'lossless:\n  watchdog: maybe\n';
    const p = only(load(text).problems);
    assert.match(p.message, /'maybe' is not one of required, recommended, off/);
    assert.deepEqual(startOf(p), posOf(text, 'maybe'));
  });

  it('version 2 is an error; the rest loads as version 1', () => {
    const r = load('version: 2\nmtu: { fabric: 9214 }\n');
    assert.match(only(r.problems).message, /^version: 2 is not supported/);
    assert.equal(r.intent?.version, 1);
    assert.equal(r.intent?.mtu?.fabric, 9214);
  });

  it('a bad DSCP drops that class and says so; other classes stay', () => {
    const text = 'classes:\n  roce: { dscp: [26, 99], trafficClass: 3 }\n  cnp: { dscp: [48] }\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /classes\.roce\.dscp\.1: 99 is above the maximum 63 \(classes\.roce is ignored\)/);
    assert.deepEqual(startOf(p), posOf(text, '99'));
    assert.deepEqual(r.intent?.classes, { cnp: { dscp: [48] } });
  });

  it('a class without dscp is reported at its key', () => {
    const text = 'classes:\n  roce: { trafficClass: 3 }\n';
    const p = only(load(text).problems);
    assert.match(p.message, /classes\.roce: missing required key 'dscp'/);
    assert.deepEqual(p.loc.range, { start: posOf(text, 'roce'), end: { line: 1, character: 6 } });
  });

  it('a DSCP that is neither number, name nor range says what is accepted', () => {
    const p = only(load('classes:\n  roce: { dscp: [af99] }\n').problems);
    assert.match(p.message, /'af99': must be a whole number 0–63 or a DSCP name such as af31 or a range such as 24-31/);
  });

  it('a bad class name is reported at the key', () => {
    const text = 'classes:\n  "ro ce": { dscp: [26] }\n  cnp: { dscp: [48] }\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /a class name is letters/);
    assert.equal(startOf(p).line, 1);
    assert.deepEqual(Object.keys(r.intent?.classes ?? {}), ['cnp']);
  });

  it('an ECN probability above 100 drops that value only', () => {
    const r = load('ecn:\n  roce: { minBytes: 1000, maxBytes: 2000, probability: 150 }\n');
    assert.match(only(r.problems).message, /ecn\.roce\.probability: 150 is above the maximum 100/);
    assert.deepEqual(r.intent?.ecn, { roce: { minBytes: 1000, maxBytes: 2000 } });
  });

  it('a bad link drops that link only', () => {
    const text =
      'links:\n  - [leaf1:Ethernet1, spine1:Ethernet1]\n  - [leaf2, spine1:Ethernet2]\n  - { a: leaf3:Ethernet1, c: spine1:Ethernet3 }\n  - leaf4:Ethernet1\n';
    const r = load(text);
    const msgs = r.problems.map((p) => p.message);
    assert.ok(
      msgs.some((m) => /^links\.1\.0: 'leaf2': write an endpoint as device:interface/.test(m)),
      msgs.join('\n'),
    );
    assert.ok(
      msgs.some((m) => /^links\.2: missing required key 'b'/.test(m)),
      msgs.join('\n'),
    );
    assert.ok(
      msgs.some((m) => /^links\.2\.c: unknown key 'c'/.test(m)),
      msgs.join('\n'),
    );
    assert.ok(
      msgs.some((m) => /^links\.3: 'leaf4:Ethernet1': must be a list or a mapping/.test(m)),
      msgs.join('\n'),
    );
    const leaf2 = r.problems.find((p) => p.message.startsWith('links.1.0'))!;
    assert.deepEqual(startOf(leaf2), posOf(text, 'leaf2'));
    assert.deepEqual(
      r.intent?.links.map((l) => `${l.a.device}:${l.a.interface}-${l.b.device}:${l.b.interface}`),
      ['leaf1:Ethernet1-spine1:Ethernet1'],
    );
  });

  it('rule entries: a severity shorthand, a bad severity, a bad id', () => {
    const text = 'rules:\n  mtu/below-intent: warning\n  mtu/link-mismatch: { severity: loud }\n  BadId: off\n';
    const r = load(text);
    const msgs = r.problems.map((p) => p.message);
    assert.equal(r.problems.length, 2, msgs.join('\n'));
    assert.match(msgs[0]!, /rules\.mtu\/link-mismatch\.severity: 'loud' is not one of error, warning, info, hint, off/);
    assert.match(msgs[1]!, /'BadId': a rule id is category\/slug/);
    assert.deepEqual(startOf(r.problems[1]!), posOf(text, 'BadId'));
    assert.deepEqual(r.intent?.rules, { 'mtu/below-intent': { severity: 'warning' } });
  });

  it('a role with an empty glob drops that glob; a role with none left is dropped', () => {
    const r = load('roles:\n  leaf: ["*leaf*", ""]\n  spine: ""\n');
    assert.equal(r.problems.length, 2);
    assert.deepEqual(r.intent?.roles, [{ role: 'leaf', globs: ['*leaf*'] }]);
  });

  it('an unknown link source is dropped from the order', () => {
    const r = load('linkSources: [intent, lldpp, subnet]\n');
    assert.match(only(r.problems).message, /'lldpp' is not one of intent, clab/);
    assert.deepEqual(r.intent?.linkSources, ['intent', 'subnet']);
  });
});

describe('intent/load: checks beyond the schema', () => {
  it('a DSCP in two classes is an error at the later class, which is dropped', () => {
    const text = 'classes:\n  roce: { dscp: [26] }\n  other: { dscp: [af31, 27] }\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /classes\.other\.dscp: DSCP 26 already belongs to class roce \(line 2\)/);
    assert.deepEqual(startOf(p), posOf(text, '[af31'));
    assert.deepEqual(Object.keys(r.intent?.classes ?? {}), ['roce']);
    assert.equal(r.intent?.locs['classes.other'], undefined);
  });

  it('two classes with dscp: other', () => {
    const r = load('classes:\n  a: { dscp: other }\n  b: { dscp: other }\n');
    assert.match(only(r.problems).message, /class a already takes the other DSCP values/);
    assert.deepEqual(Object.keys(r.intent?.classes ?? {}), ['a']);
  });

  it('names and ranges expand; an inverted range is an error', () => {
    const r = load('classes:\n  roce: { dscp: ["24-27", cs6] }\n  bad: { dscp: ["30-20"] }\n');
    assert.match(only(r.problems).message, /'30-20' is not a DSCP range/);
    assert.deepEqual(r.intent?.classes?.roce?.dscp, [24, 25, 26, 27, 48]);
  });

  it('ECN min above max drops that class’s thresholds', () => {
    const text = 'ecn:\n  roce: { minBytes: 2000, maxBytes: 1000 }\n  cnp: { probability: 10 }\n';
    const r = load(text);
    const p = only(r.problems);
    assert.match(p.message, /ecn\.roce\.minBytes: 2000 is above maxBytes 1000 \(ecn\.roce is ignored\)/);
    assert.deepEqual(startOf(p), posOf(text, '2000'));
    assert.deepEqual(r.intent?.ecn, { cnp: { probability: 10 } });
  });

  it('ECN thresholds for a class that does not exist are a warning', () => {
    const r = load('classes:\n  roce: { dscp: [26] }\necn:\n  rocee: { minBytes: 1 }\n');
    const p = only(r.problems);
    assert.equal(p.severity, 'warning');
    assert.match(p.message, /no class rocee/);
    assert.ok(r.intent?.ecn?.rocee);
  });

  it('links: an interface cabled twice, a link to itself, a duplicate', () => {
    const text = [
      'links:',
      '  - [leaf1:Et1, spine1:Et1]',
      '  - [leaf1:Ethernet1, spine2:Et1]',
      '  - [leaf2:Et1, leaf2:Ethernet1]',
      '  - [spine1:Ethernet1, leaf1:Ethernet1]',
      '',
    ].join('\n');
    const r = load(text);
    const msgs = r.problems.map((p) => `${p.severity} ${p.loc.range.start.line} ${p.message}`);
    assert.deepEqual(msgs.length, 3, msgs.join('\n'));
    assert.match(msgs[0]!, /^error 2 links\.1: leaf1:Ethernet1 is already cabled by the link on line 2 \(ignored\)/);
    assert.match(msgs[1]!, /^error 3 links\.2: both ends are leaf2:Ethernet1/);
    assert.match(msgs[2]!, /^warning 4 links\.3: same link as line 2/);
    assert.equal(r.intent?.links.length, 1);
  });

  it('description patterns: compile, need a peer group, Python groups are converted', () => {
    const text = "descriptionPatterns:\n  - 'TO_(?P<peer>[^_]+)'\n  - '(unclosed'\n  - 'no_groups_(\\S+)'\n  - 'ok_(?<peer>\\w+)'\n";
    const r = load(text);
    const msgs = r.problems.map((p) => `${p.severity} ${p.loc.range.start.line} ${p.message}`);
    assert.equal(msgs.length, 3, msgs.join('\n'));
    assert.match(msgs[0]!, /^warning 1 descriptionPatterns\.0: Python named groups/);
    assert.match(msgs[1]!, /^error 2 descriptionPatterns\.1: not a valid regular expression/);
    assert.match(msgs[2]!, /^error 3 descriptionPatterns\.2: has no named group \(\?<peer>…\)/);
    assert.deepEqual(r.intent?.descriptionPatterns, ['TO_(?<peer>[^_]+)', 'ok_(?<peer>\\w+)']);
  });

  it('MTU sanity warnings keep the values', () => {
    const r = load('mtu:\n  fabric: 4000\n  host: 9000\n  minimum: 9100\n');
    const msgs = r.problems.map((p) => p.message);
    assert.ok(r.problems.every((p) => p.severity === 'warning'));
    assert.ok(
      msgs.some((m) => /mtu\.minimum: 9100 is above mtu\.fabric 4000/.test(m)),
      msgs.join('\n'),
    );
    assert.ok(
      msgs.some((m) => /mtu\.host: 9000 is above mtu\.fabric 4000/.test(m)),
      msgs.join('\n'),
    );
    assert.ok(
      msgs.some((m) => /mtu\.fabric: 4000 is below 4192/.test(m)),
      msgs.join('\n'),
    );
    assert.deepEqual(r.intent?.mtu, { fabric: 4000, host: 9000, minimum: 9100 });
  });

  it('lossless sanity warnings', () => {
    const r = load(
      'lossless:\n  priorities: [3, 4, 5]\n  maxLosslessPriorities: 2\nclasses:\n  roce: { dscp: [26], trafficClass: 2, lossless: true }\n  cnp: { dscp: [48], trafficClass: 3, lossless: false }\n',
    );
    const msgs = r.problems.map((p) => p.message);
    assert.equal(msgs.length, 3, msgs.join('\n'));
    assert.ok(r.problems.every((p) => p.severity === 'warning'));
    assert.ok(msgs.some((m) => /3 lossless priorities but lossless\.maxLosslessPriorities is 2/.test(m)));
    assert.ok(msgs.some((m) => /class roce is lossless on traffic class 2/.test(m)));
    assert.ok(msgs.some((m) => /class cnp is lossy, but its traffic class 3/.test(m)));
  });

  it('linkSources without intent while links are given is a warning', () => {
    const r = load('links: [[a:Et1, b:Et1]]\nlinkSources: [subnet]\n');
    assert.match(only(r.problems, 'warning').message, /leaves out 'intent'/);
  });

  it('unknown rule ids are warnings when the known rules are given; ignore.rules globs expand', () => {
    const known = ['mtu/link-mismatch', 'mtu/below-intent', 'qos/dscp-map-drift', 'qos/cnp-not-priority'];
    const text = 'rules:\n  mtu/link-mismatchh: off\nignore:\n  rules: ["qos/*", nope/rule]\n';
    const r = load(text, known);
    const msgs = r.problems.map((p) => p.message);
    assert.equal(msgs.length, 2, msgs.join('\n'));
    assert.match(msgs[0]!, /no rule mtu\/link-mismatchh — did you mean mtu\/link-mismatch\?/);
    assert.match(msgs[1]!, /no rule nope\/rule/);
    assert.deepEqual(r.intent?.rules, {
      'mtu/link-mismatchh': { severity: 'off' },
      'qos/dscp-map-drift': { severity: 'off' },
      'qos/cnp-not-priority': { severity: 'off' },
    });
  });
});
