/** What the architecture tests read: the rule sources, in one TypeScript program with an in-memory control file. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../helpers/lint';

export const SRC = path.join(REPO_ROOT, 'server', 'src');
export const RULES = path.join(SRC, 'rules');

/** Every .ts file under `dir`, sorted. */
export function ruleFiles(dir: string = RULES): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...ruleFiles(p));
    else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out.sort();
}

/**
 * One program over `roots` and a control file that exists only in this host (written under rules/, so it
 * resolves imports exactly as a rule does): a check that does not flag the control proves nothing.
 */
export function programWithControl(roots: string[], control: { path: string; source: string }): ts.Program {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const isControl = (name: string): boolean => path.resolve(name) === control.path;
  host.getSourceFile = (name, lang, onError) => (isControl(name) ? ts.createSourceFile(name, control.source, lang) : getSourceFile(name, lang, onError));
  host.fileExists = (name) => isControl(name) || fileExists(name);
  host.readFile = (name) => (isControl(name) ? control.source : readFile(name));
  return ts.createProgram([...roots, control.path], options, host);
}
