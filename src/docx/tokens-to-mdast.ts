// markdown-it's flat token stream → the mdast tree the writer walks. One loop with an explicit
// stack of open nodes, so nothing recurses or spreads in proportion to the input.
import type { Token } from "markdown-it";
import type { AlignType, Parent, PhrasingContent, Root, RootContent, Text } from "mdast";

type Position = NonNullable<Root["position"]>;
import type { DirectiveAttributes } from "./directive-syntax.js";

type AnyParent = Parent & { children: Array<RootContent | PhrasingContent> };
type DirectiveMeta = { readonly name: string; readonly attributes: DirectiveAttributes };

function append(parent: AnyParent, node: RootContent | PhrasingContent): void {
  parent.children.push(node);
}

/** Adjacent text (escapes, entities, soft breaks) is one text node, as in mdast. */
function appendText(parent: AnyParent, value: string): void {
  if (value === "") return;
  const last = parent.children[parent.children.length - 1];
  if (last !== undefined && last.type === "text") (last as Text).value += value;
  else parent.children.push({ type: "text", value });
}

function alignOf(token: Token): AlignType {
  const style = token.attrGet("style") ?? "";
  if (style.includes("left")) return "left";
  if (style.includes("right")) return "right";
  if (style.includes("center")) return "center";
  return null;
}

function footnoteId(meta: { readonly id: number; readonly label?: string }): string {
  return meta.label ?? `^${meta.id}`;
}

function withoutFinalNewline(s: string): string {
  return s.endsWith("\n") ? s.slice(0, -1) : s;
}

/** The node a `*_open` token starts; undefined for wrappers the tree does not keep (thead, tbody, footnote block). */
function opened(token: Token, stack: readonly AnyParent[]): AnyParent | undefined {
  switch (token.type) {
    case "paragraph_open":
      return { type: "paragraph", children: [] } as AnyParent;
    case "heading_open":
      return { type: "heading", depth: Number(token.tag.slice(1)), children: [] } as AnyParent;
    case "bullet_list_open":
      return { type: "list", ordered: false, spread: false, children: [] } as AnyParent;
    case "ordered_list_open": {
      const start = Number(token.attrGet("start") ?? "1");
      return { type: "list", ordered: true, start, spread: false, children: [] } as AnyParent;
    }
    case "list_item_open":
      return { type: "listItem", spread: false, children: [] } as AnyParent;
    case "blockquote_open":
      return { type: "blockquote", children: [] } as AnyParent;
    case "table_open":
      return { type: "table", align: [], children: [] } as AnyParent;
    case "tr_open":
      return { type: "tableRow", children: [] } as AnyParent;
    case "th_open":
    case "td_open": {
      if (token.type === "th_open") {
        const table = stack[stack.length - 2] as AnyParent & { align: AlignType[] };
        table.align.push(alignOf(token));
      }
      return { type: "tableCell", children: [] } as AnyParent;
    }
    case "container_directive_open": {
      const meta = token.meta as DirectiveMeta;
      return { type: "containerDirective", name: meta.name, attributes: meta.attributes, children: [] } as AnyParent;
    }
    case "leaf_directive_open": {
      const meta = token.meta as DirectiveMeta;
      return { type: "leafDirective", name: meta.name, attributes: meta.attributes, children: [] } as AnyParent;
    }
    case "text_directive_open": {
      const meta = token.meta as DirectiveMeta;
      return { type: "textDirective", name: meta.name, attributes: meta.attributes, children: [] } as AnyParent;
    }
    case "directive_label_open":
      return { type: "paragraph", data: { directiveLabel: true }, children: [] } as AnyParent;
    case "footnote_open": {
      const id = footnoteId(token.meta as { id: number; label?: string });
      return { type: "footnoteDefinition", identifier: id, label: id, children: [] } as AnyParent;
    }
    case "strong_open":
      return { type: "strong", children: [] } as AnyParent;
    case "em_open":
      return { type: "emphasis", children: [] } as AnyParent;
    case "s_open":
      return { type: "delete", children: [] } as AnyParent;
    case "link_open":
      return { type: "link", url: token.attrGet("href") ?? "", title: token.attrGet("title"), children: [] } as AnyParent;
    default:
      return undefined;
  }
}

