/**
 * The report's style sheet (inline, allowed by its hash). System fonts only; light and dark follow the viewer's
 * preference, and the fabric picture (whose own style is shared with the editor's view) takes the same colours.
 */
export const PAGE_STYLE = `
:root {
  color-scheme: light dark;
  --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --panel: #f6f8fa; --line: #d1d9e0;
  --error: #cf222e; --warning: #9a6700; --info: #0969da; --hint: #6e7781; --ok: #1a7f37;
  --mtu: #cf222e; --pfc: #bc4c00; --qos: #8250df; --other: #9a6700; --weak: #8c959f; --consistent: #1a7f37;
  --mark: #fff8c5; --diff: #ffebe9; --new: #cf222e; --fixed: #1a7f37; --changed: #9a6700;
  /* The names the fabric picture's style (shared/src/fabric-picture.ts) takes its colours from, as in VS Code. */
  --vscode-font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --vscode-editor-foreground: var(--fg); --vscode-descriptionForeground: var(--muted); --vscode-panel-border: var(--line);
  --vscode-editor-background: var(--bg); --vscode-charts-green: var(--ok); --vscode-disabledForeground: var(--hint);
  --vscode-editorError-foreground: var(--error); --vscode-editorWarning-foreground: var(--warning); --vscode-editorInfo-foreground: var(--info);
  --vscode-editor-findMatchHighlightBackground: var(--mark);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --panel: #151b23; --line: #3d444d;
    --error: #ff7b72; --warning: #d29922; --info: #4493f8; --hint: #9198a1; --ok: #3fb950;
    --mtu: #ff7b72; --pfc: #ffa657; --qos: #d2a8ff; --other: #d29922; --weak: #9198a1; --consistent: #3fb950;
    --mark: #3b2e00; --diff: #490202; --new: #ff7b72; --fixed: #3fb950; --changed: #d29922;
  }
}
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
header, main, footer { padding: 0 24px; }
header { padding-top: 16px; border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { font-size: 20px; margin: 0 0 8px; }
h1 .subject { font-weight: normal; color: var(--muted); }
h2 { font-size: 17px; margin: 24px 0 8px; }
nav { padding: 6px 0 10px; }
nav a { margin-right: 14px; }
a { color: var(--info); }
footer { color: var(--muted); padding: 24px; }
.summary .sev, .baseline .status { margin-right: 6px; }
.sev, .status, .state { display: inline-block; padding: 0 7px; border-radius: 10px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); } .sev.hint, .sev.none { color: var(--hint); }
.status.new { color: var(--new); } .status.fixed { color: var(--fixed); } .status.changed { color: var(--changed); }
.state.mtu { color: var(--mtu); } .state.pfc { color: var(--pfc); } .state.qos { color: var(--qos); } .state.other { color: var(--other); } .state.weak { color: var(--weak); } .state.consistent { color: var(--consistent); }
.legend .state { margin-right: 4px; }
.hint, .count, .place, .was { color: var(--muted); }
.warn { color: var(--warning); }
.tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 6px 0; }
input[type=search] { min-width: 240px; padding: 4px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--bg); color: var(--fg); }
select, button { padding: 3px 8px; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); }
.scroll { overflow-x: auto; border: 1px solid var(--line); border-radius: 6px; }
table.grid { border-collapse: collapse; width: 100%; font-size: 13px; }
table.grid th, table.grid td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
table.grid td { min-width: 4.5em; max-width: 24em; }
table[data-table=links] td { min-width: 7em; }
table.grid thead th { position: sticky; top: 0; background: var(--panel); }
table.grid tr.groups th { font-weight: 600; color: var(--muted); border-left: 1px solid var(--line); }
table.grid th button.sort { all: unset; cursor: pointer; font-weight: 600; }
table.grid th[aria-sort=ascending] button.sort::after { content: " ▲"; }
table.grid th[aria-sort=descending] button.sort::after { content: " ▼"; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num.error { color: var(--error); font-weight: 600; } td.num.warning { color: var(--warning); font-weight: 600; }
td.num.new { color: var(--new); font-weight: 600; } td.num.fixed { color: var(--fixed); font-weight: 600; }
td.diff { background: var(--diff); font-weight: 600; }
.pager { display: flex; gap: 10px; align-items: center; margin: 8px 0; }
.picture { overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); max-height: 80vh; }
.picture svg { display: block; }
.legend svg { vertical-align: middle; margin-right: 4px; }
.legend .item { margin-right: 14px; white-space: nowrap; }
.cards { display: grid; gap: 10px; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--hint); border-radius: 6px; padding: 8px 12px; background: var(--bg); }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
.finding.was-fixed { opacity: 0.8; }
.finding .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.finding .where { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.finding .rule { color: var(--muted); font-size: 12px; }
.finding p { margin: 6px 0; }
.related { margin-left: 14px; border-left: 2px solid var(--line); padding-left: 10px; }
.related .note { color: var(--muted); }
pre.excerpt { margin: 4px 0; padding: 6px 0; background: var(--panel); border-radius: 4px; overflow-x: auto; font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
pre.excerpt .line { display: block; padding: 0 8px; white-space: pre; }
pre.excerpt .line.mark { background: var(--mark); }
pre.excerpt .ln { display: inline-block; min-width: 4ch; margin-right: 12px; color: var(--muted); text-align: right; user-select: none; }
`;
