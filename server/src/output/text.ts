import type { Finding } from '../rules/types';
import { countBySeverity, displayPath, oneBased, plural, type OutputContext } from './common';

/**
 * Compiler-style lines, one per finding, then the related locations indented below it:
 *
 *     leaf1.cfg:12:4: error: MTU 9000 here, 9214 on spine1 Ethernet1/1 — link from subnet 10.0.0.0/31 [mtu/link-mismatch]
 *       spine1.cfg:8:4: note: MTU 9214 on spine1 Ethernet1/1
 *
 * and a summary line. Lines and columns are 1-based (columns count UTF-16 units, as the editor does).
 */
export function formatText(findings: readonly Finding[], ctx: OutputContext): string {
  const out: string[] = [];
  for (const f of findings) {
    out.push(`${where(f.loc.uri, f.loc.range.start, ctx)}: ${f.severity}: ${oneLine(f.message)} [${f.ruleId}]`);
    for (const r of f.related) out.push(`  ${where(r.loc.uri, r.loc.range.start, ctx)}: note: ${oneLine(r.message)}`);
  }
  if (ctx.fixedCount) out.push(`Fixed ${plural(ctx.fixedCount, 'problem', 'problems')}.`);
  out.push(summaryLine(findings, ctx));
  return out.join('\n') + '\n';
}

/** `N errors, N warnings, N info in F files (D devices, L links)`; `, N hints` is added only when there are hints. */
export function summaryLine(findings: readonly Finding[], ctx: OutputContext): string {
  const c = countBySeverity(findings);
  const parts = [plural(c.error, 'error', 'errors'), plural(c.warning, 'warning', 'warnings'), `${c.info} info`];
  if (c.hint) parts.push(plural(c.hint, 'hint', 'hints'));
  return (
    `${parts.join(', ')} in ${plural(ctx.fileCount, 'file', 'files')} ` +
    `(${plural(ctx.deviceCount, 'device', 'devices')}, ${plural(ctx.linkCount, 'link', 'links')})`
  );
}

function where(uri: string, pos: { line: number; character: number }, ctx: OutputContext): string {
  const p = oneBased(pos);
  return `${displayPath(uri, ctx.cwd)}:${p.line}:${p.column}`;
}

/** A finding is one line of output: embedded line breaks would break `grep` and problem matchers. */
function oneLine(s: string): string {
  return s.replace(/\r?\n\s*/g, ' ');
}
