#!/usr/bin/env node
// Builds the native grammars for the `tree-sitter` npm binding (the CLI's and the bench's parser): the
// committed grammars/<family>/src/parser.c (and scanner.c) and grammars/native/binding.c, compiled with the
// system C compiler into build/native/fabric-grammars.node against the Node-API headers of the
// `node-api-headers` package. No node-gyp and nothing downloaded: a C compiler is all it needs.
//
//   node scripts/build-native.mjs              build when a source changed; fail (exit 1) when it cannot
//   node scripts/build-native.mjs --optional   the same, but a machine that cannot build it (no compiler,
//                                              no headers) is told once and the run succeeds: fabric-lint
//                                              then parses with WebAssembly, as the editor always does
//
// `npm ci` runs it with --optional (postinstall), so installing never needs a C toolchain; .ci/run runs it
// without, since CI must test the native parser. $CC picks the compiler (default cc).

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const optional = process.argv.includes('--optional');
const FAMILIES = ['netcli', 'json', 'junos', 'srlinux'];
const outDir = join(repo, 'build', 'native');
const output = join(outDir, 'fabric-grammars.node');
const stampFile = join(outDir, 'SOURCES.sha256');

function giveUp(reason) {
  if (optional) {
    process.stdout.write(`build-native: the native parser is not built (${reason}); fabric-lint parses with WebAssembly\n`);
    process.exit(0);
  }
  process.stderr.write(`build-native: ${reason}\n`);
  process.exit(1);
}

function headersDir() {
  try {
    const pkg = createRequire(join(repo, 'package.json')).resolve('node-api-headers/package.json');
    const dir = join(dirname(pkg), 'include');
    if (existsSync(join(dir, 'node_api.h'))) return dir;
  } catch {
    // not installed: try the headers of the running Node
  }
  const own = resolve(dirname(process.execPath), '..', 'include', 'node');
  return existsSync(join(own, 'node_api.h')) ? own : undefined;
}

const sources = [join(repo, 'grammars', 'native', 'binding.c')];
for (const family of FAMILIES) {
  const src = join(repo, 'grammars', family, 'src');
  for (const file of ['parser.c', 'scanner.c']) if (existsSync(join(src, file))) sources.push(join(src, file));
}
const cc = process.env.CC || 'cc';
const compileFlags = ['-O2', '-fPIC', '-std=c11', '-w'];
const linkFlags = process.platform === 'darwin' ? ['-bundle', '-undefined', 'dynamic_lookup'] : ['-shared'];

const hash = createHash('sha256');
hash.update(JSON.stringify({ cc, compileFlags, linkFlags, platform: process.platform, arch: process.arch }));
for (const s of sources) hash.update(s.slice(repo.length)).update(readFileSync(s));
const stamp = hash.digest('hex');
if (existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === stamp) process.exit(0);
// Out of date: a build of other grammars must never be loaded, whether or not this one succeeds.
rmSync(output, { force: true });
rmSync(stampFile, { force: true });
if (process.platform === 'win32') giveUp('Windows builds are not supported by this script');
const include = headersDir();
if (!include) giveUp('no Node-API headers (node-api-headers is not installed)');

mkdirSync(outDir, { recursive: true });
const objects = [];
for (const [i, source] of sources.entries()) {
  const object = join(outDir, `${i}-${source.split('/').slice(-3).join('-').replace(/\.c$/, '.o')}`);
  const r = spawnSync(cc, [...compileFlags, '-I', include, '-I', dirname(source), '-c', source, '-o', object], { encoding: 'utf8' });
  if (r.error) giveUp(`cannot run the C compiler "${cc}": ${r.error.message}`);
  if (r.status !== 0) giveUp(`"${cc}" failed on ${source.slice(repo.length + 1)}:\n${r.stderr}`);
  objects.push(object);
}
const partial = `${output}.tmp`;
const link = spawnSync(cc, [...linkFlags, '-o', partial, ...objects], { encoding: 'utf8' });
if (link.error || link.status !== 0) giveUp(`linking failed: ${link.error?.message ?? link.stderr}`);
for (const o of objects) rmSync(o, { force: true });
renameSync(partial, output);
writeFileSync(stampFile, stamp + '\n');
process.stdout.write(`build-native: built ${output.slice(repo.length + 1)} from ${sources.length} sources\n`);
