/**
 * The FixWriter operations as a set: every operation is written by some dialect (an operation every writer
 * declines is dead), and a writer that cannot express a change says why instead of returning a bare empty list.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fixWriterFor } from '../../server/src/dialects';
import { CliFixWriter } from '../../server/src/dialects/cli/fix-writer';
import { CumulusFixWriter } from '../../server/src/dialects/cumulus/fix-writer';
import { JunosFixWriter } from '../../server/src/dialects/junos/fix-writer';
import { NoFixWriter } from '../../server/src/dialects/no-fix-writer';
import { SonicFixWriter } from '../../server/src/dialects/sonic/fix-writer';
import { extractText, fixturePath, ready } from './helpers';

const WRITERS = [CliFixWriter, JunosFixWriter, SonicFixWriter, CumulusFixWriter];

describe('fix writer operations', () => {
  before(async function () {
    await ready();
  });

  it('every FixWriter operation is written by at least one dialect', () => {
    const ops = Object.getOwnPropertyNames(NoFixWriter.prototype).filter((n) => n !== 'constructor' && n !== 'cannot');
    assert.ok(ops.length >= 20, `read the operations (${ops.length})`);
    const dead = ops.filter((op) => !WRITERS.some((W) => Object.prototype.hasOwnProperty.call(W.prototype, op)));
    assert.deepEqual(dead, []);
  });

  it('a declined change carries its reason and is the empty edit list everywhere else', () => {
    const dev = extractText(readFileSync(fixturePath('nxos-roce.cfg'), 'utf8'), 'nxos', 'file:///fixtures/nxos-roce.cfg');
    const w = fixWriterFor(dev);
    const iface = [...dev.interfaces.values()].find((i) => i.kind === 'physical')!;
    const r = w.setInterfaceNoDropPriorities(iface, [3]);
    assert.match(r.declined ?? '', /network-qos/);
    assert.deepEqual(r, []);
    assert.equal(JSON.stringify({ edits: r }), '{"edits":[]}');
    assert.deepEqual([...r, ...w.setInterfaceTrustDscp(iface)], []);
    // What NX-OS can say is not declined.
    const on = w.setInterfacePfcModeOn(iface);
    assert.equal(on.declined, undefined);
    assert.ok(on.length > 0);
  });

  it('the base writer declines every operation with the dialect named', () => {
    const dev = extractText('hostname x\n', 'eos');
    const w = new NoFixWriter(dev);
    assert.match(w.removeSetting().declined ?? '', /^eos: .* cannot be written/);
  });
});
