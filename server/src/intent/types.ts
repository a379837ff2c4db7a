import type { Loc } from '../model/location';
import type { Endpoint, InterfaceRoleAssignment, LinkSourceKind } from '../model/types';

/** The DSCP contract of one class of traffic (roce, cnp, default …). */
export interface IntentClass {
  dscp: number[] | 'other';
  trafficClass?: number;
  queue?: number;
  lossless?: boolean;
  ecn?: boolean;
  scheduling?: 'strict' | 'weighted';
}

export interface IntentEcn {
  minBytes?: number;
  maxBytes?: number;
  probability?: number;
  tolerancePct?: number;
}

/**
 * fabric-intent.yaml, validated. Every field is optional: an absent value means
 * "compare devices of the same role with each other".
 */
export interface Intent {
  uri: string;
  version: 1;
  /** role → hostname globs, in file order (the first match wins). */
  roles: { role: string; globs: string[] }[];
  mtu?: { fabric?: number; host?: number; minimum?: number; tolerance?: number; normalize?: boolean };
  lossless?: {
    priorities?: number[];
    watchdog?: 'required' | 'recommended' | 'off';
    maxLosslessPriorities?: number;
  };
  /** Role → the largest host-to-fabric capacity ratio N (N:1) its leaves may have (design/oversubscription). */
  oversubscription?: Record<string, number>;
  classes?: Record<string, IntentClass>;
  ecn?: Record<string, IntentEcn>;
  links: { a: Endpoint; b: Endpoint; loc: Loc }[];
  /** `interfaces:` — roles the intent sets, in file order (the first match wins over inference). */
  interfaceRoles?: InterfaceRoleAssignment[];
  linkSources?: LinkSourceKind[];
  /** The most switches one VLAN may span over switch-to-switch switched links (design/flat-l2). */
  maxL2Span?: number;
  descriptionPatterns?: string[];
  /** `findings`: one rule's findings on the devices a hostname glob names (the disable comment of comment-less files). */
  ignore?: { interfaces?: string[]; devices?: string[]; rules?: string[]; findings?: { rule: string; device: string }[] };
  /** Per-rule overrides: severity 'off' disables. */
  rules?: Record<string, { severity?: 'error' | 'warning' | 'info' | 'hint' | 'off'; options?: Record<string, unknown> }>;
  /**
   * Where each key was written (key through value), so fabric findings can point at the intent they
   * differ from. Keys are dotted paths: 'mtu', 'mtu.fabric', 'lossless.priorities', 'classes.roce.dscp',
   * 'ecn.roce.minBytes', 'roles.leaf', 'rules.mtu/below-intent' (array items: 'links.0',
   * 'lossless.priorities.1'). Only values that survived validation have an entry.
   */
  locs: Record<string, Loc>;
}

export interface IntentProblem {
  message: string;
  loc: Loc;
  severity: 'error' | 'warning';
}

export interface LoadIntentResult {
  /** Undefined when the file is empty (or only comments), not a mapping, or unreadable. */
  intent: Intent | undefined;
  problems: IntentProblem[];
}

export interface LoadIntentOptions {
  /** Rule ids the engine knows: `rules:` / `ignore.rules` entries naming none of them get a warning, and `ignore.rules` globs are expanded. */
  knownRuleIds?: Iterable<string>;
}
