import type { ObservedNeighbor } from '../links/types';
import type { Loc } from '../model/location';
import type { Device, Dialect, Fabric, LinkEvidence } from '../model/types';
import type { Intent } from '../intent/types';
import type { Finding } from '../rules/types';
import type { DisableComment, Silenced } from './disable-comments';

/** What one workspace file contributes to the fabric. Cached per uri and text version. */
export type FileAnalysis =
  /**
   * `evidence`: links the config itself states (SONiC DEVICE_NEIGHBOR), collected like a topology file's.
   * `disables`: its `fabric-lint-disable` comments, applied by `Workspace.lint`.
   */
  | { kind: 'config'; uri: string; dialect: Dialect; device: Device; findings: Finding[]; evidence?: LinkEvidence[]; disables?: DisableComment[] }
  /** `neighbors`: what an LLDP file says each neighbour is (role evidence for the ones outside the workspace). */
  | { kind: 'topology'; uri: string; format: string; evidence: LinkEvidence[]; findings: Finding[]; neighbors?: ObservedNeighbor[] }
  | { kind: 'intent'; uri: string; intent: Intent | undefined; findings: Finding[] }
  /**
   * A file that looked like a config but could not be classified, or could not be read: one finding, nothing else.
   * `crash`: reading it threw (workspace/internal-error); the error's stack, for the log.
   */
  | { kind: 'unclassified'; uri: string; findings: Finding[]; crash?: string }
  | { kind: 'ignored'; uri: string; findings: Finding[] };

export interface LintResult {
  fabric: Fabric;
  intent: Intent | undefined;
  /** Every finding of every file, sorted by uri and position. */
  findings: Finding[];
  /** Findings grouped by uri, with an entry (maybe empty) for every known file. */
  byUri: Map<string, Finding[]>;
  /** Findings a `fabric-lint-disable` comment or an intent `ignore.findings` entry silenced (not in `findings`). */
  silenced: Silenced[];
}

export interface EngineSettings {
  /** glob (matched against the workspace-relative path) → dialect. */
  dialectOverrides: Record<string, Dialect>;
  /** Path of the intent file relative to the workspace root. */
  intentPath: string;
  /** Rule id → severity override or 'off'. */
  ruleSeverity: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'>;
}

export type { Loc };
