import { linkStateLabel } from '../../../../shared/src/fabric-graph';
import { plural } from '../common';
import type { FindingEntry, LinkRow, ReportModel } from './model';

/** GitHub's limit on the body of a pull-request comment, in characters. */
export const COMMENT_LIMIT = 65536;

/**
 * `fabric-lint report --format markdown`: a summary to post as a pull-request comment. The headline counts, what
 * the change fixed and broke (with a baseline), the findings per rule, the links with findings, then the
 * findings themselves, new ones first. Whatever does not fit in `limit` characters is left out whole, item by
 * item, and the comment says how many of each were left out. Text from the configs is escaped: it cannot open
 * HTML, links, tables or @-mentions in the comment.
 */
export function renderMarkdown(m: ReportModel, limit = COMMENT_LIMIT): string {
  const out = new Budget(limit - 600);
  const c = m.summary.findings;
  out.line(`## fabric-lint report: ${md(m.title)}`);
  out.line('');
  out.line(
    `**${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${c.info} info${c.hint ? `, ${plural(c.hint, 'hint', 'hints')}` : ''}** ` +
      `in ${plural(m.summary.files, 'file', 'files')} (${plural(m.summary.devices, 'device', 'devices')}, ${plural(m.summary.links, 'link', 'links')}).`,
  );
  const b = m.baseline;
  if (b) {
    out.line('');
    out.line(
      `Compared with ${md(b.label)}: **${b.fixed.length} fixed**, **${b.added} new**, ${b.changed} changed, ${b.unchanged} unchanged ` +
        `(the baseline had ${plural(total(b.counts), 'finding', 'findings')}).`,
    );
  }

  const omitted: string[] = [];
  const section = <T>(title: string, items: readonly T[], head: string[], row: (x: T) => string, what: string): void => {
    if (items.length === 0) return;
    if (!out.fits(['', `### ${title}`, '', ...head, row(items[0]!)].join('\n').length + 1)) {
      omitted.push(`${plural(items.length, what, `${what}s`)} (${title.toLowerCase()})`);
      return;
    }
    out.line('');
    out.line(`### ${title}`);
    out.line('');
    for (const h of head) out.line(h);
    let shown = 0;
    for (const x of items) {
      if (!out.tryLine(row(x))) break;
      shown++;
    }
    if (shown < items.length) omitted.push(`${items.length - shown} of ${plural(items.length, what, `${what}s`)} (${title.toLowerCase()})`);
  };

  const findingLine = (f: FindingEntry): string =>
    `- **${f.severity}** ${md(f.path)}:${f.line}: ${md(f.message)} (${md(f.rule)})${f.status === 'changed' && f.was ? `, was: ${md(f.was)}` : ''}`;
  if (b) {
    section(
      'Broken by this change',
      m.findings.filter((f) => f.status === 'new'),
      [],
      findingLine,
      'new finding',
    );
    section('Fixed by this change', b.fixed, [], (f) => `- ~~${md(f.path)}:${f.line}: ${md(f.message)}~~ (${md(f.rule)})`, 'fixed finding');
  }
  section(
    'Findings by rule',
    m.rules,
    [`| rule | errors | warnings | info | hints${b ? ' | new | fixed' : ''} |`, `|---|--:|--:|--:|--:${b ? '|--:|--:' : ''}|`],
    (r) =>
      `| ${md(r.id)}: ${md(r.title)} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.info} | ${r.counts.hint}${b ? ` | ${r.added ?? 0} | ${r.fixed ?? 0}` : ''} |`,
    'rule',
  );
  // Links the rules found broken: a textual difference alone (trust written on one vendor only) is no finding.
  const broken = m.links.filter((l) => l.findings.length > 0);
  section(
    'Links with findings',
    broken,
    ['| link | state | differs | evidence |', '|---|---|---|---|'],
    (l) => `| ${md(end(l.a))} ↔ ${md(end(l.b))} | ${linkStateLabel(l.state)} | ${l.differs.map((i) => m.columns[i]).join(', ') || '—'} | ${md(l.evidence)} |`,
    'link',
  );
  section(
    'Unpaired ports',
    m.unpaired,
    ['| port | subnet | findings |', '|---|---|--:|'],
    (u) => `| ${md(`${u.device} ${u.interface}`)} | ${md(u.subnet)} | ${u.findings.length} |`,
    'unpaired port',
  );
  section(
    b ? 'All findings now' : 'Findings',
    b ? [...m.findings.filter((f) => f.status !== 'new')] : m.findings,
    [],
    (f) => findingLine(f) + (f.status === 'unchanged' ? ' (unchanged)' : ''),
    'finding',
  );

  const tail: string[] = [''];
  if (omitted.length) tail.push(`_Left out to fit a comment: ${omitted.join('; ')}. The HTML report (\`fabric-lint report --html\`) has all of them._`);
  tail.push(`<sub>fabric-lint ${md(m.tool.version)}</sub>`);
  return out.text() + tail.join('\n') + '\n';
}

function end(e: LinkRow['a']): string {
  return `${e.device} ${e.interface}`;
}

function total(c: { error: number; warning: number; info: number; hint: number }): number {
  return c.error + c.warning + c.info + c.hint;
}

/**
 * Untrusted text as inline Markdown: one line, Markdown punctuation backslash-escaped, `<` `>` `&` as entities
 * (GitHub would otherwise pass some HTML through), and `@` as an entity so a name in a config mentions nobody.
 */
export function md(s: string): string {
  return s
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '&#64;');
}

/** Lines added while they fit in the budget. */
class Budget {
  private readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  fits(n: number): boolean {
    return this.used + n <= this.limit;
  }
  line(s: string): void {
    this.lines.push(s);
    this.used += s.length + 1;
  }
  tryLine(s: string): boolean {
    if (!this.fits(s.length + 1)) return false;
    this.line(s);
    return true;
  }
  text(): string {
    return this.lines.length ? this.lines.join('\n') + '\n' : '';
  }
}
