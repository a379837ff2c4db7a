import { linkRules } from './link/index';
import { mtuRules } from './mtu/index';
import { pfcRules } from './pfc/index';
import { qosRules } from './qos/index';
import type { Rule } from './types';
import { workspaceRules } from './workspace/index';

/** Every rule, in the order docs list them. */
export const allRules: readonly Rule[] = [...mtuRules, ...pfcRules, ...qosRules, ...linkRules, ...workspaceRules];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
