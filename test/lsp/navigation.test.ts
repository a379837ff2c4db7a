import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { REPO_ROOT, serverSession, tempCopy, uriOf } from './harness';

/** 0-based line of the first line that is exactly `text` (trailing spaces ignored). */
function lineOf(file: string, text: string): number {
  const line = fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .findIndex((l) => l.trimEnd() === text);
  assert.ok(line >= 0, `${path.basename(file)} has a line "${text}"`);
  return line;
}

function markdownOf(h: Hover | null): string {
  assert.ok(h, 'a hover');
  const c = h.contents as MarkupContent;
  assert.equal(c.kind, 'markdown');
  return c.value;
}

describe('language server: hover and go to definition (examples/leaf-spine)', function () {
  this.timeout(60000);
  const session = serverSession(() => tempCopy(path.join(REPO_ROOT, 'examples', 'leaf-spine')), { transport: 'stdio' }, 'all');
  const f = session.f;
  before(() => session.client.ready());

  it('declares hoverProvider and definitionProvider', () => {
    assert.equal(session.client.initializeResult.capabilities.hoverProvider, true);
    assert.equal(session.client.initializeResult.capabilities.definitionProvider, true);
  });

  it('hover on an interface header shows the interface and its link with the evidence, the winner first', async () => {
    const header = lineOf(f('leaf2.cfg'), 'interface Ethernet50/1');
    const md = markdownOf(await session.client.hover(f('leaf2.cfg'), header, 12));
    assert.match(md, /leaf2 Ethernet50\/1/);
    assert.match(md, /kind: physical, mode: routed/);
    assert.match(md, /L3 MTU: 9000\b/);
    assert.match(md, /PFC: on, no-drop priorities: 3/);
    assert.match(md, /classified by: trust dscp/);
    assert.match(md, /role: \*\*fabric\*\* \(linked to spine2 Ethernet1\/2 \(subnet 10\.0\.2\.2\/31\)/);
    assert.match(md, /peer \*\*spine2 Ethernet1\/2\*\*/);
    assert.match(md, /1\. subnet: subnet 10\.0\.2\.2\/31 \(winning source\)/);
    assert.match(md, /description: description "P2P_LINK_TO_SPINE2_Ethernet1\/2"/);
    assert.ok(md.indexOf('subnet 10.0.2.2/31') < md.indexOf('description:'), 'winning evidence first');

    // Any line of the section gives the same interface.
    const inside = markdownOf(await session.client.hover(f('leaf2.cfg'), lineOf(f('leaf2.cfg'), '   mtu 9000'), 4));
    assert.match(inside, /leaf2 Ethernet50\/1/);
  });

  it('hover shows what each code point of the QoS contract gets on the port, by meaning and by local names', async () => {
    // leaf4 Ethernet1/49 attaches the misspelt ROCE_CLASIFY: RoCE stays in qos-group 0 on that port only.
    const broken = markdownOf(await session.client.hover(f('leaf4.cfg'), lineOf(f('leaf4.cfg'), 'interface Ethernet1/49'), 12));
    assert.match(broken, /QoS contract on this port/);
    assert.match(broken, /DSCP 26 \(roce\): best effort — qos-group 0/);
    const good = markdownOf(await session.client.hover(f('leaf4.cfg'), lineOf(f('leaf4.cfg'), 'interface Ethernet1/50'), 12));
    assert.match(good, /DSCP 26 \(roce\): lossless on priority 3, ECN-marked — qos-group 3/);
    assert.match(good, /DSCP 48 \(cnp\): lossy, strict priority — qos-group 6/);
  });

  it('hover on a reference names the definition', async () => {
    const line = lineOf(f('leaf3.cfg'), '  service-policy type qos input ROCE_CLASSIFY');
    const character = '  service-policy type qos input '.length + 2;
    const md = markdownOf(await session.client.hover(f('leaf3.cfg'), line, character));
    const def = lineOf(f('leaf3.cfg'), 'policy-map type qos ROCE_CLASSIFY');
    assert.match(md, /policy-map.*ROCE_CLASSIFY/);
    assert.match(md, new RegExp(`line ${def + 1}\\b`));
  });

  it('definition on an interface header lands on the peer interface header in the other file', async () => {
    const header = lineOf(f('leaf2.cfg'), 'interface Ethernet50/1');
    const locs = await session.client.definition(f('leaf2.cfg'), header, 12);
    assert.deepEqual(
      locs?.map((l) => [l.uri, l.range.start.line]),
      [[uriOf(f('spine2.cfg')), lineOf(f('spine2.cfg'), 'interface Ethernet1/2')]],
    );
  });

  it('definition on a service-policy name lands on the policy-map', async () => {
    const line = lineOf(f('leaf3.cfg'), '  service-policy type qos input ROCE_CLASSIFY');
    const locs = await session.client.definition(f('leaf3.cfg'), line, '  service-policy type qos input '.length + 1);
    assert.deepEqual(
      locs?.map((l) => [l.uri, l.range.start.line]),
      [[uriOf(f('leaf3.cfg')), lineOf(f('leaf3.cfg'), 'policy-map type qos ROCE_CLASSIFY')]],
    );
  });

  it('gives null where there is nothing', async () => {
    const empty = lineOf(f('leaf2.cfg'), 'no aaa root');
    assert.equal(await session.client.hover(f('leaf2.cfg'), empty, 2), null);
    assert.equal(await session.client.definition(f('leaf2.cfg'), empty, 2), null);
    // Inside an interface but not on its header: a hover, no definition.
    const header = lineOf(f('leaf2.cfg'), 'interface Ethernet50/1');
    assert.equal(await session.client.definition(f('leaf2.cfg'), header + 3, 4), null);
    assert.equal(await session.client.hover(f('README.md'), 0, 0), null);
  });
});
