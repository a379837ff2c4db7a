import { NotificationType, RequestType } from 'vscode-languageclient';

// Mirror of server/src/lsp/protocol.ts (the client is a separate tsc project); keep the two in step.

export interface StatusParams {
  state: 'indexing' | 'ready';
  files: number;
  devices: number;
  errors: number;
  warnings: number;
  lintMs: number;
  generation: number;
}

export const StatusNotification = new NotificationType<StatusParams>('fabricLint/status');

export interface ClassifyResult {
  kind: string;
  dialect?: string;
}

export const ClassifyRequest = new RequestType<{ uri: string }, ClassifyResult, void>('fabricLint/classify');
