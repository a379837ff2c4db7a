import type { Rule } from '../../server/src/rules/types';

/** The rule, wrapped to record which devices each of its runs judges (ctx.judging; undefined: all of them). */
export function recording(rule: Rule): { rule: Rule; runs: (string[] | 'all')[] } {
  const runs: (string[] | 'all')[] = [];
  const recorded: Rule = {
    ...rule,
    check: (ctx) => {
      runs.push(ctx.judging ? [...ctx.judging].map((d) => d.hostname).sort() : 'all');
      return rule.check(ctx);
    },
  };
  return { rule: recorded, runs };
}
