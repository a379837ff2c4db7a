import { Diagnostic, DiagnosticSeverity, DiagnosticTag, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { docFileName } from '../rules/docs';
import type { Finding, Severity } from '../rules/types';

export const DIAGNOSTIC_SOURCE = 'fabric-lint';

/**
 * Rule docs are generated into docs/rules/<category>-<slug>.md and ship inside the extension, so the
 * link opens the page of the installed version, offline. Found by walking up from the bundle (dist/)
 * or from the compiled sources (out/server/src/lsp/).
 */
const DOCS_DIR = findDocsDir(__dirname);

function findDocsDir(start: string): string | undefined {
  for (let d = start, i = 0; i < 6; i++, d = path.dirname(d)) {
    const candidate = path.join(d, 'docs', 'rules');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** What every diagnostic of ours carries, so a code action request can find its finding again. */
export interface DiagnosticData {
  ruleId: string;
  key: string;
}

export interface DiagnosticOptions {
  /** Client shows relatedInformation; otherwise the related messages are appended to the message. */
  relatedInformation: boolean;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function ruleDocsUrl(ruleId: string): string | undefined {
  return DOCS_DIR ? pathToFileURL(path.join(DOCS_DIR, docFileName(ruleId))).href : undefined;
}

/**
 * A key that names one finding across re-lints of unchanged text: rule, message, start position and
 * data. The uri is not part of it; the code action request already says which document it is about.
 */
export function findingKey(f: Finding): string {
  const data = Object.keys(f.data)
    .sort()
    .map((k) => `${k}=${String(f.data[k])}`)
    .join('\u0001');
  const s = f.loc.range.start;
  return `${f.ruleId}#${f.messageId}@${s.line}:${s.character}#${fnv1a(data)}`;
}

export function toDiagnostic(f: Finding, opts: DiagnosticOptions): Diagnostic {
  let message = f.message;
  const docs = ruleDocsUrl(f.ruleId);
  const d: Diagnostic = {
    range: f.loc.range,
    severity: SEVERITY[f.severity],
    code: f.ruleId,
    ...(docs ? { codeDescription: { href: docs } } : {}),
    source: DIAGNOSTIC_SOURCE,
    message,
  };
  if (f.related.length > 0) {
    if (opts.relatedInformation) {
      d.relatedInformation = f.related.map((r): DiagnosticRelatedInformation => ({ location: { uri: r.loc.uri, range: r.loc.range }, message: r.message }));
    } else {
      message += f.related.map((r) => `\n  ${r.message}`).join('');
      d.message = message;
    }
  }
  if (f.tags?.includes('unnecessary')) d.tags = [DiagnosticTag.Unnecessary];
  const data: DiagnosticData = { ruleId: f.ruleId, key: findingKey(f) };
  d.data = data;
  return d;
}

/** Reads our data back from a diagnostic the client returned; undefined for other sources' diagnostics. */
export function diagnosticData(d: Diagnostic): DiagnosticData | undefined {
  if (d.source !== undefined && d.source !== DIAGNOSTIC_SOURCE) return undefined;
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (data && typeof data.ruleId === 'string' && typeof data.key === 'string') return { ruleId: data.ruleId, key: data.key };
  // Clients that drop `data` (older ones) still send code and range back.
  if (typeof d.code === 'string' && d.source === DIAGNOSTIC_SOURCE) return { ruleId: d.code, key: '' };
  return undefined;
}

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
