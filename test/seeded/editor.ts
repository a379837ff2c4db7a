/**
 * Line edits on the text of a fabric's files, addressed in the ORIGINAL line numbers (1-based), so a
 * seeder can plan several edits from one lint of the untouched files. After `build()`, `line()` maps an
 * original line to its new number (undefined when deleted) and `inserted()` gives the new number of an
 * inserted line: findings from before the edit are shifted with the same map before they are compared.
 */
export type Files = Map<string, string>;

interface FileOps {
  replace: Map<number, string>;
  del: Set<number>;
  /** Lines inserted after an original line (0 = before the first line), in order. */
  insert: Map<number, string[]>;
}

export interface Inserted {
  file: string;
  after: number;
  index: number;
}

/** A line in the edited files: an original line (shifted) or an inserted one. */
export type LineRef = { file: string; old: number } | { inserted: Inserted };

export class Editor {
  private readonly ops = new Map<string, FileOps>();
  private maps = new Map<string, (number | undefined)[]>();
  private insertedAt = new Map<string, number>();
  private built = false;
  /** Whole files the seed adds (a topology file, …); they exist only after the edit. */
  private readonly added = new Map<string, string>();

  constructor(private readonly files: Files) {}

  text(file: string): string {
    const t = this.files.get(file);
    if (t === undefined) throw new Error(`no file ${file}`);
    return t;
  }

  /** The paths of the original files. */
  names(): string[] {
    return [...this.files.keys()];
  }

  lines(file: string): string[] {
    return this.text(file).split('\n');
  }

  /** The original text of a line (1-based). */
  at(file: string, line: number): string {
    return this.lines(file)[line - 1] ?? '';
  }

  private of(file: string): FileOps {
    this.text(file);
    let o = this.ops.get(file);
    if (!o) {
      o = { replace: new Map(), del: new Set(), insert: new Map() };
      this.ops.set(file, o);
    }
    return o;
  }

  replace(file: string, line: number, text: string): LineRef {
    this.of(file).replace.set(line, text);
    return { file, old: line };
  }

  /** Replace the first match of `from` in the line; throws when it is not there (a seeder bug). */
  substitute(file: string, line: number, from: RegExp | string, to: string): LineRef {
    const old = this.at(file, line);
    const next = old.replace(from, to);
    if (next === old) throw new Error(`${file}:${line}: ${String(from)} not found in "${old}"`);
    return this.replace(file, line, next);
  }

  delete(file: string, from: number, to = from): void {
    for (let l = from; l <= to; l++) this.of(file).del.add(l);
  }

  insertAfter(file: string, after: number, text: string): LineRef {
    const o = this.of(file);
    const list = o.insert.get(after) ?? [];
    list.push(text);
    o.insert.set(after, list);
    return { inserted: { file, after, index: list.length - 1 } };
  }

  /** Adds a new file to the edited set (the path must not exist yet). */
  addFile(file: string, text: string): LineRef[] {
    if (this.files.has(file) || this.added.has(file)) throw new Error(`${file} exists already`);
    this.added.set(file, text);
    return text.split('\n').map((_, i) => ({ file, old: i + 1 }));
  }

  touched(): string[] {
    return [...this.ops.keys()].sort();
  }

  /** The edited files (untouched ones as they were). */
  build(): Files {
    const out: Files = new Map(this.files);
    for (const [file, o] of this.ops) {
      const src = this.lines(file);
      const dst: string[] = [];
      const map: (number | undefined)[] = [undefined];
      const pushInserted = (after: number): void => {
        (o.insert.get(after) ?? []).forEach((t, i) => {
          dst.push(t);
          this.insertedAt.set(`${file}|${after}|${i}`, dst.length);
        });
      };
      pushInserted(0);
      for (let l = 1; l <= src.length; l++) {
        if (o.del.has(l)) map[l] = undefined;
        else {
          dst.push(o.replace.get(l) ?? src[l - 1]!);
          map[l] = dst.length;
        }
        pushInserted(l);
      }
      this.maps.set(file, map);
      out.set(file, dst.join('\n'));
    }
    for (const [file, text] of this.added) out.set(file, text);
    this.built = true;
    return out;
  }

  /** New line number of an original line; undefined when it was deleted. */
  line(file: string, old: number): number | undefined {
    if (!this.built) throw new Error('build() first');
    const map = this.maps.get(file);
    return map ? map[old] : old;
  }

  resolve(ref: LineRef): { file: string; line: number | undefined } {
    if ('old' in ref) return { file: ref.file, line: this.line(ref.file, ref.old) };
    const i = ref.inserted;
    return { file: i.file, line: this.insertedAt.get(`${i.file}|${i.after}|${i.index}`) };
  }
}
