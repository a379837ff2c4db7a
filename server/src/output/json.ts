import type { Range } from '../model/location';
import type { Finding } from '../rules/types';
import { countBySeverity, displayPath, fixTextFor, oneBased, type OutputContext } from './common';

/**
 * `--format json`. A stable shape for scripts; fields are only ever added. Every position is 1-based
 * (`line`, and `column` in UTF-16 units + 1, like the text output and SARIF); `end` is exclusive.
 *
 * {
 *   "version": 1,
 *   "tool": { "name": "fabric-lint", "version": "0.1.0" },
 *   "summary": { "errors", "warnings", "info", "hints", "files", "devices", "links", "fixed", "suppressed" },
 *   "findings": [{ "ruleId", "severity", "message", "messageId", "data", "uri", "path", "range",
 *                  "related": [{ "uri", "path", "range", "message" }],
 *                  "fixes": [{ "title", "isPreferred", "edits": [{ "uri", "path", "range", "newText" }] }] }]
 * }
 */
export interface JsonRange {
  start: { line: number; column: number };
  end: { line: number; column: number };
}

export interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  messageId: string;
  data: Record<string, string | number>;
  uri: string;
  path: string;
  range: JsonRange;
  related: { uri: string; path: string; range: JsonRange; message: string }[];
  fixes: { title: string; isPreferred: boolean; edits: { uri: string; path: string; range: JsonRange; newText: string }[] }[];
  tags?: string[];
}

export interface JsonReport {
  version: 1;
  tool: { name: 'fabric-lint'; version: string };
  summary: { errors: number; warnings: number; info: number; hints: number; files: number; devices: number; links: number; fixed: number; suppressed: number };
  findings: JsonFinding[];
}

export function jsonRange(r: Range): JsonRange {
  return { start: oneBased(r.start), end: oneBased(r.end) };
}

export function toJsonFinding(f: Finding, cwd: string, fixText: (uri: string, newText: string) => string = (_u, t) => t): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    messageId: f.messageId,
    data: f.data,
    uri: f.loc.uri,
    path: displayPath(f.loc.uri, cwd),
    range: jsonRange(f.loc.range),
    related: f.related.map((r) => ({ uri: r.loc.uri, path: displayPath(r.loc.uri, cwd), range: jsonRange(r.loc.range), message: r.message })),
    fixes: f.fixes.map((x) => ({
      title: x.title,
      isPreferred: x.isPreferred === true,
      edits: x.edits.map((e) => ({ uri: e.uri, path: displayPath(e.uri, cwd), range: jsonRange(e.range), newText: fixText(e.uri, e.newText) })),
    })),
  };
  if (f.tags?.length) out.tags = [...f.tags];
  return out;
}

export function jsonReport(findings: readonly Finding[], ctx: OutputContext): JsonReport {
  const c = countBySeverity(findings);
  const fixText = fixTextFor(ctx.texts);
  return {
    version: 1,
    tool: { name: 'fabric-lint', version: ctx.toolVersion },
    summary: {
      errors: c.error,
      warnings: c.warning,
      info: c.info,
      hints: c.hint,
      files: ctx.fileCount,
      devices: ctx.deviceCount,
      links: ctx.linkCount,
      fixed: ctx.fixedCount ?? 0,
      suppressed: ctx.silenced?.length ?? 0,
    },
    findings: findings.map((f) => toJsonFinding(f, ctx.cwd, fixText)),
  };
}

export function formatJson(findings: readonly Finding[], ctx: OutputContext): string {
  return JSON.stringify(jsonReport(findings, ctx), null, 2) + '\n';
}
