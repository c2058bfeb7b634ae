// The dialect parser: CommonMark + GFM tables + footnotes + generic directives, read by
// markdown-it (linear in the input; micromark cost ~60 µs per escaped character) and handed to
// the writer as the same mdast tree as before.
// Deliberately no linkify or strikethrough: fewer ways for user text to turn into markup.
import MarkdownIt from "markdown-it";
import footnote from "markdown-it-footnote";
import type { StateCore } from "markdown-it";
import type { Root } from "mdast";
import { directivePlugin } from "./directive-plugin.js";
import { type FootnoteSpans, tokensToMdast } from "./tokens-to-mdast.js";

type Env = { footnoteSpans?: Map<string, readonly [number, number]> };

// Before markdown-it-footnote's tail rule lifts definitions out of the token stream, note the
// source lines of each top-level one (from the maps of the blocks inside it).
function recordFootnoteSpans(state: StateCore): void {
  const spans = new Map<string, readonly [number, number]>();
  let open: { label: string; first: number; end: number } | undefined;
  for (const token of state.tokens) {
    if (token.type === "footnote_reference_open" && token.level === 0) {
      open = { label: (token.meta as { label: string }).label, first: Number.MAX_SAFE_INTEGER, end: 0 };
    } else if (token.type === "footnote_reference_close" && open !== undefined && token.level === 0) {
      if (open.end > 0) spans.set(open.label, [open.first, open.end]);
      open = undefined;
    } else if (open !== undefined && token.map) {
      open.first = Math.min(open.first, token.map[0]);
      open.end = Math.max(open.end, token.map[1]);
    }
  }
  (state.env as Env).footnoteSpans = spans;
}

let parser: MarkdownIt | undefined;

function createParser(): MarkdownIt {
  const md = new MarkdownIt("default", { html: true, linkify: false, typographer: false });
  md.disable(["strikethrough"]);
  // Links are kept as written; the writer decides which protocols become hyperlinks.
  md.normalizeLink = (url) => url;
  md.normalizeLinkText = (text) => text;
  md.validateLink = () => true;
  md.use(footnote);
  md.use(directivePlugin);
  md.core.ruler.before("footnote_tail", "pipia_footnote_spans", recordFootnoteSpans);
  return md;
}

export function parseDialect(markdown: string): Root {
  parser ??= createParser();
  const env: Env = {};
  const tokens = parser.parse(markdown, env);
  const spans: FootnoteSpans = env.footnoteSpans ?? new Map();
  return tokensToMdast(tokens, markdown, spans);
}
