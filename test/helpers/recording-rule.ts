import type { Rule } from '../../server/src/rules/types';

/**
 * The rule, wrapped to record which devices each of its runs judges (ctx.judging; undefined: all of them) and what
 * the runner handed each run of what the rule makes of the whole fabric (ctx.derived, Rule.derived): the same object
 * from one run to the next when the runner kept it.
 */
export function recording(rule: Rule): { rule: Rule; runs: (string[] | 'all')[]; derived: unknown[] } {
  const runs: (string[] | 'all')[] = [];
  const derived: unknown[] = [];
  const recorded: Rule = {
    ...rule,
    check: (ctx) => {
      runs.push(ctx.judging ? [...ctx.judging].map((d) => d.hostname).sort() : 'all');
      derived.push(ctx.derived);
      return rule.check(ctx);
    },
  };
  return { rule: recorded, runs, derived };
}
