/**
 * The script of the HTML report, run in the browser: it draws the rule, device and link tables and the findings from
 * the report's JSON (one `<script type="application/json">`), sortable by any column, filtered and paged, so that a
 * fabric of 2,048 switches and 127,000 links stays a few megabytes and opens quickly. Text is only ever set with
 * `textContent` and attributes with `setAttribute`: config text can hold `<script>`, and never becomes markup.
 *
 * `pageScript` is serialised with `Function.prototype.toString` into the page (html.ts), so it must not use anything
 * from outside its own body. The minimal DOM types below are declared for this file only: the server project is
 * compiled without the DOM library, on purpose.
 */

import type { Counts } from '../common';
import type { Excerpt } from './excerpt';
import type { DeviceRow, FindingEntry, RuleRow, UnpairedRow } from './model';

interface El {
  textContent: string | null;
  className: string;
  hidden: boolean;
  value: string;
  checked: boolean;
  readonly dataset: Record<string, string | undefined>;
  readonly classList: { add(c: string): void; remove(c: string): void; toggle(c: string, on?: boolean): void; contains(c: string): boolean };
  setAttribute(name: string, value: string): void;
  getAttribute(name: string): string | null;
  appendChild(child: El | TextNode): void;
  replaceChildren(...children: (El | TextNode)[]): void;
  addEventListener(type: string, fn: (ev: Ev) => void): void;
  querySelectorAll(sel: string): ArrayLike<El>;
  closest(sel: string): El | null;
  scrollIntoView(opts?: { block?: string }): void;
  focus(): void;
}
interface TextNode {
  readonly nodeType: number;
}
interface Ev {
  readonly target: El | null;
  preventDefault(): void;
  readonly key?: string;
}
interface Doc {
  getElementById(id: string): El | null;
  createElement(tag: string): El;
  createTextNode(text: string): TextNode;
  querySelectorAll(sel: string): ArrayLike<El>;
}
declare const document: Doc;

/** A link as html.ts packs it: [aDevice, aInterface, aValues, bDevice, bInterface, bValues, state, evidence, evidenceCount, differs, findings]. */
export type PackedLink = [number, string, number, number, string, number, number, string, number, number[], number[]];

