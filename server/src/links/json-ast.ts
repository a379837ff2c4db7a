/**
 * A small JSON parser that keeps the offsets of every value and key, so topology readers can point
 * at the exact object that states a link. Tolerant: a syntax error stops the parse and is reported
 * with its offset, and what was parsed before it is still returned.
 */

interface NodeBase {
  start: number;
  end: number;
}

export interface JsonProperty {
  key: string;
  keyStart: number;
  keyEnd: number;
  value: JsonNode;
}

export type JsonNode =
  | (NodeBase & { type: 'object'; props: JsonProperty[] })
  | (NodeBase & { type: 'array'; items: JsonNode[] })
  | (NodeBase & { type: 'string'; value: string })
  | (NodeBase & { type: 'number'; value: number })
  | (NodeBase & { type: 'boolean'; value: boolean })
  | (NodeBase & { type: 'null' });

export type JsonObject = Extract<JsonNode, { type: 'object' }>;
export type JsonArray = Extract<JsonNode, { type: 'array' }>;

export interface JsonParseResult {
  root: JsonNode | undefined;
  error?: { message: string; offset: number };
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 512;

export function parseJsonAst(text: string): JsonParseResult {
  const p = new Parser(text);
  try {
    p.skipWs();
    const root = p.value(0);
    p.skipWs();
    if (p.pos < text.length) return { root, error: { message: 'unexpected text after the JSON value', offset: p.pos } };
    return { root };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { root: p.partialRoot, error: { message: e.message, offset: e.offset } };
    throw e;
  }
}

class Parser {
  pos = 0;
  partialRoot: JsonNode | undefined;

  constructor(private readonly text: string) {}

  skipWs(): void {
    const t = this.text;
    let i = this.pos;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else break;
    }
    this.pos = i;
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(message, this.pos);
  }

  value(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('JSON nested too deeply');
    const c = this.text[this.pos];
    switch (c) {
      case '{':
        return this.object(depth);
      case '[':
        return this.array(depth);
      case '"': {
        const start = this.pos;
        const value = this.string();
        return { type: 'string', start, end: this.pos, value };
      }
      case 't':
      case 'f':
      case 'n':
        return this.literal();
      default:
        if (c !== undefined && (c === '-' || (c >= '0' && c <= '9'))) return this.number();
        this.fail(c === undefined ? 'unexpected end of JSON' : `unexpected character '${c}'`);
    }
  }

  private object(depth: number): JsonNode {
    const node: JsonObject = { type: 'object', start: this.pos, end: this.pos, props: [] };
    if (depth === 0) this.partialRoot = node;
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === '}') {
      this.pos++;
      node.end = this.pos;
      return node;
    }
    for (;;) {
      this.skipWs();
      if (this.text[this.pos] !== '"') this.fail('expected a property name');
      const keyStart = this.pos;
      const key = this.string();
      const keyEnd = this.pos;
      this.skipWs();
      if (this.text[this.pos] !== ':') this.fail("expected ':'");
      this.pos++;
      this.skipWs();
      const value = this.value(depth + 1);
      node.props.push({ key, keyStart, keyEnd, value });
      node.end = this.pos;
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === '}') {
        this.pos++;
        node.end = this.pos;
        return node;
      }
      this.fail("expected ',' or '}'");
    }
  }

  private array(depth: number): JsonNode {
    const node: JsonArray = { type: 'array', start: this.pos, end: this.pos, items: [] };
    if (depth === 0) this.partialRoot = node;
    this.pos++;
    this.skipWs();
    if (this.text[this.pos] === ']') {
      this.pos++;
      node.end = this.pos;
      return node;
    }
    for (;;) {
      this.skipWs();
      node.items.push(this.value(depth + 1));
      node.end = this.pos;
      this.skipWs();
      const c = this.text[this.pos];
      if (c === ',') {
        this.pos++;
        continue;
      }
      if (c === ']') {
        this.pos++;
        node.end = this.pos;
        return node;
      }
      this.fail("expected ',' or ']'");
    }
  }

  private string(): string {
    const t = this.text;
    const start = this.pos;
    let i = start + 1;
    let escaped = false;
    for (;;) {
      const c = t.charCodeAt(i);
      if (Number.isNaN(c) || c === 10) {
        this.pos = i;
        this.fail('unterminated string');
      }
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      i++;
    }
    this.pos = i + 1;
    if (!escaped) return t.slice(start + 1, i);
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      this.pos = start;
      this.fail('invalid escape in string');
    }
  }

  private number(): JsonNode {
    const re = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) this.fail('invalid number');
    const start = this.pos;
    this.pos += m[0].length;
    return { type: 'number', start, end: this.pos, value: Number(m[0]) };
  }

  private literal(): JsonNode {
    const start = this.pos;
    for (const [word, node] of [
      ['true', { type: 'boolean', value: true }],
      ['false', { type: 'boolean', value: false }],
      ['null', { type: 'null' }],
    ] as const) {
      if (this.text.startsWith(word, start)) {
        this.pos += word.length;
        return { ...node, start, end: this.pos } as JsonNode;
      }
    }
    this.fail('unexpected literal');
  }
}

export function prop(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (const p of node.props) if (p.key === key) return p.value;
  return undefined;
}

export function propEntry(node: JsonNode | undefined, key: string): JsonProperty | undefined {
  if (node?.type !== 'object') return undefined;
  for (const p of node.props) if (p.key === key) return p;
  return undefined;
}

/** The value as a string: strings as written, numbers converted; anything else undefined. */
export function str(node: JsonNode | undefined): string | undefined {
  if (node?.type === 'string') return node.value;
  if (node?.type === 'number') return String(node.value);
  return undefined;
}

/** Elements of an array, or the single object when a tool printed one element without the array. */
export function items(node: JsonNode | undefined): JsonNode[] {
  if (!node) return [];
  if (node.type === 'array') return node.items;
  if (node.type === 'object') return [node];
  return [];
}
