// The dialect parser: CommonMark + GFM tables + GFM footnotes + generic directives.
// Deliberately no autolink-literal or strikethrough extension: fewer ways for user text to turn into markup.
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { directiveFromMarkdown } from "mdast-util-directive";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { directive } from "micromark-extension-directive";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmTable } from "micromark-extension-gfm-table";

export function parseDialect(markdown: string): Root {
  return fromMarkdown(markdown, {
    extensions: [gfmTable(), gfmFootnote(), directive()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmFootnoteFromMarkdown(), directiveFromMarkdown()],
  });
}