export function pageScript(): void {
  type Sev = FindingEntry['severity'];
  type Finding = FindingEntry;
  interface Data {
    contract: { dscp: number; name: string }[];
    rules: RuleRow[];
    devices: DeviceRow[];
    columns: string[];
    endValues: string[][];
    states: { id: string; label: string }[];
    links: PackedLink[];
    unpaired: UnpairedRow[];
    picture: { edges: number[][]; nodes: Record<string, number[]> };
    findings: Finding[];
    fixed: Finding[];
    baseline: boolean;
  }

  const dataEl = document.getElementById('report-data');
  const data = JSON.parse(dataEl?.textContent ?? '{}') as Data;
  const PAGE = 100;

  function el(tag: string, cls?: string, text?: string): El {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function compare(a: string | number, b: string | number): number {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return String(a).localeCompare(String(b), undefined, { numeric: true, sensitivity: 'base' });
  }

  interface Column<R> {
    title: string;
    /** The value shown and searched on, and sorted on unless `sort` is given. */
    value: (r: R) => string | number;
    sort?: (r: R) => string | number;
    /** Fills the cell; by default the value as text. */
    cell?: (r: R, td: El) => void;
    cls?: (r: R) => string;
    group?: string;
  }

  /**
   * A sortable, filterable, paged table over rows, first in the order given (the report's: worst first); `setOnly`
   * narrows it to some rows (what was clicked in the picture).
   */
  function table<R>(host: El, name: string, rows: R[], columns: Column<R>[]): { setOnly(only: number[] | undefined, what: string): void } {
    const tbl = el('table', 'grid');
    tbl.setAttribute('data-table', name);
    const thead = el('thead');
    const groups = columns.some((c) => c.group);
    if (groups) {
      const tr = el('tr', 'groups');
      let i = 0;
      while (i < columns.length) {
        const g = columns[i]!.group ?? '';
        let span = 1;
        while (i + span < columns.length && (columns[i + span]!.group ?? '') === g && g !== '') span++;
        const th = el('th', g ? 'group' : '', g);
        th.setAttribute('colspan', String(span));
        tr.appendChild(th);
        i += span;
      }
      thead.appendChild(tr);
    }
    const headRow = el('tr');
    let sortCol = -1;
    let sortDir = 1;
    const ths: El[] = [];
    columns.forEach((c, i) => {
      const th = el('th');
      const button = el('button', 'sort', c.title);
      button.setAttribute('type', 'button');
      button.setAttribute('data-col', String(i));
      button.addEventListener('click', () => {
        if (sortCol === i) sortDir = -sortDir;
        else {
          sortCol = i;
          sortDir = 1;
        }
        page = 0;
        render();
      });
      th.appendChild(button);
      ths.push(th);
      headRow.appendChild(th);
    });
    thead.appendChild(headRow);
    tbl.appendChild(thead);
    const tbody = el('tbody');
    tbl.appendChild(tbody);
    const tools = el('div', 'tools');
    const search = el('input');
    search.setAttribute('type', 'search');
    search.setAttribute('placeholder', 'Filter rows…');
    search.setAttribute('aria-label', `Filter the ${name} table`);
    const status = el('span', 'count');
    const showAll = el('button', 'show-all', 'Show all rows');
    showAll.setAttribute('type', 'button');
    showAll.hidden = true;
    tools.appendChild(search);
    tools.appendChild(status);
    tools.appendChild(showAll);
    const pager = el('div', 'pager');
    host.appendChild(tools);
    const wrap = el('div', 'scroll');
    wrap.appendChild(tbl);
    host.appendChild(wrap);
    host.appendChild(pager);
    let page = 0;
    let query = '';
    let only: number[] | undefined;
    let onlyWhat = '';
    let texts: string[] | undefined;
    showAll.addEventListener('click', () => {
      only = undefined;
      page = 0;
      render();
    });
    search.addEventListener('input', () => {
      query = search.value.trim().toLowerCase();
      page = 0;
      render();
    });
    function rowText(i: number): string {
      if (!texts)
        texts = rows.map((r) =>
          columns
            .map((c) => String(c.value(r)))
            .join('\u0001')
            .toLowerCase(),
        );
      return texts[i]!;
    }
    function render(): void {
      ths.forEach((th, i) => th.setAttribute('aria-sort', i === sortCol ? (sortDir > 0 ? 'ascending' : 'descending') : 'none'));
      const col = columns[sortCol];
      let idx = only ? [...only] : rows.map((_, i) => i);
      if (query) idx = idx.filter((i) => rowText(i).includes(query));
      if (col) {
        const keys = new Map(idx.map((i) => [i, col.sort ? col.sort(rows[i]!) : col.value(rows[i]!)]));
        idx.sort((x, y) => sortDir * compare(keys.get(x)!, keys.get(y)!) || x - y);
      }
      const pages = Math.max(1, Math.ceil(idx.length / PAGE));
      if (page >= pages) page = pages - 1;
      const shown = idx.slice(page * PAGE, page * PAGE + PAGE);
      const trs: El[] = [];
      for (const i of shown) {
        const r = rows[i]!;
        const tr = el('tr');
        for (const c of columns) {
          const td = el('td');
          const extra = c.cls?.(r);
          if (extra) td.className = extra;
          if (c.cell) c.cell(r, td);
          else td.textContent = String(c.value(r));
          tr.appendChild(td);
        }
        trs.push(tr);
      }
      if (trs.length === 0) {
        const tr = el('tr', 'empty');
        const td = el('td', '', rows.length === 0 ? 'None.' : 'No row matches the filter.');
        td.setAttribute('colspan', String(columns.length));
        tr.appendChild(td);
        trs.push(tr);
      }
      tbody.replaceChildren(...trs);
      status.textContent = `${idx.length} of ${rows.length} rows${only ? `: ${onlyWhat}` : ''}`;
      showAll.hidden = !only;
      pagerFor(pager, page, pages, (p) => {
        page = p;
        render();
      });
    }
    render();
    return {
      setOnly(o, what) {
        only = o;
        onlyWhat = what;
        page = 0;
        render();
      },
    };
  }

  function pagerFor(host: El, page: number, pages: number, go: (p: number) => void): void {
    if (pages <= 1) {
      host.replaceChildren();
      return;
    }
    const prev = el('button', '', '‹ Previous');
    prev.setAttribute('type', 'button');
    if (page === 0) prev.setAttribute('disabled', '');
    prev.addEventListener('click', () => go(page - 1));
    const next = el('button', '', 'Next ›');
    next.setAttribute('type', 'button');
    if (page >= pages - 1) next.setAttribute('disabled', '');
    next.addEventListener('click', () => go(page + 1));
    host.replaceChildren(prev, el('span', '', `page ${page + 1} of ${pages}`), next);
  }

  function sevCell(s: Sev | undefined, td: El): void {
    td.appendChild(el('span', `sev ${s ?? 'none'}`, s ?? 'clean'));
  }
  function countsValue(c: Counts): number {
    return -(c.error * 1e9 + c.warning * 1e6 + c.info * 1e3 + c.hint);
  }

  // Rules.
  const rulesHost = document.getElementById('rules-table');
  if (rulesHost) {
    const cols: Column<Data['rules'][number]>[] = [
      {
        title: 'Rule',
        value: (r) => r.id,
        cell: (r, td) => {
          const a = el('a', '', r.id);
          a.setAttribute('href', r.help);
          td.appendChild(a);
        },
      },
      { title: 'Title', value: (r) => r.title },
      { title: 'Errors', value: (r) => r.counts.error, cls: (r) => (r.counts.error ? 'num error' : 'num') },
      { title: 'Warnings', value: (r) => r.counts.warning, cls: (r) => (r.counts.warning ? 'num warning' : 'num') },
      { title: 'Info', value: (r) => r.counts.info + r.counts.hint, cls: () => 'num' },
    ];
    if (data.baseline) {
      cols.push({ title: 'New', value: (r) => r.added ?? 0, cls: (r) => (r.added ? 'num new' : 'num') });
      cols.push({ title: 'Fixed', value: (r) => r.fixed ?? 0, cls: (r) => (r.fixed ? 'num fixed' : 'num') });
    }
    table(rulesHost, 'rules', data.rules, cols);
  }

  // Devices.
  const devicesHost = document.getElementById('devices-table');
  let devicesTable: { setOnly(only: number[] | undefined, what: string): void } | undefined;
  if (devicesHost) {
    devicesTable = table(devicesHost, 'devices', data.devices, [
      { title: 'Device', value: (d) => d.name },
      { title: 'Worst', value: (d) => d.worst ?? 'clean', sort: (d) => countsValue(d.counts), cell: (d, td) => sevCell(d.worst, td) },
      { title: 'Errors', value: (d) => d.counts.error, cls: (d) => (d.counts.error ? 'num error' : 'num') },
      { title: 'Warnings', value: (d) => d.counts.warning, cls: (d) => (d.counts.warning ? 'num warning' : 'num') },
      { title: 'Info', value: (d) => d.counts.info + d.counts.hint, cls: () => 'num' },
      { title: 'Tier', value: (d) => d.tier },
      { title: 'Role', value: (d) => d.role },
      { title: 'OS', value: (d) => d.os },
      { title: 'Links', value: (d) => d.links, cls: () => 'num' },
      { title: 'Interfaces', value: (d) => d.interfaces, cls: () => 'num' },
      { title: 'File', value: (d) => d.path },
    ]);
  }

  // Links: both ends side by side, the cells whose ends differ marked.
  let showFindings: (only: number[] | undefined) => void = () => undefined;
  function findingsLink(ids: number[], td: El): void {
    if (ids.length === 0) {
      td.textContent = '0';
      return;
    }
    const a = el('a', '', String(ids.length));
    a.setAttribute('href', '#findings');
    a.addEventListener('click', () => showFindings(ids));
    td.appendChild(a);
  }
  const linksHost = document.getElementById('links-table');
  let linksTable: { setOnly(only: number[] | undefined, what: string): void } | undefined;
  if (linksHost) {
    const dev = (n: number): string => data.devices[n]?.name ?? '?';
    const state = (l: PackedLink): { id: string; label: string } => data.states[l[6]] ?? { id: '', label: '' };
    const cols: Column<PackedLink>[] = [
      { title: 'A', value: (l) => `${dev(l[0])} ${l[1]}`, group: 'Link' },
      { title: 'B', value: (l) => `${dev(l[3])} ${l[4]}`, group: 'Link' },
      {
        title: 'State',
        group: 'Link',
        value: (l) => state(l).label,
        sort: (l) => l[6],
        cell: (l, td) => td.appendChild(el('span', `state ${state(l).id}`, state(l).label)),
      },
      ...data.columns.flatMap((title, k) =>
        (['A', 'B'] as const).map((side): Column<PackedLink> => ({
          title: side,
          group: title,
          value: (l) => data.endValues[side === 'A' ? l[2] : l[5]]?.[k] ?? '',
          cls: (l) => (l[9].includes(k) ? 'diff' : ''),
        })),
      ),
      { title: 'Evidence', group: 'Evidence', value: (l) => `${l[7]}${l[8] > 1 ? ` (+${l[8] - 1})` : ''}` },
      { title: 'Findings', group: 'Evidence', value: (l) => l[10].length, cls: () => 'num', cell: (l, td) => findingsLink(l[10], td) },
    ];
    linksTable = table(linksHost, 'links', data.links, cols);
  }
  const unpairedHost = document.getElementById('unpaired-table');
  if (unpairedHost) {
    table(unpairedHost, 'unpaired', data.unpaired, [
      { title: 'Device', value: (u) => u.device },
      { title: 'Interface', value: (u) => u.interface },
      { title: 'Subnet', value: (u) => u.subnet },
      { title: 'Findings', value: (u) => u.findings.length, cls: () => 'num', cell: (u, td) => findingsLink(u.findings, td) },
    ]);
  }

  // Findings, with their lines and the other end's.
  const findingsHost = document.getElementById('findings-list');
  function excerptEl(x: Excerpt | undefined): El | undefined {
    if (!x) return undefined;
    const pre = el('pre', 'excerpt');
    x.lines.forEach((text, k) => {
      const n = x.first + k;
      const line = el('span', n >= x.markFrom && n <= x.markTo ? 'line mark' : 'line');
      line.appendChild(el('span', 'ln', String(n)));
      line.appendChild(document.createTextNode(text));
      pre.appendChild(line);
    });
    return pre;
  }
  function findingEl(f: Finding, fixed: boolean): El {
    const card = el('article', `finding ${f.severity}${fixed ? ' was-fixed' : ''}`);
    const head = el('div', 'head');
    head.appendChild(el('span', `sev ${f.severity}`, f.severity));
    if (fixed) head.appendChild(el('span', 'status fixed', 'fixed'));
    else if (f.status && f.status !== 'unchanged') head.appendChild(el('span', `status ${f.status}`, f.status));
    head.appendChild(el('span', 'where', `${f.path}:${f.line}:${f.column}`));
    head.appendChild(el('span', 'rule', f.rule));
    card.appendChild(head);
    card.appendChild(el('p', 'message', f.message));
    if (f.was) card.appendChild(el('p', 'was', `Before the change: ${f.was}`));
    if (f.place) card.appendChild(el('p', 'place', `in ${f.place}`));
    const ex = excerptEl(f.excerpt);
    if (ex) card.appendChild(ex);
    for (const r of f.related) {
      const rel = el('div', 'related');
      rel.appendChild(el('p', 'note', `${r.path}:${r.line}: ${r.message}`));
      const rex = excerptEl(r.excerpt);
      if (rex) rel.appendChild(rex);
      card.appendChild(rel);
    }
    return card;
  }
  if (findingsHost) {
    const sevSel = document.getElementById('f-severity');
    const statusSel = document.getElementById('f-status');
    const ruleSel = document.getElementById('f-rule');
    const search = document.getElementById('f-search');
    const count = document.getElementById('f-count');
    const pager = document.getElementById('f-pager');
    const list = el('div', 'cards');
    findingsHost.appendChild(list);
    if (ruleSel) for (const r of data.rules) ruleSel.appendChild(optionEl(r.id));
    let only: number[] | undefined;
    let page = 0;
    const FPAGE = 50;
    const render = (): void => {
      const sev = sevSel?.value ?? '';
      const st = statusSel?.value ?? '';
      const rule = ruleSel?.value ?? '';
      const q = (search?.value ?? '').trim().toLowerCase();
      const items: { f: Finding; fixed: boolean }[] = [];
      const pool = only ? only.map((i) => data.findings[i]!) : data.findings;
      for (const f of pool) items.push({ f, fixed: false });
      if (!only && (st === 'fixed' || st === '')) for (const f of data.fixed) items.push({ f, fixed: true });
      const shown = items.filter(
        ({ f, fixed }) =>
          (!sev || f.severity === sev) &&
          (!st || (st === 'fixed' ? fixed : !fixed && (f.status ?? '') === st)) &&
          (!rule || f.rule === rule) &&
          (!q || `${f.message} ${f.path} ${f.device} ${f.rule} ${f.place}`.toLowerCase().includes(q)),
      );
      const pages = Math.max(1, Math.ceil(shown.length / FPAGE));
      if (page >= pages) page = pages - 1;
      list.replaceChildren(...shown.slice(page * FPAGE, page * FPAGE + FPAGE).map(({ f, fixed }) => findingEl(f, fixed)));
      if (count) count.textContent = `${shown.length} shown${only ? ' (of one link; clear the filter to see all)' : ''}`;
      if (pager)
        pagerFor(pager, page, pages, (p) => {
          page = p;
          render();
        });
    };
    for (const c of [sevSel, statusSel, ruleSel, search]) {
      c?.addEventListener(c === search ? 'input' : 'change', () => {
        page = 0;
        render();
      });
    }
    document.getElementById('f-clear')?.addEventListener('click', () => {
      only = undefined;
      for (const c of [sevSel, statusSel, ruleSel, search]) if (c) c.value = '';
      page = 0;
      render();
    });
    showFindings = (o) => {
      only = o;
      page = 0;
      render();
      document.getElementById('findings')?.scrollIntoView({ block: 'start' });
    };
    render();
  }
  function optionEl(v: string): El {
    const o = el('option', '', v);
    o.setAttribute('value', v);
    return o;
  }

  // The picture: a click on a link (or a bundle of links) shows its rows, a click on a device (or a group) its rows.
  const picture = document.getElementById('picture');
  picture?.addEventListener('click', (ev) => {
    const target = ev.target?.closest('[data-edge],[data-node]');
    if (!target) return;
    const edge = target.getAttribute('data-edge');
    const node = target.getAttribute('data-node');
    const label = target.querySelectorAll('title')[0]?.textContent ?? 'selected in the picture';
    if (edge !== null && linksTable) {
      linksTable.setOnly(data.picture.edges[Number(edge)] ?? [], label);
      document.getElementById('links')?.scrollIntoView({ block: 'start' });
    } else if (node !== null && devicesTable) {
      devicesTable.setOnly(data.picture.nodes[node] ?? [], label);
      document.getElementById('devices')?.scrollIntoView({ block: 'start' });
    }
  });
}
