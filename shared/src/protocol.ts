import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type { FabricGraph, GraphEnd } from './fabric-graph';

/**
 * fabric-lint's own messages, one definition for both ends: the extension (client/src) and the language
 * server (server/src) import this module. Its own tsc project (shared/tsconfig.json), referenced by both,
 * since each side is compiled and bundled on its own; it imports only vscode-languageserver-protocol,
 * which both vscode-languageclient and vscode-languageserver are built on, so it bundles into either.
 */

export interface StatusParams {
  state: 'indexing' | 'ready';
  /** Files the server knows (on disk in the workspace folders plus open documents). */
  files: number;
  /** Files that were read as a switch config. */
  devices: number;
  errors: number;
  warnings: number;
  /** Duration of the last lint in milliseconds. */
  lintMs: number;
  /** Increases with every lint; lets a client (or a test) wait for "a lint after my change". */
  generation: number;
}

/** Sent after indexing starts and after every lint. */
export const StatusNotification = new NotificationType<StatusParams>('fabricLint/status');

export interface ClassifyParams {
  uri: string;
}

export interface ClassifyResult {
  /** config, topology, intent, unclassified, ignored; 'unknown' when the file is not part of the fabric. */
  kind: string;
  dialect?: string;
}

/** How the engine classified a file: the client uses it to give a `.cfg` file the right language. */
export const ClassifyRequest = new RequestType<ClassifyParams, ClassifyResult, void>('fabricLint/classify');

export interface FabricGraphParams {
  /**
   * 'full': every link end carries its values; 'brief': names and locations only (ask `fabricLint/fabricLink` for
   * one link's values); 'auto' (the default): full up to `FULL_ENDS_LIMIT` links, brief above.
   */
  ends?: 'full' | 'brief' | 'auto';
}

/** Links up to which `ends: 'auto'` sends every link's values with the graph. */
export const FULL_ENDS_LIMIT = 4000;

/**
 * The fabric of the last lint as a graph (shared/src/fabric-graph.ts, documented in docs/protocol.md): devices by
 * tier, links with state and both ends' values, findings. Answered once pending changes are linted.
 */
export const FabricGraphRequest = new RequestType<FabricGraphParams, FabricGraph | null, void>('fabricLint/fabricGraph');

export interface FabricLinkParams {
  a: { device: string; interface: string };
  b: { device: string; interface: string };
}

/** Both ends of one link of the last lint with their values; null when the fabric has no such link any more. */
export const FabricLinkRequest = new RequestType<FabricLinkParams, { a: GraphEnd; b: GraphEnd } | null, void>('fabricLint/fabricLink');
