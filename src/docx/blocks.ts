// Block content → paragraphs and tables; directives are handed to leaves.ts and containers.ts.
import { Bookmark, BorderStyle, Paragraph, type ParagraphChild } from "docx";
import type { Heading, List, Paragraph as MdParagraph, RootContent } from "mdast";
import {
  assertNoPendingWidths,
  type Block,
  type BlockContext,
  bodyFormat,
  COMPACT_SPACING,
  paragraphProps,
  separateTables,
  sizeFor,
  tinyParagraph,
} from "./block-context.js";
import { type BlockRenderer, renderContainer } from "./containers.js";
import { inlineRuns, plainText, textRuns } from "./inline.js";
import { renderLeaf } from "./leaves.js";
import { ListNumbering, MAX_LIST_LEVEL } from "./numbering.js";
import type { WriterState } from "./state.js";
import { headingSize, headingStyleId, SIZE, STYLE } from "./styles.js";
import { gfmTable } from "./table.js";
import { pushAll } from "./push-all.js";

export function renderBlocks(nodes: readonly RootContent[], ctx: BlockContext, state: WriterState): Block[] {
  const out: Block[] = [];
  for (const node of nodes) pushAll(out, renderBlock(node, ctx, state));
  assertNoPendingWidths(state);
  return separateTables(out, tinyParagraph);
}

export function renderBlock(node: RootContent, ctx: BlockContext, state: WriterState): Block[] {
  if (state.pendingWidths !== undefined && node.type !== "table") assertNoPendingWidths(state);
  switch (node.type) {
    case "paragraph":
      return [paragraph(node, ctx, state)];
    case "heading":
      return [heading(node, ctx, state)];
    case "list":
      return list(node, ctx, state, 0);
    case "table": {
      // Poster, sticker and large-print sizes reach table text too.
      const minSize = sizeFor(ctx, 0);
      return [gfmTable(node, minSize === undefined ? { width: ctx.width } : { width: ctx.width, minSize }, state)];
    }
    case "blockquote":
      return renderBlocks(node.children, { ...ctx, style: STYLE.quote }, state);
    case "code":
      return [new Paragraph({ ...paragraphProps(ctx), style: STYLE.code, children: textRuns(node.value, bodyFormat(ctx, SIZE.table)) })];
    case "thematicBreak":
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A6A6A6", space: 1 } }, children: [] })];
    case "html":
      return [new Paragraph({ ...paragraphProps(ctx), children: textRuns(node.value, bodyFormat(ctx)) })];
    case "definition":
    case "footnoteDefinition":
      return [];
    case "leafDirective":
      return renderLeaf(node, ctx, state);
    case "containerDirective":
      return renderContainer(node, ctx, state, renderer);
    default:
      throw new Error(`unexpected Markdown block: ${node.type}`);
  }
}

function paragraph(node: MdParagraph, ctx: BlockContext, state: WriterState): Paragraph {
  // `:::box[Title]` puts its label in a first paragraph; show it as a bold line.
  const label = node.data !== undefined && "directiveLabel" in node.data && node.data.directiveLabel === true;
  return new Paragraph({ ...paragraphProps(ctx), children: inlineRuns(node.children, { ...bodyFormat(ctx), ...(label ? { bold: true } : {}) }, state) });
}

function heading(node: Heading, ctx: BlockContext, state: WriterState): Paragraph {
  const size = sizeFor(ctx, headingSize(node.depth));
  const runs = inlineRuns(node.children, size === undefined ? {} : { size }, state);
  const align = ctx.align === undefined ? {} : { alignment: ctx.align };
  if (ctx.inCover === true) return new Paragraph({ style: STYLE.subtitle, ...align, children: runs });
  let children: ParagraphChild[] = runs;
  if (node.depth <= 3) {
    const bookmark = `_Toc_pipia_${state.toc.length + 1}`;
    state.toc.push({ title: plainText(node).replace(/\s+/g, " ").trim(), level: node.depth, bookmark });
    children = [new Bookmark({ id: bookmark, children: runs })];
  }
  return new Paragraph({ style: headingStyleId(node.depth), ...align, children });
}

function list(node: List, ctx: BlockContext, state: WriterState, depth: number): Block[] {
  const ref = state.numbering.newList(node.ordered === true, node.start);
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const numbering = { reference: ref.reference, level, instance: ref.instance };
  const spacing = ctx.compact === true ? COMPACT_SPACING : { after: 60 };
  const props = { ...paragraphProps(ctx), spacing };
  const out: Block[] = [];
  for (const item of node.children) {
    let numbered = false;
    for (const child of item.children) {
      if (child.type === "paragraph") {
        const children = inlineRuns(child.children, bodyFormat(ctx), state);
        out.push(new Paragraph({ ...props, ...(numbered ? { indent: ListNumbering.textIndent(level) } : { numbering }), children }));
        numbered = true;
        continue;
      }
      if (!numbered) out.push(new Paragraph({ ...props, numbering, children: [] }));
      numbered = true;
      pushAll(out, child.type === "list" ? list(child, ctx, state, depth + 1) : renderBlock(child, ctx, state));
    }
    if (!numbered) out.push(new Paragraph({ ...props, numbering, children: [] }));
  }
  return out;
}

const renderer: BlockRenderer = { blocks: renderBlocks, block: renderBlock };