/** A token with no children of its own (nesting 0). */
function leafNode(token: Token): RootContent | PhrasingContent | "softbreak" | undefined {
  switch (token.type) {
    case "text":
    case "text_special":
      return { type: "text", value: token.content };
    case "softbreak":
      return "softbreak";
    case "hardbreak":
      return { type: "break" };
    case "code_inline":
      return { type: "inlineCode", value: token.content };
    case "html_inline":
      return { type: "html", value: token.content };
    case "html_block":
      return { type: "html", value: withoutFinalNewline(token.content) };
    case "fence":
    case "code_block":
      return { type: "code", lang: token.info === "" ? null : token.info, meta: null, value: withoutFinalNewline(token.content) };
    case "hr":
      return { type: "thematicBreak" };
    case "image":
      return { type: "image", url: token.attrGet("src") ?? "", alt: token.content, title: null };
    case "footnote_ref":
      return { type: "footnoteReference", identifier: footnoteId(token.meta as { id: number; label?: string }) };
    default:
      return undefined;
  }
}

/** Where each line starts, to turn markdown-it's line maps into the offsets mdast positions carry. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly src: string) {
    for (let i = src.indexOf("\n"); i >= 0; i = src.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  private lineEnd(line: number): number {
    const next = this.starts[line + 1];
    return next === undefined ? this.src.length : next - 1;
  }

  private blank(line: number): boolean {
    return this.src.slice(this.starts[line] ?? this.src.length, this.lineEnd(line)).trim() === "";
  }

  /** Lines [first, end), without the blank lines at its end, as an mdast position. */
  position(first: number, end: number): Position {
    let last = Math.max(first, end - 1);
    while (last > first && this.blank(last)) last--;
    const start = this.starts[first] ?? this.src.length;
    const stop = this.lineEnd(Math.min(last, this.starts.length - 1));
    return { start: { line: first + 1, column: 1, offset: start }, end: { line: last + 1, column: 1 + stop - (this.starts[last] ?? 0), offset: stop } };
  }
}

function walk(tokens: readonly Token[], stack: AnyParent[], lines: LineIndex): void {
  // Inline children are walked with the same loop: a work list of token arrays, no recursion.
  const work: Array<{ readonly tokens: readonly Token[]; i: number; readonly depth: number }> = [{ tokens, i: 0, depth: stack.length }];
  while (work.length > 0) {
    const frame = work[work.length - 1]!;
    if (frame.i >= frame.tokens.length) {
      work.pop();
      continue;
    }
    const token = frame.tokens[frame.i++]!;
    const parent = stack[stack.length - 1]!;
    if (token.type === "inline") {
      work.push({ tokens: token.children ?? [], i: 0, depth: stack.length });
      continue;
    }
    if (token.nesting === 1) {
      const node = opened(token, stack);
      // Top-level blocks carry their source span (the bilingual merge copies blocks as written).
      if (node !== undefined && stack.length === 1 && token.map) node.position = lines.position(token.map[0], token.map[1]);
      // Wrappers not kept in the tree stand for their parent, so the matching close pops nothing real.
      stack.push(node ?? parent);
      continue;
    }
    if (token.nesting === -1) {
      const node = stack.pop()!;
      const outer = stack[stack.length - 1]!;
      if (node !== outer) append(outer, node as RootContent);
      continue;
    }
    const node = leafNode(token);
    if (node === undefined) continue;
    if (node !== "softbreak" && stack.length === 1 && token.map) node.position = lines.position(token.map[0], token.map[1]);
    if (node === "softbreak") appendText(parent, "\n");
    else if (node.type === "text") appendText(parent, node.value);
    else append(parent, node);
  }
}

/** Source lines of each top-level footnote definition, by label (markdown-it moves them to the end). */
export type FootnoteSpans = ReadonlyMap<string, readonly [number, number]>;

export function tokensToMdast(tokens: readonly Token[], src: string, footnotes: FootnoteSpans = new Map()): Root {
  const root: Root = { type: "root", children: [] };
  const lines = new LineIndex(src);
  walk(tokens, [root as AnyParent], lines);
  if (footnotes.size === 0) return root;
  // Put top-level footnote definitions back where they were written, as micromark's tree has them.
  for (const node of root.children) {
    const span = node.type === "footnoteDefinition" ? footnotes.get(node.identifier) : undefined;
    if (span !== undefined) node.position = lines.position(span[0], span[1]);
  }
  const at = (n: RootContent) => n.position?.start.offset ?? Number.MAX_SAFE_INTEGER;
  root.children.sort((a, b) => at(a) - at(b));
  return root;
}
