// `npm run fuzz -- --edits N --seed S [--batch B]`: the fuzz test of test/fuzz/fuzz.test.ts, as long as you like.
import * as os from 'node:os';
import { runFuzz } from './fuzz';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(v) || v < 0) throw new Error(`--${name} needs a whole number`);
  return v;
}

async function main(): Promise<void> {
  const seed = arg('seed', Date.now() % 2 ** 31);
  const edits = arg('edits', 100000);
  const batch = Math.max(1, arg('batch', 1000));
  console.log(
    `fuzz: seed ${seed}, ${edits} edits, fresh-server check every ${batch}; node ${process.version}, ${os.cpus().length}× ${os.cpus()[0]?.model ?? '?'}`,
  );
  const report = await runFuzz({ seed, edits, batch, log: (l) => console.log(`[${new Date().toISOString()}] ${l}`) });
  console.log(
    `PASS: seed ${report.seed}, ${report.edits} edits, ${report.messages} messages, ${report.batches} fresh-server comparisons, ${(report.ms / 1000).toFixed(1)} s`,
  );
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
