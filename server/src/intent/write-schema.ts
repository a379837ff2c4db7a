/**
 * Writes schemas/fabric-intent.schema.json from schema.ts: `npx tsc -b && node out/server/src/intent/write-schema.js`.
 * A separate entry point so that nothing bundled into the server or the CLI can write files.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { intentSchemaJson } from './schema';

let root = __dirname;
while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
const out = join(root, 'schemas', 'fabric-intent.schema.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, intentSchemaJson());
process.stdout.write(`wrote ${out}\n`);
