// How an analysis crosses from an analysis thread to the caller's thread: a tape of numbers and one table of the
// strings it holds, not a structured clone. A structured clone costs the caller's thread most of the time the
// model of a fabric takes to arrive, and what it builds is bigger than the objects it copies: every location gets
// its own copy of the file's uri, and every object the property slots of `{}` (four) or a property array beside
// it. Unpacked, each object is built by a literal of its own keys (compiled once per set of keys), so it has the
// size and the shape of the object the reader made, and a string is one string however often the analysis names it.
// Positions ({line, character}) and ranges ({start, end}) name no file, so the caller's thread keeps one of each
// for every file (model/shared-locations.ts), and so it does of each short string (model/shared-strings.ts).
// Values are plain data (objects, arrays with their holes, Maps, Sets, Int32Arrays, strings, numbers, booleans,
// undefined, null); an object met twice is one object on the other side too. Anything else (a class instance, a cycle, nesting
// deeper than MAX_DEPTH) is refused with Unpackable, and the caller sends a structured clone instead.

import type { Position, Range } from '../model/location';
import { sharedPosition, sharedRange } from '../model/shared-locations';
import { sharedString } from '../model/shared-strings';

/** What crosses the thread boundary: the tape and the doubles are transferred, the strings and shapes cloned. */
export interface Packed {
  tape: Int32Array;
  doubles: Float64Array;
  strings: string[];
  /** The keys of each kind of object, in order. */
  shapes: string[][];
}

/** The value cannot be packed (see the module comment); send it as a structured clone. */
export class Unpackable extends Error {}

const enum Op {
  Undefined,
  Null,
  True,
  False,
  Int,
  Double,
  String,
  Object,
  Array,
  Hole,
  Map,
  Set,
  /** An object packed before: its index in the order objects were finished. */
  Ref,
  /** Its length, then its values on the tape (tables of numbers such as model/vlan-table.ts's rows). */
  Int32Array,
}

/** Deeper than any analysis nests (a Device is about ten levels deep); bounds the recursion of both ends. */
export const MAX_DEPTH = 200;

const OPEN = -1;

interface ShapeNode {
  next?: Map<string, ShapeNode>;
  id?: number;
}

class Packer {
  tape = new Int32Array(4096);
  length = 0;
  readonly doubles: number[] = [];
  readonly strings: string[] = [];
  private readonly stringIds = new Map<string, number>();
  readonly shapes: string[][] = [];
  private readonly shapeRoot: ShapeNode = {};
  /** Finished objects, by the index the unpacker gives them; OPEN while their contents are being packed. */
  private readonly ids = new Map<object, number>();
  private finished = 0;

  private push(n: number): void {
    if (this.length === this.tape.length) {
      const bigger = new Int32Array(this.tape.length * 2);
      bigger.set(this.tape);
      this.tape = bigger;
    }
    this.tape[this.length++] = n;
  }

  private values(a: Int32Array): void {
    if (this.length + a.length > this.tape.length) {
      const bigger = new Int32Array(Math.max(this.tape.length * 2, this.length + a.length));
      bigger.set(this.tape);
      this.tape = bigger;
    }
    this.tape.set(a, this.length);
    this.length += a.length;
  }

  value(v: unknown, depth: number): void {
    switch (typeof v) {
      case 'undefined':
        return this.push(Op.Undefined);
      case 'boolean':
        return this.push(v ? Op.True : Op.False);
      case 'number':
        if ((v | 0) === v && !(v === 0 && 1 / v < 0)) {
          this.push(Op.Int);
          this.push(v);
        } else {
          this.push(Op.Double);
          this.push(this.doubles.length);
          this.doubles.push(v);
        }
        return;
      case 'string': {
        let id = this.stringIds.get(v);
        if (id === undefined) {
          id = this.strings.length;
          this.strings.push(v);
          this.stringIds.set(v, id);
        }
        this.push(Op.String);
        this.push(id);
        return;
      }
      case 'object':
        if (v === null) return this.push(Op.Null);
        return this.object(v, depth);
      default:
        throw new Unpackable(`a ${typeof v} value`);
    }
  }

  private object(o: object, depth: number): void {
    const id = this.ids.get(o);
    if (id === OPEN) throw new Unpackable('a cycle');
    if (id !== undefined) {
      this.push(Op.Ref);
      this.push(id);
      return;
    }
    if (depth >= MAX_DEPTH) throw new Unpackable(`nesting deeper than ${MAX_DEPTH}`);
    this.ids.set(o, OPEN);
    const proto = Object.getPrototypeOf(o) as unknown;
    if (Array.isArray(o)) {
      if (proto !== Array.prototype) throw new Unpackable('an array of a subclass');
      this.push(Op.Array);
      this.push(o.length);
      for (let i = 0; i < o.length; i++) {
        if (i in o) this.value(o[i], depth + 1);
        else this.push(Op.Hole);
      }
    } else if (proto === Object.prototype) {
      this.push(Op.Object);
      const at = this.length;
      this.push(0);
      let node = this.shapeRoot;
      // Own keys only: pack() checked that Object.prototype has no enumerable property.
      for (const k in o) {
        node = (node.next ??= new Map()).get(k) ?? setNode(node.next, k);
        this.value((o as Record<string, unknown>)[k], depth + 1);
      }
      if (node.id === undefined) {
        node.id = this.shapes.length;
        this.shapes.push(Object.keys(o));
      }
      this.tape[at] = node.id;
    } else if (o instanceof Map && proto === Map.prototype) {
      this.push(Op.Map);
      this.push(o.size);
      for (const [k, v] of o) {
        this.value(k, depth + 1);
        this.value(v, depth + 1);
      }
    } else if (o instanceof Set && proto === Set.prototype) {
      this.push(Op.Set);
      this.push(o.size);
      for (const v of o) this.value(v, depth + 1);
    } else if (o instanceof Int32Array && proto === Int32Array.prototype) {
      this.push(Op.Int32Array);
      this.push(o.length);
      this.values(o);
    } else {
      throw new Unpackable(`an object of class ${(o.constructor as { name?: string } | undefined)?.name ?? 'unknown'}`);
    }
    this.ids.set(o, this.finished++);
  }
}

