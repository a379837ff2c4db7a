/**
 * The seeders of every rule, collected from the rules' fixture folders: test/fixtures/rules/<category>-<slug>/seeders.ts
 * exports that rule's `seeders` (seeder.ts says what a seeder is; helpers.ts holds what several share). Adding a
 * rule's seeder is adding that one file: it is found here, compiled alongside (out/test/fixtures/rules/…).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/lint';
import type { Seeder } from './seeder';

export type { FabricSpec, Seed, SeedContext, Seeder } from './seeder';

const RULE_FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'rules');
/** Where the compiled seeder files are: this file is out/test/seeded/seeders.js. */
const COMPILED_FIXTURES = path.join(__dirname, '..', 'fixtures', 'rules');
const FILE = 'seeders';

/** Each rule folder's seeders, folders in name order; a seeder outside its own rule's folder is a mistake and throws. */
function discover(): Seeder[] {
  const out: Seeder[] = [];
  for (const folder of fs.readdirSync(RULE_FIXTURES).sort()) {
    if (!fs.existsSync(path.join(RULE_FIXTURES, folder, `${FILE}.ts`))) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- found at run time, so no static import
    const mod = require(path.join(COMPILED_FIXTURES, folder, `${FILE}.js`)) as { seeders?: unknown };
    if (!Array.isArray(mod.seeders)) throw new Error(`test/fixtures/rules/${folder}/${FILE}.ts does not export a seeders array`);
    for (const s of mod.seeders as Seeder[]) {
      if (s.ruleId.replace('/', '-') !== folder)
        throw new Error(`test/fixtures/rules/${folder}/${FILE}.ts has a seeder of ${s.ruleId}, which belongs in its own rule's folder`);
      out.push(s);
    }
  }
  return out;
}

export const seeders: Seeder[] = discover();
