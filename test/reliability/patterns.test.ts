import * as assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { compileGlob, compileGlobs, compilePathGlob } from '../../server/src/model/glob';
import { linearRegExp } from '../../server/src/model/linear-regex';
import { descriptionText, peerInterface } from '../../server/src/links/infer';
import { trimEndChars } from '../../server/src/links/text';

/** The matchers that replaced regular expressions built from workspace text mean what the regular expressions meant. */
describe('reliability: workspace patterns without backtracking', () => {
  describe('path globs for include / exclude / dialects settings (model/glob.ts compilePathGlob)', () => {
    // picomatch (a devDependency) is the oracle: the settings meant what picomatch made of them before.
    const patterns = [
      '*.cfg',
      '**/*.cfg',
      'leaf*/**',
      'archive/**',
      'archive/',
      'dc1/*/spine?.conf',
      '{dc1,dc2}/**/*.json',
      '**/fabric-intent.yaml',
      'configs/[a-c]*',
      '.hidden/*',
      '**',
      'a/**/b',
      './leaf*/**',
    ];
    const paths = [
      'leaf1.cfg',
      'configs/leaf1.cfg',
      'leaf1/running.cfg',
      'leaf1',
      'leaf12/a/b/c.txt',
      'archive',
      'archive/',
      'archive/old/x.cfg',
      'dc1/pod1/spine1.conf',
      'dc1/pod1/spine10.conf',
      'dc2/x/y/z.json',
      'dc3/x.json',
      'fabric-intent.yaml',
      'sub/fabric-intent.yaml',
      'configs/bleaf',
      'configs/dleaf',
      '.hidden/x',
      'a/b',
      'a/x/y/b',
      'a/bb',
    ];
    for (const glob of patterns) {
      it(`${glob} matches as picomatch did`, () => {
        const mine = compilePathGlob(glob);
        const oracle = picomatch(glob, { dot: true });
        for (const p of paths) assert.equal(mine.test(p), oracle(p), `${glob} on ${p}`);
      });
    }

    it('case folding for the dialects setting', () => {
      assert.ok(compilePathGlob('LEAF*/**', { nocase: true }).test('leaf1/x.cfg'));
      assert.ok(!compilePathGlob('LEAF*/**').test('leaf1/x.cfg'));
    });

    it('stars in a segment and across segments stay linear on a long name', () => {
      const name = 'a'.repeat(100_000);
      assert.ok(!compilePathGlob('*a*a*a*a*a*a*a*a*b').test(name));
      assert.ok(!compilePathGlob('**/**/**/**/**/x').test(Array.from({ length: 5000 }, () => 'd').join('/')));
    });
  });

  describe('globs (model/glob.ts)', () => {
    const m = (glob: string, text: string, opts = {}): boolean => compileGlob(glob, opts).test(text);

    it('`*` takes any run, `/` included; `?` one character', () => {
      assert.ok(m('Ethernet*', 'Ethernet1/1'));
      assert.ok(m('*', ''));
      assert.ok(m('et-*', 'et-0/0/0:1'));
      assert.ok(m('Eth?', 'Eth1'));
      assert.ok(!m('Eth?', 'Eth10'));
      assert.ok(m('*spine*', 'dc1-spine2'));
      assert.ok(!m('*spine*', 'dc1-leaf2'));
      assert.ok(m('a*b*c', 'aXbYbZc'));
      assert.ok(!m('a*b*c', 'aXbYbZ'));
    });

    it('sets, ranges and negation, as Junos `<[xe][et]-*>` writes them', () => {
      assert.ok(m('[xe][et]-*', 'xe-0/0/1'));
      assert.ok(m('[xe][et]-*', 'et-0/0/1'));
      assert.ok(!m('[xe][et]-*', 'ge-0/0/1'));
      assert.ok(m('leaf[0-9]', 'leaf7'));
      assert.ok(!m('leaf[!0-9]', 'leaf7'));
      assert.ok(m('leaf[^0-9]', 'leafa'));
      assert.ok(m('a[b', 'a[b'), 'an unclosed [ is literal');
    });

    it('case folding and `{a,b}` alternatives where asked for', () => {
      assert.ok(m('MANAGEMENT*', 'Management1', { nocase: true }));
      assert.ok(!m('MANAGEMENT*', 'Management1'));
      assert.ok(m('{tor,leaf}-*', 'tor-1', { braces: true }));
      assert.ok(m('{tor,leaf}-*', 'leaf-1', { braces: true }));
      assert.ok(!m('{tor,leaf}-*', 'leaf-1'), 'braces are literal in Junos');
      assert.ok(m('a{b,{c,d}}e', 'ade', { braces: true }));
      assert.ok(compileGlobs(['x*', 'y*']).test('y1'));
      assert.ok(!compileGlobs([]).test('y1'));
    });

    it('matches the patterns that backtrack catastrophically as regular expressions', () => {
      const many = 'a'.repeat(5000);
      assert.ok(!m('*a*a*a*a*a*a*a*a*a*a*b', many));
      assert.ok(m('*a*a*a*a*a*a*a*a*a*a*', many));
      assert.ok(!m(`x${'{a,b}'.repeat(20)}`, 'xab', { braces: true }), 'past the expansion limit, braces are literal');
    });
  });

  describe('regular expressions from the intent (model/linear-regex.ts)', () => {
    it('runs nested quantifiers on the linear-time engine', () => {
      const re = linearRegExp('^(?<peer>(a+)+)$');
      assert.ok(re instanceof RegExp);
      assert.equal(re.exec(`${'a'.repeat(50000)}!`), null);
      assert.equal(re.exec('aaa')?.groups?.['peer'], 'aaa');
    });

    it('rejects, with the reason, what that engine cannot run', () => {
      assert.match(String(linearRegExp('(?<peer>a)\\1')), /backreferences/);
      assert.match(String(linearRegExp('(?<peer>a)(?=b)')), /lookaround/);
      assert.match(String(linearRegExp('(?<peer>a')), /not a valid regular expression/);
      assert.match(String(linearRegExp(`(?<peer>${'a'.repeat(2000)})`)), /longer than 1000 characters/);
    });
  });

  describe('trailing-character strips (were /[…]+$/)', () => {
    it('strip what the regular expressions stripped', () => {
      assert.equal(trimEndChars('abc;;', ';'), 'abc');
      assert.equal(trimEndChars(';;;', ';'), '');
      assert.equal(descriptionText('"P2P_LINK_TO_SW2_Et1";'), 'P2P_LINK_TO_SW2_Et1');
      assert.equal(descriptionText("'x'"), 'x');
      assert.equal(descriptionText('x;y'), 'x;y');
      assert.equal(peerInterface({ intf: 'Et1",;' }), 'Et1');
      assert.equal(peerInterface({}), undefined);
    });

    it("take linear time: 200,000 ';' after a description", () => {
      const d = `P2P_LINK_TO_SW2_Et1${';'.repeat(200000)}x${';'.repeat(200000)}`;
      assert.equal(descriptionText(d).length, 200000 + 20);
    });
  });
});
