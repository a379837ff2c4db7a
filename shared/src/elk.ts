/**
 * The layout library of the fabric picture (elkjs, see docs/architecture.md for why), in its bundled form that runs
 * in one thread in Node and in a webview alike: no worker file to ship, no eval.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkLike } from './fabric-picture';

export function newElk(): ElkLike {
  return new ELK() as unknown as ElkLike;
}
