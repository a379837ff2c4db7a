import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * What scripts/e2e-setup.sh installed: paths from `${FABRIC_E2E_CACHE:-~/.cache/fabric-lint-e2e}/env`, each
 * overridden by the variable of the same name in the environment (as test/e2e/run-exttests.mjs reads them).
 */
export function e2eSetting(name: string): string | undefined {
  if (process.env[name]) return process.env[name];
  const envFile = path.join(process.env.FABRIC_E2E_CACHE || path.join(os.homedir(), '.cache', 'fabric-lint-e2e'), 'env');
  try {
    for (const line of fs.readFileSync(envFile, 'utf8').split('\n')) {
      const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (m && m[1] === name) return m[2];
    }
  } catch {
    // no env file: the setting is missing
  }
  return undefined;
}

/** `<name> (<path>)` for each setting whose file is missing. */
export function missingSettings(names: readonly string[]): string[] {
  if (process.platform !== 'linux') return [`linux only (this is ${process.platform})`];
  return names.flatMap((name) => {
    const p = e2eSetting(name);
    return p && fs.existsSync(p) ? [] : [`${name} (${p ?? 'unset'})`];
  });
}

/**
 * Skips the test with the reason printed when the e2e setup is missing or FABRIC_E2E=0; with FABRIC_E2E=1 (CI) a
 * missing prerequisite fails it instead.
 */
export function requireE2e(ctx: Mocha.Context, missing: readonly string[]): void {
  if (process.env.FABRIC_E2E === '0') {
    console.log('    (skipped: FABRIC_E2E=0)');
    ctx.skip();
  }
  if (missing.length === 0) return;
  const reason = `e2e prerequisites missing (run scripts/e2e-setup.sh): ${missing.join('; ')}`;
  if (process.env.FABRIC_E2E === '1') assert.fail(`${reason} [FABRIC_E2E=1]`);
  console.log(`    (skipped: ${reason}; set FABRIC_E2E=1 to fail instead)`);
  ctx.skip();
}
