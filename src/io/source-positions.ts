// Where a field sits in the answers file's text: line and column (1-based) for a zod issue path, so
// every validation problem points at the line to fix. JSON is YAML, so one parser serves both.
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";

export type SourcePosition = { readonly line: number; readonly column: number };
/** Position of the field at `path`, or of its nearest ancestor present in the file. */
export type PositionLookup = (path: readonly PropertyKey[]) => SourcePosition | undefined;

function child(node: unknown, key: PropertyKey): { key?: Node; value?: Node } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
    if (!pair) return undefined;
    return { ...(isNode(pair.key) ? { key: pair.key } : {}), ...(isNode(pair.value) ? { value: pair.value } : {}) };
  }
  if (isSeq(node) && typeof key === "number") {
    const item = node.items[key];
    return isNode(item) ? { value: item } : undefined;
  }
  return undefined;
}

export function sourcePositions(text: string): PositionLookup {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const at = (offset: number): SourcePosition => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return (path) => {
    let node: unknown = doc.contents;
    let best: SourcePosition | undefined = isNode(doc.contents) && doc.contents.range ? at(doc.contents.range[0]) : undefined;
    for (const key of path) {
      const next = child(node, key);
      if (!next) break;
      // A map entry points at its key ("name:"), a list item at the item.
      const mark = next.key ?? next.value;
      if (mark?.range) best = at(mark.range[0]);
      node = next.value;
    }
    return best;
  };
}
