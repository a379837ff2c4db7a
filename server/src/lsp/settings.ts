import type { EngineSettings } from '../engine/types';
import { DIALECT_IDS, isDialect } from '../dialects/registry';
import type { Dialect } from '../model/types';

/** The settings section; `fabricLint.*` in VS Code, `settings.fabricLint` in other clients. */
export const SETTINGS_SECTION = 'fabricLint';

export type RuleLevel = 'error' | 'warning' | 'info' | 'hint' | 'off';

/** What the user configures. Read with workspace/configuration; missing or malformed values fall back to the defaults. */
export interface ServerSettings {
  dialects: Record<string, Dialect>;
  intentPath: string;
  rules: Record<string, RuleLevel>;
  include: string[];
  exclude: string[];
  /** Inlay hints naming each linked interface's peer (lsp/peer-hints.ts). */
  peerInlayHints: boolean;
  /** The same as CodeLenses, for clients without inlay hints. */
  peerCodeLens: boolean;
}

const LEVEL_VALUES: readonly RuleLevel[] = ['error', 'warning', 'info', 'hint', 'off'];
/** Spellings other tools use, accepted so that copied settings work. */
const LEVEL_ALIASES: Record<string, RuleLevel> = { warn: 'warning', information: 'info', informational: 'info', none: 'off' };

interface SettingSpec {
  type: 'object' | 'string' | 'array' | 'boolean';
  default: unknown;
  description: string;
  scope?: 'window' | 'resource';
  enum?: string[];
  additionalProperties?: { type: 'string'; enum: string[] };
  items?: { type: 'string' };
}

/**
 * The one description of every setting. package.json `contributes.configuration` is written from this
 * (test/lsp/manifest.test.ts fails when they differ), so descriptions and defaults live here only.
 */
export const SETTINGS_SCHEMA: Record<string, SettingSpec> = {
  'fabricLint.dialects': {
    type: 'object',
    default: {},
    additionalProperties: { type: 'string', enum: [...DIALECT_IDS] },
    description:
      'Dialect per file, by glob relative to the workspace folder, e.g. {"leaf*/**": "eos", "**/*-n9k.cfg": "nxos"}. ' +
      'Used when a file has no `! fabric-lint: dialect=…` first line; content detection applies to the rest.',
  },
  'fabricLint.intentPath': {
    type: 'string',
    default: 'fabric-intent.yaml',
    description:
      'Path of the fabric intent file (expected MTU, lossless priorities, links), relative to the workspace folder. A path that leaves the folder (absolute, or with `..`) is ignored: fabric-lint reads nothing outside the workspace folders.',
  },
  'fabricLint.rules': {
    type: 'object',
    default: {},
    additionalProperties: { type: 'string', enum: [...LEVEL_VALUES] },
    description:
      'Severity per rule id, or "off", e.g. {"pfc/watchdog-missing": "off", "mtu/link-mismatch": "warning"}. ' +
      'Entries under `rules:` in the intent file win over these.',
  },
  'fabricLint.include': {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'When not empty, only files matching one of these globs (relative to the workspace folder) belong to the fabric.',
  },
  'fabricLint.exclude': {
    type: 'array',
    items: { type: 'string' },
    default: [],
    description: 'Files and folders matching these globs (relative to the workspace folder) are left out of the fabric, e.g. ["archive/**"].',
  },
  'fabricLint.peerInlayHints': {
    type: 'boolean',
    default: true,
    description:
      'Shows, at the end of each linked interface\'s header line, the other end of its link and what it carries: `→ spine2 Ethernet1/2 · MTU 9214 · PFC 3` (its L3 MTU and lossless priorities; "by description" when only descriptions link them).',
  },
  'fabricLint.peerCodeLens': {
    type: 'boolean',
    default: true,
    description: 'Shows the same peer line as a CodeLens above the interface, in editors without inlay hints (VS Code shows inlay hints instead).',
  },
  'fabricLint.trace.server': {
    type: 'string',
    enum: ['off', 'messages', 'verbose'],
    default: 'off',
    scope: 'window',
    description: 'Traces the communication between the editor and the fabric-lint language server (Output view).',
  },
};

export const DEFAULT_SERVER_SETTINGS: ServerSettings = {
  dialects: {},
  intentPath: 'fabric-intent.yaml',
  rules: {},
  include: [],
  exclude: [],
  peerInlayHints: true,
  peerCodeLens: true,
};

/** Turns whatever the client sent (possibly nothing, possibly garbage) into valid settings. */
export function normalizeSettings(raw: unknown): ServerSettings {
  const obj = isRecord(raw) ? raw : {};
  const dialects: Record<string, Dialect> = {};
  if (isRecord(obj.dialects)) {
    for (const [glob, d] of Object.entries(obj.dialects)) {
      const v = typeof d === 'string' ? d.toLowerCase() : '';
      if (glob && isDialect(v)) dialects[glob] = v;
    }
  }
  const rules: Record<string, RuleLevel> = {};
  if (isRecord(obj.rules)) {
    for (const [id, level] of Object.entries(obj.rules)) {
      const l = typeof level === 'string' ? level.toLowerCase() : '';
      const v = LEVEL_ALIASES[l] ?? l;
      if ((LEVEL_VALUES as readonly string[]).includes(v)) rules[id] = v as RuleLevel;
    }
  }
  const intentPath = insideFolder(obj.intentPath) ?? DEFAULT_SERVER_SETTINGS.intentPath;
  return {
    dialects,
    intentPath,
    rules,
    include: stringArray(obj.include),
    exclude: stringArray(obj.exclude),
    peerInlayHints: obj.peerInlayHints !== false,
    peerCodeLens: obj.peerCodeLens !== false,
  };
}

export function toEngineSettings(s: ServerSettings): EngineSettings {
  return { dialectOverrides: { ...s.dialects }, intentPath: s.intentPath, ruleSeverity: { ...s.rules } };
}

/** True when the set of files in the fabric may differ (a re-index from disk is needed, not just a re-lint). */
export function fileSetChanged(a: ServerSettings, b: ServerSettings): boolean {
  return JSON.stringify([a.include, a.exclude]) !== JSON.stringify([b.include, b.exclude]);
}

/**
 * The intent path as a folder-relative path, or undefined for anything that would leave the folder (an
 * absolute path, a `..` step): the server reads nothing outside the workspace folders.
 */
function insideFolder(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const p = v
    .trim()
    .replace(/\\/g, '/')
    .replace(/^(\.\/)+/, '');
  if (!p || p.startsWith('/') || /^[a-z]:/i.test(p) || p.split('/').includes('..')) return undefined;
  return p;
}

function stringArray(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0) : [];
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
