import type { Loc, Range } from '../model/location';
import { renderMessage } from '../rules/render';
import type { Finding, Severity } from '../rules/types';
import { workspaceRules } from '../rules/workspace/index';

const FIRST_LINE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/** A finding of one of the engine's own rules (workspace/*), rendered like any rule's finding. */
export function engineFinding(ruleId: string, messageId: string, data: Record<string, string | number>, loc: Loc, severity?: Severity): Finding {
  const rule = workspaceRules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`unknown engine rule ${ruleId}`);
  const template = rule.messages[messageId];
  if (template === undefined) throw new Error(`rule ${ruleId} has no message ${messageId}`);
  return {
    ruleId,
    messageId,
    data,
    message: renderMessage(template, data),
    severity: severity ?? rule.severity,
    loc,
    related: [],
    fixes: [],
  };
}

export function fileStart(uri: string): Loc {
  return { uri, range: FIRST_LINE };
}
