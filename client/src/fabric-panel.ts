/**
 * The fabric view: a webview that draws `fabricLint/fabricGraph` (client/webview/fabric-view.ts draws, this side
 * fetches and opens files). It follows the server: after every lint it asks for the graph again. The webview runs
 * under a strict Content Security Policy (its own script by nonce, no network) and is only given dist/.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FabricGraph, GraphLoc } from '../../shared/src/fabric-graph';
import { FabricGraphRequest, FabricLinkRequest, type StatusParams } from '../../shared/src/protocol';
import type { FromView, ToView } from '../../shared/src/fabric-view-messages';
import { fabricViewHtml } from './fabric-view-html';

export class FabricPanel {
  private static current: FabricPanel | undefined;
  private graph: FabricGraph | undefined;
  private generation = -1;
  private shownGeneration = -2;
  private refreshing: Promise<void> | undefined;
  /** A graph was posted and the page has not said it drew it yet. */
  private drawing = false;
  /** The user closed the view (onDidDispose): its webview may no longer be touched. */
  private disposed = false;
  private lastDrawn: RenderedInfo | undefined;
  private waiters: ((r: RenderedInfo) => void)[] = [];

  /** Opens the view (or shows it) and resolves once it has drawn the current graph. */
  static async show(context: vscode.ExtensionContext, client: LanguageClient): Promise<RenderedInfo> {
    const open = FabricPanel.current;
    if (open) {
      open.panel.reveal();
      await open.refresh();
      return open.drawing || !open.lastDrawn ? open.nextDrawn() : open.lastDrawn;
    }
    const panel = vscode.window.createWebviewPanel('fabricLint.fabric', 'Fabric', vscode.ViewColumn.Active, {
      enableScripts: true,
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist')],
    });
    const view = new FabricPanel(panel, context, client);
    FabricPanel.current = view;
    // The page asks for the graph once it is loaded ('ready').
    return view.nextDrawn();
  }

  /** After each lint: ask for the new graph when the view is open. */
  static statusChanged(p: StatusParams): void {
    const view = FabricPanel.current;
    if (!view || p.state !== 'ready') return;
    view.generation = p.generation;
    void view.refresh();
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    private readonly client: LanguageClient,
  ) {
    panel.webview.html = fabricViewHtml(
      panel.webview.cspSource,
      panel.webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'dist', 'fabric-view.js')).toString(),
    );
    panel.onDidDispose(() => {
      this.disposed = true;
      if (FabricPanel.current === this) FabricPanel.current = undefined;
    });
    panel.webview.onDidReceiveMessage((m: FromView) => void this.received(m));
  }

  private async received(m: FromView): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.shownGeneration = -2;
        await this.refresh();
        return;
      case 'rendered': {
        this.drawing = false;
        this.lastDrawn = { devices: m.devices, links: m.links, drawnNodes: m.drawnNodes, drawnEdges: m.drawnEdges };
        for (const w of this.waiters.splice(0)) w(this.lastDrawn);
        return;
      }
      case 'openDevice': {
        const d = this.graph?.devices.find((x) => x.id === m.device);
        // The hostname line (or the file's start).
        if (d) await openAt(d.loc, this.besideView(1), false);
        return;
      }
      case 'openLink': {
        const l = this.graph?.links[m.link];
        if (!l) return;
        // A brief graph (a large fabric) has no locations: ask for this link's ends.
        const ends = l.a.loc && l.b.loc ? l : await this.client.sendRequest(FabricLinkRequest, { a: l.a, b: l.b });
        if (!ends?.a.loc || !ends.b.loc) return;
        await openAt(ends.a.loc, this.besideView(1), true);
        await openAt(ends.b.loc, this.besideView(2), false);
        return;
      }
      case 'linkEnds': {
        const ends = await this.client.sendRequest(FabricLinkRequest, { a: m.a, b: m.b });
        this.post({ type: 'linkEnds', key: m.key, ends });
        return;
      }
    }
  }

  /** Columns right of the view: the view stays visible beside the configs it opens. */
  private besideView(offset: number): vscode.ViewColumn {
    return Math.min((this.panel.viewColumn ?? vscode.ViewColumn.One) + offset, vscode.ViewColumn.Nine) as vscode.ViewColumn;
  }

  /** Fetches the graph unless the view already shows this lint's; one request at a time. */
  private async refresh(): Promise<void> {
    while (this.refreshing) await this.refreshing;
    if (this.shownGeneration === this.generation && this.graph) return;
    const generation = this.generation;
    this.refreshing = (async () => {
      try {
        const graph = await this.client.sendRequest(FabricGraphRequest, { ends: 'auto' });
        if (!graph) return;
        this.graph = graph;
        this.shownGeneration = generation;
        this.drawing = true;
        this.post({ type: 'graph', graph });
      } catch (err) {
        this.post({ type: 'error', message: `fabric-lint could not get the fabric graph: ${(err as Error).message}` });
      }
    })();
    try {
      await this.refreshing;
    } finally {
      this.refreshing = undefined;
    }
  }

  private nextDrawn(): Promise<RenderedInfo> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Nothing once the view is closed: a graph or a hover card's answer can arrive after (the webview then throws). */
  private post(m: ToView): void {
    if (this.disposed) return;
    void this.panel.webview.postMessage(m);
  }
}

export interface RenderedInfo {
  devices: number;
  links: number;
  drawnNodes: number;
  drawnEdges: number;
}

async function openAt(loc: GraphLoc, column: vscode.ViewColumn, preserveFocus: boolean): Promise<void> {
  const r = loc.range;
  const range = new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(loc.uri));
  await vscode.window.showTextDocument(doc, { viewColumn: column, selection: range, preserveFocus, preview: false });
}
