import { designRules } from './design/index';
import { l2Rules } from './l2/index';
import { linkRules } from './link/index';
import { mlagRules } from './mlag/index';
import { mtuRules } from './mtu/index';
import { pfcRules } from './pfc/index';
import { qosRules } from './qos/index';
import type { Rule } from './types';
import { workspaceRules } from './workspace/index';

/** Every rule, in the order docs list them. */
export const allRules: readonly Rule[] = [...mtuRules, ...pfcRules, ...qosRules, ...linkRules, ...l2Rules, ...mlagRules, ...designRules, ...workspaceRules];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
