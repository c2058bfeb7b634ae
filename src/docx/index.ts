// pipia's Markdown → Word writer. The dialect is documented in docs/markdown-dialect.md.
import { Document, type FileChild, Packer, Paragraph } from "docx";
import type { FootnoteDefinition, Root } from "mdast";
import { assertNoPendingWidths, type BlockContext, separateTables, tinyParagraph } from "./block-context.js";
import { renderBlock, renderBlocks } from "./blocks.js";
import { type DocumentOptions, resolveOptions } from "./options.js";
import { buildFooter, buildHeader, sectionProperties, textWidth } from "./page.js";
import { parseDialect } from "./parse.js";
import { sanitizeXmlText } from "./sanitize.js";
import { createState, type WriterState } from "./state.js";
import { buildStyles, STYLE } from "./styles.js";
import { defaultTocTitle, tableOfContents } from "./toc.js";

export type { DocumentImage, DocumentLang, DocumentOptions } from "./options.js";
export { parseDialect } from "./parse.js";
export { sanitizeXmlText } from "./sanitize.js";

type Section = { readonly landscape: boolean; readonly children: FileChild[] };

// Top-level walk: `:::landscape` starts its own section, and `::toc` is filled in once every
// heading is known.
function buildSections(root: Root, state: WriterState): Section[] {
  const base = state.options.landscape;
  const context = (landscape: boolean): BlockContext => ({ width: textWidth(landscape) });
  const sections: Section[] = [{ landscape: base, children: [] }];
  const tocs: Array<{ readonly children: FileChild[]; readonly index: number; readonly title: string }> = [];
  for (const node of root.children) {
    const current = sections[sections.length - 1] ?? { landscape: base, children: [] };
    if (node.type === "containerDirective" && node.name === "landscape") {
      assertNoPendingWidths(state);
      sections.push({ landscape: true, children: renderBlocks(node.children, context(true), state) }, { landscape: base, children: [] });
      continue;
    }
    if (node.type === "leafDirective" && node.name === "toc") {
      assertNoPendingWidths(state);
      const title = node.attributes?.title ?? defaultTocTitle(state.options.lang);
      tocs.push({ children: current.children, index: current.children.length, title });
      continue;
    }
    current.children.push(...renderBlock(node, context(current.landscape), state));
  }
  assertNoPendingWidths(state);
  // Later slots first, so earlier indexes stay right.
  for (const toc of tocs.reverse()) toc.children.splice(toc.index, 0, ...tableOfContents(toc.title, state.toc));
  const used = sections.filter((s) => s.children.length > 0);
  return used.length > 0 ? used : [{ landscape: base, children: [new Paragraph({ children: [] })] }];
}

function footnoteParagraphs(definition: FootnoteDefinition, state: WriterState): Paragraph[] {
  const blocks = renderBlocks(definition.children, { width: textWidth(state.options.landscape), style: STYLE.footnoteText }, state);
  return blocks.map((b) => {
    if (!(b instanceof Paragraph)) throw new Error(`footnote [^${definition.identifier}] may hold only paragraphs and lists`);
    return b;
  });
}

export async function markdownToDocx(markdown: string, options: DocumentOptions): Promise<Buffer> {
  const resolved = resolveOptions(options);
  const root = parseDialect(sanitizeXmlText(markdown));
  const state = createState(root, resolved);
  const sections = buildSections(root, state);
  const footnotes = state.footnotes.build((definition) => footnoteParagraphs(definition, state));
  const doc = new Document({
    title: resolved.title,
    creator: resolved.creator,
    ...(resolved.subject === undefined ? {} : { subject: resolved.subject }),
    ...(resolved.keywords === undefined ? {} : { keywords: resolved.keywords }),
    ...(resolved.description === undefined ? {} : { description: resolved.description }),
    styles: buildStyles(resolved),
    numbering: state.numbering.options(),
    footnotes,
    features: { updateFields: true },
    sections: sections.map((s) => ({
      properties: sectionProperties(s.landscape),
      headers: { default: buildHeader(resolved, s.landscape) },
      footers: { default: buildFooter(resolved) },
      children: separateTables(s.children, tinyParagraph),
    })),
  });
  return Packer.toBuffer(doc);
}
