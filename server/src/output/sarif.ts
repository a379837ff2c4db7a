import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Range } from '../model/location';
import type { Finding, Rule, Severity } from '../rules/types';
import { uriToPath } from '../engine/uri';
import { fileLines, fixTextFor, isInside, type OutputContext } from './common';

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, every rule in
 * tool.driver.rules, artifact URIs relative to %SRCROOT% (the directory fabric-lint ran from, which in
 * CI is the repository checkout), 1-based regions with UTF-16 columns (SARIF's default columnKind).
 */

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

export interface SarifOptions extends OutputContext {
  rules: readonly Rule[];
  /** Project home (from package.json `repository`/`homepage`), for informationUri and rule help links. */
  repositoryUrl?: string;
}

type Level = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** docs/rules/<category>-<slug>.md, under the repository URL when there is one. */
export function ruleHelpUri(ruleId: string, repositoryUrl?: string): string {
  const doc = `docs/rules/${ruleId.replace('/', '-')}.md`;
  if (!repositoryUrl) return doc;
  return `${repositoryUrl.replace(/\/+$/, '')}/blob/main/${doc}`;
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

function artifactLocation(uri: string, cwd: string): ArtifactLocation {
  if (isInside(uri, cwd)) {
    const rel = path.relative(cwd, uriToPath(uri)).split(path.sep).map(encodeURIComponent).join('/');
    return { uri: rel, uriBaseId: SRCROOT };
  }
  return { uri };
}

function region(r: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  // An empty LSP range (engine findings at the start of a file) becomes a zero-width region, which SARIF allows.
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

export function sarifLog(findings: readonly Finding[], opts: SarifOptions): object {
  const ruleIndex = new Map<string, number>();
  opts.rules.forEach((r, i) => ruleIndex.set(r.id, i));
  const rules = opts.rules.map((r) => ({
    id: r.id,
    name: ruleName(r.id),
    shortDescription: { text: r.title },
    fullDescription: { text: plainText(r.rationale) },
    help: { text: plainText(r.rationale) + (r.fix ? `\n\nFix: ${plainText(r.fix)}` : ''), markdown: r.rationale + (r.fix ? `\n\n**Fix:** ${r.fix}` : '') },
    helpUri: ruleHelpUri(r.id, opts.repositoryUrl),
    defaultConfiguration: { level: sarifLevel(r.severity) },
    properties: { category: r.category, scope: r.scope, tags: ['fabric-lint', r.category] },
  }));

  const lines = fileLines(opts.texts);
  const lineText = (uri: string, line: number): string => (lines(uri)[line] ?? '').trim();
  const fixText = fixTextFor(opts.texts);
  const seen = new Map<string, number>();
  const toResult = (f: Finding): Record<string, unknown> => {
    const loc = artifactLocation(f.loc.uri, opts.cwd);
    const idx = ruleIndex.get(f.ruleId);
    const result: Record<string, unknown> = {
      ruleId: f.ruleId,
      ...(idx !== undefined ? { ruleIndex: idx } : {}),
      level: sarifLevel(f.severity),
      message: { text: f.message },
      locations: [{ physicalLocation: { artifactLocation: loc, region: region(f.loc.range) } }],
    };
    if (f.related.length) {
      result.relatedLocations = f.related.map((r, i) => ({
        id: i + 1,
        physicalLocation: { artifactLocation: artifactLocation(r.loc.uri, opts.cwd), region: region(r.loc.range) },
        message: { text: r.message },
      }));
    }
    const fixes = f.fixes.filter((x) => x.edits.length > 0);
    if (fixes.length) {
      result.fixes = fixes.map((x) => {
        const byUri = new Map<string, typeof x.edits>();
        for (const e of x.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
        return {
          description: { text: x.title },
          artifactChanges: [...byUri].map(([uri, edits]) => ({
            artifactLocation: artifactLocation(uri, opts.cwd),
            replacements: edits.map((e) => ({ deletedRegion: region(e.range), insertedContent: { text: fixText(uri, e.newText) } })),
          })),
        };
      });
    }
    // Stable when lines move: the rule, the file, the kind of message and the text of the flagged line
    // (not the line number, nor values of other devices quoted in the message); repeats are numbered.
    const base = [f.ruleId, loc.uri, f.messageId, lineText(f.loc.uri, f.loc.range.start.line)].join('\u0000');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const hash = createHash('sha256').update(base).digest('hex').slice(0, 32);
    result.partialFingerprints = { 'fabricLintFindingHash/v1': `${hash}:${n + 1}` };
    result.properties = { messageId: f.messageId, data: f.data, severity: f.severity };
    return result;
  };
  const results = findings.map(toResult);
  // Silenced by a disable comment in the file (SARIF's in-source suppression) or by the intent file (external), so that a viewer can still audit it.
  for (const s of opts.silenced ?? []) {
    const kind = s.external ? 'external' : 'inSource';
    results.push({ ...toResult(s.finding), suppressions: [{ kind, ...(s.reason ? { justification: s.reason } : {}) }] });
  }

  const srcroot = pathToFileURL(opts.cwd).href.replace(/\/?$/, '/');
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'fabric-lint',
            semanticVersion: opts.toolVersion,
            version: opts.toolVersion,
            ...(opts.repositoryUrl ? { informationUri: opts.repositoryUrl } : {}),
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: srcroot } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(findings: readonly Finding[], opts: SarifOptions): string {
  return JSON.stringify(sarifLog(findings, opts), null, 2) + '\n';
}

/** `mtu/link-mismatch` → `MtuLinkMismatch`: SARIF's reportingDescriptor.name is an identifier-like name. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** Rationales are Markdown; plain-text fields get the text without code backticks. */
function plainText(md: string): string {
  return md.replace(/`([^`]*)`/g, '$1');
}
