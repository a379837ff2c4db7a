import { createHash } from 'node:crypto';
import { LINK_STATES, linkStateLabel } from '../../../../shared/src/fabric-graph';
import { FABRIC_PICTURE_CSS } from '../../../../shared/src/fabric-picture';
import { plural } from '../common';
import type { LinkRow, ReportModel } from './model';
import { pageScript, type PackedLink } from './page-script';
import { PAGE_STYLE } from './page-style';
import { esc, jsonForScript } from './escape';

/**
 * `fabric-lint report --html FILE`: one self-contained page. No request leaves it: the style and the script are
 * inline and allowed by their hashes in a Content-Security-Policy that forbids everything else (no network, no
 * other script, no plugin, no form, no base). The report's data is one JSON block the script turns into tables;
 * the header, the summary and the picture are markup written here. Every string from the configs is escaped
 * (`esc` for markup, `jsonForScript` for the data block).
 */
export function renderHtml(m: ReportModel): string {
  const script = `(${pageScript.toString()})();`;
  const style = PAGE_STYLE + FABRIC_PICTURE_CSS;
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(style)}'`,
    `script-src '${sha256(script)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const c = m.summary.findings;
  const b = m.baseline;
  const deviceIndex = new Map(m.devices.map((d, i) => [d.name, i]));
  const data = {
    contract: m.contract,
    rules: m.rules,
    devices: m.devices,
    columns: m.columns,
    endValues: m.endValues,
    states: LINK_STATES.map((s) => ({ id: s, label: linkStateLabel(s) })),
    links: m.links.map((l) => packLink(l, deviceIndex)),
    unpaired: m.unpaired,
    picture: { edges: m.picture.edges, nodes: m.picture.nodes },
    findings: m.findings,
    fixed: b?.fixed ?? [],
    baseline: b !== undefined,
  };
  const parts: string[] = [];
  parts.push(
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>fabric-lint report: ${esc(m.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>fabric-lint report <span class="subject">${esc(m.title)}</span></h1>`,
    '<p class="summary">',
    badge('error', plural(c.error, 'error', 'errors')),
    badge('warning', plural(c.warning, 'warning', 'warnings')),
    badge('info', `${c.info} info`),
    c.hint ? badge('hint', plural(c.hint, 'hint', 'hints')) : '',
    ` in ${esc(plural(m.summary.files, 'file', 'files'))}: ${esc(plural(m.summary.devices, 'device', 'devices'))}, ${esc(plural(m.summary.links, 'link', 'links'))}.`,
    '</p>',
  );
  if (b) {
    parts.push(
      `<p class="baseline">Compared with <strong>${esc(b.label)}</strong>: `,
      `<span class="status fixed">${b.fixed.length} fixed</span> `,
      `<span class="status new">${b.added} new</span> `,
      `<span class="status changed">${b.changed} changed</span> `,
      `${b.unchanged} unchanged (the baseline had ${esc(plural(total(b.counts), 'finding', 'findings'))}).</p>`,
    );
  }
  parts.push(
    '<nav><a href="#picture-section">Picture</a> <a href="#rules">Rules</a> <a href="#devices">Devices</a> <a href="#links">Links</a> <a href="#findings">Findings</a></nav>',
    '<noscript><p class="warn">The tables and the findings need JavaScript (inline, no network). The summary and the picture are above.</p></noscript>',
    '</header>',
    '<main>',
    '<section id="picture-section">',
    '<h2>Fabric</h2>',
    legend(),
    `<div id="picture" class="picture">${m.picture.svg}</div>`,
    '<p class="hint">A click on a link or a device shows its row below. Large fabrics are drawn in groups of devices; the tables list every one.</p>',
    '</section>',
    '<section id="rules"><h2>Findings per rule</h2><div id="rules-table"></div></section>',
    '<section id="devices"><h2>Devices</h2><div id="devices-table"></div></section>',
    '<section id="links"><h2>Links</h2>',
    `<p class="hint">Both ends side by side. Cells whose ends differ in meaning are marked (the facts the rules compare: the MTU value, the lossless priorities, the field that classifies, what each code point gets, ECN on a lossless one), not in wording. The per-hop behaviour is what each code point of the QoS contract (${esc(
      m.contract.map((p) => `DSCP ${p.dscp} ${p.name}`).join(', ') || 'none',
    )}) gets at that port.</p>`,
    '<div id="links-table"></div>',
    m.unpaired.length ? '<h3>Unpaired ports</h3><p class="hint">Point-to-point subnets with no peer in the workspace.</p><div id="unpaired-table"></div>' : '',
    '</section>',
    '<section id="findings"><h2>Findings</h2>',
    '<div class="tools">',
    '<label>Severity <select id="f-severity"><option value="">all</option><option>error</option><option>warning</option><option>info</option><option>hint</option></select></label>',
    b
      ? '<label>Change <select id="f-status"><option value="">all</option><option value="new">new</option><option value="changed">changed</option><option value="unchanged">unchanged</option><option value="fixed">fixed</option></select></label>'
      : '',
    '<label>Rule <select id="f-rule"><option value="">all</option></select></label>',
    '<input id="f-search" type="search" placeholder="Filter findings…" aria-label="Filter findings">',
    '<button id="f-clear" type="button">Clear</button>',
    '<span id="f-count" class="count"></span>',
    '</div>',
    '<div id="findings-list"></div>',
    '<div id="f-pager" class="pager"></div>',
    '</section>',
    '</main>',
    `<footer>fabric-lint ${esc(m.tool.version)}</footer>`,
    `<script id="report-data" type="application/json">${jsonForScript(data)}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
  );
  return parts.filter((p) => p !== '').join('\n') + '\n';
}

/** Each link state as the picture draws it (the picture's own classes), with its name. */
function legend(): string {
  const sample = (cls: string): string =>
    `<svg class="fabric-picture" width="36" height="10" aria-hidden="true"><g class="${cls}"><line class="stroke" x1="2" y1="5" x2="34" y2="5"/></g></svg>`;
  const items = LINK_STATES.map((s) => {
    const cls = `link state-${s}${s === 'consistent' || s === 'weak' ? '' : s === 'other' ? ' sev-warning' : ' sev-error'}`;
    return `<span class="item">${sample(cls)}${esc(linkStateLabel(s))}</span>`;
  });
  return `<p class="legend">${items.join('')}<span class="item">colour: the worst finding's severity</span></p>`;
}

/** A link as the page script reads it (page-script.ts `PackedLink`): arrays and device indexes keep 127,000 links small. */
function packLink(l: LinkRow, deviceIndex: Map<string, number>): PackedLink {
  return [
    deviceIndex.get(l.a.device) ?? -1,
    l.a.interface,
    l.a.values,
    deviceIndex.get(l.b.device) ?? -1,
    l.b.interface,
    l.b.values,
    LINK_STATES.indexOf(l.state),
    l.evidence,
    l.evidenceCount,
    l.differs,
    l.findings,
  ];
}

function badge(cls: string, text: string): string {
  return `<span class="sev ${cls}">${esc(text)}</span>`;
}

function total(c: { error: number; warning: number; info: number; hint: number }): number {
  return c.error + c.warning + c.info + c.hint;
}

function sha256(s: string): string {
  return `sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}`;
}
