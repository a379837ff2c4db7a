/**
 * Rules say what to change, never how it is written: a rule under server/src/rules/ may call only the semantic
 * operations of the FixWriter interface (dialects/fix-writer.ts). Calling anything else on a writer (a dialect
 * writer's text primitives such as insertInBlock / replaceLine, a table-field setter) or importing a dialect's own
 * writer module means the rule builds configuration text. Checked with the TypeScript checker on the real sources,
 * so an alias (`const w = ctx.writer(d)`) or a destructured writer is seen too; a control file that does it wrong
 * must be caught, or the check proves nothing.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../helpers/lint';
import { RULES, SRC, programWithControl, ruleFiles } from './rule-sources';

const INTERFACE_FILE = path.join(SRC, 'dialects', 'fix-writer.ts');
/** Written under rules/ in memory only, so it resolves imports exactly as a rule does. */
const CONTROL = path.join(RULES, '__architecture_control__.ts');

const CONTROL_SOURCE = `
import type { RuleContext } from './types';
import type { Device } from '../model/types';
import { CliFixWriter } from '../dialects/cli/fix-writer';

export function bad(ctx: RuleContext, device: Device): void {
  const iface = device.interfaces.get('Ethernet1')!;
  // a dialect writer's text primitive, reached through the concrete class
  new CliFixWriter(device, 'eos').replaceLine(iface.mtu.loc, 'mtu 9000');
  // a text primitive asked of the interface (no such operation: the checker sees an unknown member)
  const w = ctx.writer(device) as unknown as { insertInBlock(b: unknown, l: string[]): unknown } & ReturnType<RuleContext['writer']>;
  w.insertInBlock(iface.block, ['mtu 9000']);
  // a semantic operation is fine
  w.setInterfaceMtu(iface, 9000);
}
`;

interface Violation {
  file: string;
  line: number;
  what: string;
}

/** Writer operations: the members FixWriter declares. */
function operations(checker: ts.TypeChecker, iface: ts.InterfaceDeclaration): { type: ts.Type; names: Set<string> } {
  const type = checker.getTypeAtLocation(iface.name);
  return { type, names: new Set(type.getProperties().map((p) => p.getName())) };
}

/** Is this a writer: FixWriter itself, or a class that implements it (a dialect's writer)? */
function isWriter(t: ts.Type, fixWriter: ts.Type): boolean {
  for (const part of t.isUnionOrIntersection() ? t.types : [t]) {
    if (part === fixWriter) return true;
    const sym = part.getSymbol();
    if (!sym) continue;
    for (const decl of sym.getDeclarations() ?? []) {
      if (ts.isClassDeclaration(decl) && decl.heritageClauses?.some((h) => h.types.some((x) => /FixWriter$/.test(x.expression.getText())))) return true;
      if (ts.isInterfaceDeclaration(decl) && decl.name.text === 'FixWriter') return true;
    }
  }
  return false;
}

function violations(prog: ts.Program, files: string[]): Violation[] {
  const checker = prog.getTypeChecker();
  const decl = prog
    .getSourceFile(INTERFACE_FILE)
    ?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'FixWriter');
  assert.ok(decl, 'dialects/fix-writer.ts declares FixWriter');
  const ops = operations(checker, decl);
  const out: Violation[] = [];
  for (const file of files) {
    const sf = prog.getSourceFile(file);
    assert.ok(sf, `${file} is in the program`);
    const at = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
        const target = path.resolve(path.dirname(file), n.moduleSpecifier.text);
        // The interface module is allowed; a dialect's own writer (dialects/<family>/fix-writer) is not.
        if (/[\\/]dialects[\\/][^\\/]+[\\/]fix-writer$/.test(target) || /[\\/]dialects[\\/]no-fix-writer$/.test(target)) {
          out.push({ file, line: at(n), what: `imports ${n.moduleSpecifier.text}` });
        }
      }
      if (ts.isPropertyAccessExpression(n) && isWriter(checker.getTypeAtLocation(n.expression), ops.type)) {
        const name = n.name.text;
        if (!ops.names.has(name)) out.push({ file, line: at(n), what: `calls ${name}, which is not a FixWriter operation` });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe('architecture: rules write no configuration text', function () {
  this.timeout(300_000);
  let prog: ts.Program;
  const files = ruleFiles();

  before(() => {
    prog = programWithControl([...files, INTERFACE_FILE], { path: CONTROL, source: CONTROL_SOURCE });
  });

  it('every writer call under server/src/rules/ is a FixWriter operation, and no rule imports a dialect writer', () => {
    assert.ok(files.length > 50, `found the rule sources (${files.length})`);
    const found = violations(prog, files);
    assert.deepEqual(
      found.map((v) => `${path.relative(REPO_ROOT, v.file)}:${v.line} ${v.what}`),
      [],
    );
  });

  it('negative control: a rule that uses a text primitive or imports a dialect writer is caught', () => {
    const found = violations(prog, [CONTROL]).map((v) => `${v.line} ${v.what}`);
    assert.deepEqual(found, [
      '4 imports ../dialects/cli/fix-writer',
      '9 calls replaceLine, which is not a FixWriter operation',
      '12 calls insertInBlock, which is not a FixWriter operation',
    ]);
  });

  it('no FixWriter operation takes configuration text (no parameter named text, line or lines)', () => {
    const sf = prog.getSourceFile(INTERFACE_FILE)!;
    const decl = sf.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'FixWriter')!;
    const textual: string[] = [];
    for (const m of decl.members) {
      if (!ts.isMethodSignature(m)) continue;
      for (const p of m.parameters)
        if (/^(text|line|lines|newText|cli)$/i.test(p.name.getText(sf))) textual.push(`${m.name.getText(sf)}(${p.name.getText(sf)})`);
    }
    assert.deepEqual(textual, []);
    assert.ok(decl.members.length >= 20, 'the interface was read');
  });
});
