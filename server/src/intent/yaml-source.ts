/** The YAML document of the intent file: the node at a raw path and its position (0-based LSP ranges). */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type LineCounter, type Node as YamlNode, type Pair } from 'yaml';
import type { Loc, Range } from '../model/location';
import type { Path } from './paths';

export class Source {
  constructor(
    readonly uri: string,
    readonly doc: Document,
    private readonly lc: LineCounter,
    private readonly textLength: number,
  ) {}

  range(start: number, end: number): Range {
    const s = Math.max(0, Math.min(start, this.textLength));
    const e = Math.max(s, Math.min(end, this.textLength));
    const a = this.lc.linePos(s);
    const b = this.lc.linePos(e);
    return { start: { line: a.line - 1, character: a.col - 1 }, end: { line: b.line - 1, character: b.col - 1 } };
  }

  loc(start: number, end: number): Loc {
    return { uri: this.uri, range: this.range(start, end) };
  }

  private resolve(n: unknown): YamlNode | undefined {
    if (isAlias(n)) return n.resolve(this.doc) as YamlNode | undefined;
    return isNode(n) ? n : undefined;
  }

  /** The node at a raw path and the pair holding it (when it is a mapping value). */
  find(p: Path): { node?: YamlNode; pair?: Pair; parent?: YamlNode } {
    let node = this.resolve(this.doc.contents);
    let pair: Pair | undefined;
    let parent: YamlNode | undefined;
    for (const seg of p) {
      if (!node) return {};
      parent = node;
      if (isMap(node)) {
        // The last of duplicate keys: that is the value toJS keeps (the duplicate itself is a YAML error).
        pair = undefined;
        for (let i = node.items.length - 1; i >= 0 && !pair; i--) if (scalarKey(node.items[i]!.key) === String(seg)) pair = node.items[i];
        if (!pair) return { parent };
        node = this.resolve(pair.value);
        if (!node) return { pair, parent };
      } else if (isSeq(node)) {
        pair = undefined;
        node = this.resolve(node.items[Number(seg)]);
      } else {
        return { parent };
      }
    }
    return { node, pair, parent };
  }

  private nodeSpan(n: YamlNode | undefined): [number, number] | undefined {
    const r = n?.range;
    if (!r || r[1] <= r[0]) return undefined;
    return [r[0], r[1]];
  }

  /** The value at `p` (its key when the value is empty). */
  valueLoc(p: Path): Loc {
    const { node, pair, parent } = this.find(p);
    const span = this.nodeSpan(node) ?? this.nodeSpan(isNode(pair?.key) ? pair.key : undefined) ?? this.nodeSpan(parent) ?? [0, 0];
    return this.loc(span[0], span[1]);
  }

  /** The key of the mapping entry at `p` (the value when `p` is a list item). */
  keyLoc(p: Path): Loc {
    const { pair } = this.find(p);
    const k = isNode(pair?.key) ? this.nodeSpan(pair.key) : undefined;
    return k ? this.loc(k[0], k[1]) : this.valueLoc(p);
  }

  /** Key through the end of the value: what `Intent.locs` records. */
  entryLoc(p: Path): Loc {
    const { node, pair } = this.find(p);
    const k = isNode(pair?.key) ? this.nodeSpan(pair.key) : undefined;
    const v = this.nodeSpan(node);
    if (k && v) return this.loc(k[0], Math.max(k[1], v[1]));
    return this.valueLoc(p);
  }

  /** Keys of the mapping at `p`, in file order. */
  keysInOrder(p: Path): string[] {
    const { node } = p.length === 0 ? { node: this.resolve(this.doc.contents) } : this.find(p);
    if (!isMap(node)) return [];
    return node.items.map((it) => scalarKey(it.key)).filter((k): k is string => k !== undefined);
  }
}

function scalarKey(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  if (k === null || k === undefined) return undefined;
  if (typeof k !== 'object') return String(k);
  return undefined;
}
