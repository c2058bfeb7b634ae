// pipia's Markdown → Word writer. The dialect is documented in docs/markdown-dialect.md.
// The body is written as WordprocessingML strings (xml-blocks.ts); the docx library writes the
// frame around it (frame.ts). Footnote text still goes through docx objects (blocks.ts).
import { Paragraph } from "docx";
import type { FootnoteDefinition, Root } from "mdast";
import { assertNoPendingWidths, type BlockContext } from "./block-context.js";
import { renderBlocks } from "./blocks.js";
import { Carriers } from "./carriers.js";
import { writeDocument, type XmlSection } from "./frame.js";
import { type DocumentOptions, resolveOptions } from "./options.js";
import { textWidth } from "./page.js";
import { renumberHeadings } from "./heading-numbers.js";
import { parseDialect } from "./parse.js";
import { sanitizeXmlText } from "./sanitize.js";
import { createState, type WriterState } from "./state.js";
import { STYLE } from "./styles.js";
import { defaultTocTitle } from "./toc.js";
import { blocksXml, blockXml, separateTablesXml, tocXml, type XmlBlock } from "./xml-blocks.js";
import type { XmlState } from "./xml-inline.js";

export type { DocumentImage, DocumentLang, DocumentOptions, PageSize } from "./options.js";
export { PAGE_SIZES } from "./options.js";
export { parseDialect } from "./parse.js";
export { sanitizeXmlText } from "./sanitize.js";

type Section = { readonly landscape: boolean; readonly blocks: XmlBlock[] };

// Top-level walk: `:::landscape` starts its own section; `::toc` is a carrier the frame fills in
// once every heading is known.
function buildSections(root: Root, state: XmlState): XmlSection[] {
  const base = state.options.landscape;
  const context = (landscape: boolean): BlockContext => ({ width: textWidth(landscape, state.options) });
  const sections: Section[] = [{ landscape: base, blocks: [] }];
  for (const node of root.children) {
    const current = sections[sections.length - 1] ?? { landscape: base, blocks: [] };
    if (node.type === "containerDirective" && node.name === "landscape") {
      assertNoPendingWidths(state);
      sections.push({ landscape: true, blocks: blocksXml(node.children, context(true), state) }, { landscape: base, blocks: [] });
      continue;
    }
    if (node.type === "leafDirective" && node.name === "toc") {
      assertNoPendingWidths(state);
      for (const b of tocXml(node.attributes?.title ?? defaultTocTitle(state.options.lang), state)) current.blocks.push(b);
      continue;
    }
    for (const b of blockXml(node, context(current.landscape), state)) current.blocks.push(b);
  }
  assertNoPendingWidths(state);
  const used = sections.filter((s) => s.blocks.length > 0);
  const kept = used.length > 0 ? used : [{ landscape: base, blocks: [{ table: false, xml: "<w:p/>" }] }];
  // A document opening with :::cover: its first page carries no running header, footer or number.
  const first = root.children[0];
  const cover = first?.type === "containerDirective" && first.name === "cover";
  return kept.map((s, i) => ({ landscape: s.landscape, blocks: separateTablesXml(s.blocks), ...(cover && i === 0 ? { cover: true } : {}) }));
}

function footnoteParagraphs(definition: FootnoteDefinition, state: WriterState): Paragraph[] {
  const blocks = renderBlocks(definition.children, { width: textWidth(state.options.landscape, state.options), style: STYLE.footnoteText }, state);
  return blocks.map((b) => {
    if (!(b instanceof Paragraph)) throw new Error(`footnote [^${definition.identifier}] may hold only paragraphs and lists`);
    return b;
  });
}

export async function markdownToDocx(markdown: string, options: DocumentOptions): Promise<Buffer> {
  const resolved = resolveOptions(options);
  const root = parseDialect(sanitizeXmlText(markdown));
  renumberHeadings(root);
  const state: XmlState = Object.assign(createState(root, resolved), { carriers: new Carriers(), nextBookmark: 1 });
  const sections = buildSections(root, state);
  const footnotes = state.footnotes.build((definition) => footnoteParagraphs(definition, state));
  return writeDocument(resolved, sections, state.numbering.options(), footnotes, state);
}
