// The editor's change ranges as syntax-tree edits: the documents' update function (TextDocuments) applies
// each didChange change and records, per document, where it replaced what, so that the engine can edit the
// document's kept tree and reparse from it (engine/open-trees.ts).
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Edit } from '../parsing/parser';

export class DocumentEdits {
  /** Uri → edits since the last take(); null when a change replaced the whole text. */
  private readonly pending = new Map<string, Edit[] | null>();

  /** TextDocuments' update: applies the changes one by one, recording each as a tree edit. */
  readonly update = (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
    let next = doc;
    let edits: Edit[] | null = this.pending.has(doc.uri) ? this.pending.get(doc.uri)! : [];
    for (const change of changes) {
      let start: { index: number; oldEnd: number; position: Edit['startPosition']; oldEndPosition: Edit['oldEndPosition'] } | undefined;
      if ('range' in change) {
        const index = next.offsetAt(change.range.start);
        const oldEnd = next.offsetAt(change.range.end);
        start = { index, oldEnd, position: point(next, index), oldEndPosition: point(next, oldEnd) };
      }
      next = TextDocument.update(next, [change], version);
      const text = next.getText();
      // vscode-languageserver-textdocument updates its line table incrementally and miscounts when an edit joins
      // a `\r` and a `\n` into one line break (or splits one): every later position in that document then lands
      // on the wrong offset. Where the text has a `\r`, the table is rebuilt after each change (found by test/fuzz).
      if (text.includes('\r')) next = TextDocument.create(next.uri, next.languageId, version, text);
      if (!start || !edits) {
        edits = null;
        continue;
      }
      const newEnd = start.index + change.text.length;
      edits.push({
        startIndex: start.index,
        oldEndIndex: start.oldEnd,
        newEndIndex: newEnd,
        startPosition: start.position,
        oldEndPosition: start.oldEndPosition,
        newEndPosition: point(next, newEnd),
      });
    }
    this.pending.set(doc.uri, edits);
    return next;
  };

  /** The edits made to a document since the last call; undefined when unknown (opened, or replaced whole). */
  take(uri: string): Edit[] | undefined {
    const edits = this.pending.get(uri);
    this.pending.delete(uri);
    return edits ?? undefined;
  }
}

/** A tree-sitter point: row and column in UTF-16 code units, as tree-sitter counts them on a JS string. */
function point(doc: TextDocument, offset: number): Edit['startPosition'] {
  const p = doc.positionAt(offset);
  return { row: p.line, column: p.character };
}
