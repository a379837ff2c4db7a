/**
 * Rules see meaning only: a rule under server/src/rules/ never asks which dialect a device is. What a vendor does
 * differently is a model field its reader fills (model/types.ts: PfcBehaviour, DeviceQos.classLabel, …). Reading
 * `Device.dialect` — by property, element access or destructuring — is a violation; so is branching on
 * `Device.os`, which exists for wording and grouping only (comparing it with a literal, switching on it, or
 * looking it up in a list of literals). Checked with the TypeScript checker on the real sources, so an alias
 * (`const d = end.device`) is seen and a rule's own metadata (`example.dialect`, the docs' fence language) is not
 * mistaken for a device. A control file that does it wrong must be caught, or the check proves nothing.
 */
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../helpers/lint';
import { RULES, SRC, programWithControl, ruleFiles } from './rule-sources';

const MODEL = path.join(SRC, 'model', 'types.ts');
/** Written under rules/ in memory only, so it resolves imports exactly as a rule does. */
const CONTROL = path.join(RULES, '__meaning_control__.ts');

const CONTROL_SOURCE = `
import type { Device, Fabric } from '../model/types';
import type { Rule } from './types';

export function bad(device: Device, fabric: Fabric, rule: Rule): unknown[] {
  const out: unknown[] = [];
  if (device.dialect === 'eos') out.push(1);
  const { dialect } = device;
  out.push(device['dialect'], dialect);
  for (const d of fabric.devices.values()) out.push(d.dialect);
  if (device.os === 'nxos') out.push(2);
  switch (device.os) {
    default:
      out.push(3);
  }
  if (['eos', 'nxos'].includes(device.os)) out.push(4);
  // allowed: a rule's own example, wording, grouping, the behaviour fields
  out.push(rule.example.dialect, \`the \${device.os} default\`, device.os === fabric.devices.get('x')?.os, device.qos.pfcBehaviour.scope);
  return out;
}
`;

/** The declarations of `Device.dialect` and `Device.os` in model/types.ts. */
function deviceMembers(prog: ts.Program): { dialect: ts.Symbol; os: ts.Symbol } {
  const checker = prog.getTypeChecker();
  const sf = prog.getSourceFile(MODEL);
  const decl = sf?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Device');
  assert.ok(decl, 'model/types.ts declares Device');
  const type = checker.getTypeAtLocation(decl.name);
  const dialect = type.getProperty('dialect');
  const os = type.getProperty('os');
  assert.ok(dialect && os, 'Device has dialect and os');
  return { dialect, os };
}

function isLiteral(n: ts.Node): boolean {
  return ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n);
}

const EQUALITY = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

/** `x.os === 'eos'`, `switch (x.os)`, `['eos'].includes(x.os)`: the read decides by the OS name. */
function branchesOn(read: ts.Expression): boolean {
  const p = read.parent;
  if (ts.isParenthesizedExpression(p)) return branchesOn(p);
  if (ts.isBinaryExpression(p) && EQUALITY.has(p.operatorToken.kind)) return isLiteral(p.left === read ? p.right : p.left);
  if (ts.isSwitchStatement(p) && p.expression === read) return true;
  if (ts.isCallExpression(p) && p.arguments.includes(read) && ts.isPropertyAccessExpression(p.expression)) {
    const target = p.expression.expression;
    return ts.isArrayLiteralExpression(target) && target.elements.every(isLiteral);
  }
  return false;
}

function violations(prog: ts.Program, files: string[]): string[] {
  const checker = prog.getTypeChecker();
  const { dialect, os } = deviceMembers(prog);
  const out: string[] = [];
  for (const file of files) {
    const sf = prog.getSourceFile(file);
    assert.ok(sf, `${file} is in the program`);
    const at = (n: ts.Node): string => `${path.relative(REPO_ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const memberOf = (n: ts.Node): ts.Symbol | undefined => {
      const s = checker.getSymbolAtLocation(n);
      return s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    };
    const visit = (n: ts.Node): void => {
      let read: { sym: ts.Symbol | undefined; expr?: ts.Expression; node: ts.Node } | undefined;
      if (ts.isPropertyAccessExpression(n)) read = { sym: memberOf(n.name), expr: n, node: n };
      else if (ts.isElementAccessExpression(n) && isLiteral(n.argumentExpression)) {
        read = { sym: checker.getTypeAtLocation(n.expression).getProperty((n.argumentExpression as ts.StringLiteral).text), expr: n, node: n };
      } else if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent)) {
        const name = (n.propertyName ?? n.name).getText(sf);
        read = { sym: checker.getTypeAtLocation(n.parent).getProperty(name), node: n };
      }
      if (read?.sym === dialect) out.push(`${at(read.node)} reads Device.dialect`);
      else if (read?.sym === os && read.expr && branchesOn(read.expr)) out.push(`${at(read.node)} branches on Device.os`);
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

describe('architecture: rules see meaning only', function () {
  this.timeout(300_000);
  let prog: ts.Program;
  const files = ruleFiles();

  before(() => {
    prog = programWithControl([...files, MODEL], { path: CONTROL, source: CONTROL_SOURCE });
  });

  it('no file under server/src/rules/ reads Device.dialect or branches on Device.os', () => {
    assert.ok(files.length > 50, `found the rule sources (${files.length})`);
    assert.deepEqual(violations(prog, files), []);
  });

  it('negative control: every way of reading the dialect or branching on the OS name is caught, and nothing else', () => {
    const rel = path.relative(REPO_ROOT, CONTROL);
    const found = violations(prog, [CONTROL]).map((v) => v.slice(rel.length + 1));
    assert.deepEqual(found, [
      '7 reads Device.dialect',
      '8 reads Device.dialect',
      '9 reads Device.dialect',
      '10 reads Device.dialect',
      '11 branches on Device.os',
      '12 branches on Device.os',
      '16 branches on Device.os',
    ]);
  });
});
