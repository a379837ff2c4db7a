// Rewrites the derived parts of package.json (dialect languages, grammars, activation events, settings) from
// server/src/dialects/registry.ts and server/src/lsp/settings.ts; test/lsp/manifest.test.ts fails on drift.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderManifest } from '../server/src/lsp/manifest';

const file = path.resolve(__dirname, '..', '..', 'package.json');
const before = fs.readFileSync(file, 'utf8');
const after = renderManifest(JSON.parse(before));
if (after !== before) fs.writeFileSync(file, after);
console.log(`gen:package: ${path.relative(process.cwd(), file)} ${after === before ? 'already up to date' : 'written'}`);
