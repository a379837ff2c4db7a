/**
 * The fabric view's page (its script is dist/fabric-view.js) under a strict Content Security Policy: the script and
 * styles by nonce, images and fonts only from the webview's own resources, nothing else (no network, no inline
 * handlers). Free of the VS Code API, so that the benchmark opens the very page the extension builds.
 */
import { randomBytes } from 'node:crypto';

/** `cspSource` and `scriptUri` are the webview's (`webview.cspSource`, `webview.asWebviewUri(…)`). */
export function fabricViewHtml(cspSource: string, scriptUri: string, nonce = randomBytes(16).toString('base64')): string {
  const csp = ["default-src 'none'", `script-src 'nonce-${nonce}'`, `style-src 'nonce-${nonce}'`, `img-src ${cspSource} data:`, `font-src ${cspSource}`].join(
    '; ',
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Fabric</title>
</head>
<body>
<div id="fabric-app" data-nonce="${nonce}">Loading the fabric…</div>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>`;
}
