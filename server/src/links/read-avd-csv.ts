import type { LinkEvidence } from '../model/types';
import { pairKey, topologyEndpoint } from './endpoint';
import { LineIndex } from '../model/line-index';
import { fileLoc } from './text';
import type { TopologyProblem, TopologyReadResult } from './types';

/** One CSV line split into fields (RFC 4180 quotes; a quoted field does not span lines here). */
export function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          v += line.slice(i);
          i = line.length;
          break;
        }
        v += line.slice(i, q);
        if (line[q + 1] === '"') {
          v += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const comma = line.indexOf(',', i);
      out.push(v);
      if (comma < 0) return out;
      i = comma + 1;
    } else {
      const comma = line.indexOf(',', i);
      if (comma < 0) {
        out.push(line.slice(i).trim());
        return out;
      }
      out.push(line.slice(i, comma).trim());
      i = comma + 1;
    }
  }
}

const norm = (h: string) =>
  h
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/**
 * AVD `<FABRIC>-topology.csv` / `<FABRIC>-p2p-links.csv`: the header row names the columns
 * (`Node`, `Node Interface`, `Peer Node`, `Peer Interface`; any order). Each row is one direction
 * of a cable; the reverse row is dropped. The loc of a link is its row.
 */
export function readAvdCsv(uri: string, text: string): TopologyReadResult {
  const evidence: LinkEvidence[] = [];
  const problems: TopologyProblem[] = [];
  const lines = new LineIndex(text);
  let header: string[] | undefined;
  let col = { node: -1, iface: -1, peer: -1, peerIface: -1 };
  const seen = new Set<string>();
  for (let ln = 0; ln < lines.lineCount; ln++) {
    const [s, e] = lines.lineSpan(ln);
    const raw = text.slice(s, e);
    if (raw.trim() === '') continue;
    const fields = splitCsvLine(raw);
    if (!header) {
      header = fields.map(norm);
      col = {
        node: header.indexOf('node'),
        iface: header.indexOf('node interface'),
        peer: header.indexOf('peer node'),
        peerIface: header.indexOf('peer interface'),
      };
      if (col.node < 0 || col.iface < 0 || col.peer < 0 || col.peerIface < 0) {
        problems.push({
          message: 'AVD topology CSV: the header must name the columns Node, Node Interface, Peer Node, Peer Interface',
          loc: lines.lineLoc(uri, ln),
        });
        return { evidence, problems };
      }
      continue;
    }
    const node = fields[col.node] ?? '';
    const iface = fields[col.iface] ?? '';
    const peer = fields[col.peer] ?? '';
    const peerIface = fields[col.peerIface] ?? '';
    const loc = lines.lineLoc(uri, ln);
    if (!node || !iface) {
      problems.push({ message: 'AVD topology CSV row without Node or Node Interface', loc });
      continue;
    }
    if (!peer || !peerIface) continue; // an unconnected port
    const a = topologyEndpoint(node, iface);
    const b = topologyEndpoint(peer, peerIface);
    const key = pairKey(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    evidence.push({ source: 'avd-csv', a, b, locs: [loc], detail: `AVD CSV ${node}:${iface} ↔ ${peer}:${peerIface}` });
  }
  if (!header) problems.push({ message: 'AVD topology CSV is empty', loc: fileLoc(uri) });
  return { evidence, problems };
}