function setNode(next: Map<string, ShapeNode>, key: string): ShapeNode {
  const node: ShapeNode = {};
  next.set(key, node);
  return node;
}

/** Packs a plain-data value; throws Unpackable for anything else. The tape's and doubles' buffers can be transferred. */
export function pack(value: unknown): Packed {
  if (Object.keys(Object.prototype).length > 0) throw new Unpackable('Object.prototype has enumerable properties');
  const p = new Packer();
  p.value(value, 0);
  return { tape: p.tape.subarray(0, p.length), doubles: Float64Array.from(p.doubles), strings: p.strings, shapes: p.shapes };
}

type Factory = (read: () => unknown) => object;

const internPosition: Factory = (read) => sharedPosition({ line: read() as number, character: read() as number });
const internRange: Factory = (read) => {
  const r = { start: read(), end: read() };
  return isPosition(r.start) && isPosition(r.end) ? sharedRange(r as Range) : r;
};

function isPosition(p: unknown): p is Position {
  return typeof p === 'object' && p !== null && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';
}

/** The factory of a shape: interning for positions and ranges, else a compiled literal. */
function shapeFactory(keys: readonly string[]): Factory {
  if (keys.length === 2 && keys[0] === 'line' && keys[1] === 'character') return internPosition;
  if (keys.length === 2 && keys[0] === 'start' && keys[1] === 'end') return internRange;
  return factoryFor(keys);
}

/** Object builders by their keys, shared by every unpack: a fabric has a few hundred kinds of objects. */
const factories = new Map<string, Factory>();
/** Objects with more keys than this (tables keyed by names in the file) are built key by key, not compiled. */
const MAX_COMPILED_KEYS = 48;
const MAX_FACTORIES = 4096;
/** `new Array(n)` makes a dictionary (slow) array above V8's limit for fast elements; bigger arrays grow. */
const MAX_PRESIZED = 32_768;

function factoryFor(keys: readonly string[]): Factory {
  const key = keys.join('\u0000');
  let f = factories.get(key);
  if (f) return f;
  if (keys.length > MAX_COMPILED_KEYS || keys.includes('__proto__') || factories.size >= MAX_FACTORIES) {
    f = (read) => {
      const o: Record<string, unknown> = {};
      for (const k of keys) Object.defineProperty(o, k, { value: read(), writable: true, enumerable: true, configurable: true });
      return o;
    };
  } else {
    // A literal of exactly these keys: V8 gives its objects in-object slots for them and one shared shape. The
    // keys are written as JSON strings, so no key can be anything but a key; `read` is called in key order.
    f = new Function('read', `return {${keys.map((k) => `${JSON.stringify(k)}: read()`).join(', ')}};`) as Factory;
  }
  factories.set(key, f);
  return f;
}

/** The value `pack` packed, built anew on this thread. */
export function unpack(packed: Packed): unknown {
  const { tape, doubles, shapes } = packed;
  // Names recur from file to file (VLAN and interface names, policies, classes): one string on this thread for all.
  const strings = packed.strings.map(sharedString);
  const made = new Array<Factory | undefined>(shapes.length);
  const objects: unknown[] = [];
  let i = 0;
  const read = (): unknown => {
    switch (tape[i++] as Op) {
      case Op.Undefined:
        return undefined;
      case Op.Null:
        return null;
      case Op.True:
        return true;
      case Op.False:
        return false;
      case Op.Int:
        return tape[i++];
      case Op.Double:
        return doubles[tape[i++]!];
      case Op.String:
        return strings[tape[i++]!];
      case Op.Ref:
        return objects[tape[i++]!];
      case Op.Object: {
        const s = tape[i++]!;
        const o = (made[s] ??= shapeFactory(shapes[s]!))(read);
        objects.push(o);
        return o;
      }
      case Op.Array: {
        const n = tape[i++]!;
        // Sized at once (V8 then allocates exactly n slots), except past the length where it would make a slow array.
        const a = n <= MAX_PRESIZED ? new Array<unknown>(n) : [];
        for (let k = 0; k < n; k++) {
          if (tape[i] === Op.Hole) {
            i++;
            if (n > MAX_PRESIZED) a.length = k + 1;
          } else a[k] = read();
        }
        objects.push(a);
        return a;
      }
      case Op.Map: {
        const n = tape[i++]!;
        const m = new Map<unknown, unknown>();
        for (let k = 0; k < n; k++) {
          const key = read();
          m.set(key, read());
        }
        objects.push(m);
        return m;
      }
      case Op.Set: {
        const n = tape[i++]!;
        const s = new Set<unknown>();
        for (let k = 0; k < n; k++) s.add(read());
        objects.push(s);
        return s;
      }
      case Op.Int32Array: {
        const n = tape[i++]!;
        // A copy of its own: a view of the tape would keep the whole tape alive.
        const a = tape.slice(i, i + n);
        i += n;
        objects.push(a);
        return a;
      }
      default:
        throw new Error(`analysis tape: unknown op ${tape[i - 1]} at ${i - 1}`);
    }
  };
  return read();
}
