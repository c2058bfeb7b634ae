// Block content → WordprocessingML strings: paragraphs, headings, lists, tables, and the
// directives (containers and leaves) of pipia's dialect. Same rules as blocks.ts, containers.ts and
// leaves.ts, which build docx objects (still used for footnotes); this writer is what documents use.
import { convertMillimetersToTwip } from "docx";
import type { Heading, List, Paragraph as MdParagraph, PhrasingContent, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { assertNoPendingWidths, attribute, type BlockContext, bodyFormat, COMPACT_SPACING, positiveNumber, sizeFor } from "./block-context.js";
import { headingColor } from "./colors.js";
import { CONTAINERS } from "./containers.js";
import { imageSize } from "./image-size.js";
import { plainText, type RunFormat } from "./inline.js";
import { LEAVES } from "./leaves.js";
import { ListNumbering, MAX_LIST_LEVEL } from "./numbering.js";
import { headingFont, headingSize, headingStyleId, SIZE, STYLE } from "./styles.js";
import { BOX_PADDING } from "./table.js";
import { layoutTitle } from "./title-lines.js";
import { PAGE_BREAK, paragraph, type ParagraphProps } from "./wml.js";
import { inlineXml, textXml, type XmlState } from "./xml-inline.js";
import { boxTableXml, gfmTableXml, signatureTableXml, type XmlBlock } from "./xml-table.js";

export type { XmlBlock } from "./xml-table.js";

const TINY: XmlBlock = { table: false, xml: '<w:p><w:pPr><w:spacing w:after="0" w:before="0" w:line="160" w:lineRule="exact"/></w:pPr></w:p>' };

function p(xml: string): XmlBlock {
  return { table: false, xml };
}

/** A small gap after each table that something follows: Word merges tables that touch. */
export function separateTablesXml(blocks: readonly XmlBlock[]): XmlBlock[] {
  const out: XmlBlock[] = [];
  for (const block of blocks) {
    if (out[out.length - 1]?.table === true) out.push(TINY);
    out.push(block);
  }
  return out;
}

function props(ctx: BlockContext): ParagraphProps {
  return { style: ctx.style, alignment: ctx.align, ...(ctx.compact === true ? { spacing: COMPACT_SPACING } : {}) };
}

export function blocksXml(nodes: readonly RootContent[], ctx: BlockContext, state: XmlState): XmlBlock[] {
  const out: XmlBlock[] = [];
  for (const node of nodes) for (const b of blockXml(node, ctx, state)) out.push(b);
  assertNoPendingWidths(state);
  return separateTablesXml(out);
}

export function blockXml(node: RootContent, ctx: BlockContext, state: XmlState): XmlBlock[] {
  if (state.pendingWidths !== undefined && node.type !== "table") assertNoPendingWidths(state);
  switch (node.type) {
    case "paragraph":
      return [p(paragraphXml(node, ctx, state))];
    case "heading":
      return [p(headingXml(node, ctx, state))];
    case "list":
      return listXml(node, ctx, state, 0);
    case "table": {
      const minSize = sizeFor(ctx, 0);
      return [gfmTableXml(node, minSize === undefined ? { width: ctx.width } : { width: ctx.width, minSize }, state)];
    }
    case "blockquote":
      return blocksXml(node.children, { ...ctx, style: STYLE.quote }, state);
    case "code":
      return [p(paragraph({ ...props(ctx), style: STYLE.code }, textXml(node.value, bodyFormat(ctx, SIZE.table))))];
    case "thematicBreak":
      return [p(paragraph({ borderBottom: { style: "single", size: 6, color: "A6A6A6", space: 1 } }, ""))];
    case "html":
      return [p(paragraph(props(ctx), textXml(node.value, bodyFormat(ctx))))];
    case "definition":
    case "footnoteDefinition":
      return [];
    case "leafDirective":
      return leafXml(node, ctx, state);
    case "containerDirective":
      return containerXml(node, ctx, state);
    default:
      throw new Error(`unexpected Markdown block: ${node.type}`);
  }
}

function paragraphXml(node: MdParagraph, ctx: BlockContext, state: XmlState): string {
  // `:::box[Title]` puts its label in a first paragraph; show it as a bold line.
  const label = node.data !== undefined && "directiveLabel" in node.data && node.data.directiveLabel === true;
  return paragraph(props(ctx), inlineXml(node.children, { ...bodyFormat(ctx), ...(label ? { bold: true } : {}) }, state));
}

function headingXml(node: Heading, ctx: BlockContext, state: XmlState): string {
  const size = sizeFor(ctx, headingSize(node.depth));
  let runs = inlineXml(node.children, size === undefined ? {} : { size }, state);
  if (ctx.inCover === true) return paragraph({ style: STYLE.subtitle, alignment: ctx.align }, runs);
  if (node.depth <= 3) {
    const bookmark = `_Toc_pipia_${state.toc.length + 1}`;
    state.toc.push({ title: plainText(node).replace(/\s+/g, " ").trim(), level: node.depth, bookmark });
    const id = state.nextBookmark++;
    runs = `<w:bookmarkStart w:name="${bookmark}" w:id="${id}"/>${runs}<w:bookmarkEnd w:id="${id}"/>`;
  }
  return paragraph({ style: headingStyleId(node.depth), alignment: ctx.align }, runs);
}

function listXml(node: List, ctx: BlockContext, state: XmlState, depth: number): XmlBlock[] {
  const ref = state.numbering.newList(node.ordered === true, node.start);
  const level = Math.min(depth, MAX_LIST_LEVEL);
  const numbering = { numId: state.carriers.list(ref), level };
  const base: ParagraphProps = { ...props(ctx), spacing: ctx.compact === true ? COMPACT_SPACING : { after: 60 } };
  // docx gives numbered paragraphs the ListParagraph style unless they name one.
  const numbered: ParagraphProps = { ...base, style: ctx.style ?? "ListParagraph", numbering };
  const continued: ParagraphProps = { ...base, indentLeft: ListNumbering.textIndent(level).left };
  const out: XmlBlock[] = [];
  for (const item of node.children) {
    let started = false;
    for (const child of item.children) {
      if (child.type === "paragraph") {
        out.push(p(paragraph(started ? continued : numbered, inlineXml(child.children, bodyFormat(ctx), state))));
        started = true;
        continue;
      }
      if (!started) out.push(p(paragraph(numbered, "")));
      started = true;
      for (const b of child.type === "list" ? listXml(child, ctx, state, depth + 1) : blockXml(child, ctx, state)) out.push(b);
    }
    if (!started) out.push(p(paragraph(numbered, "")));
  }
  return out;
}

// ---- containers

function splitFirst(children: readonly RootContent[]): { before: RootContent[]; first: MdParagraph | Heading | undefined; after: RootContent[] } {
  const i = children.findIndex((c) => c.type === "paragraph" || c.type === "heading");
  const first = children[i];
  if (i < 0 || first === undefined || (first.type !== "paragraph" && first.type !== "heading")) return { before: [...children], first: undefined, after: [] };
  return { before: children.slice(0, i), first, after: children.slice(i + 1) };
}

/** Plain text of a title made only of text and emphasis, or undefined when it holds more. */
function plainTitle(children: readonly PhrasingContent[]): string | undefined {
  let out = "";
  for (const c of children) {
    if (c.type === "text") out += c.value;
    else if (c.type === "strong" || c.type === "emphasis") {
      const inner = plainTitle(c.children);
      if (inner === undefined) return undefined;
      out += inner;
    } else return undefined;
  }
  return out.includes("\n") || out.includes("\u2028") ? undefined : out;
}

// The cover title fits on one line, or breaks between words on two (title-lines.ts).
function coverTitleXml(children: readonly PhrasingContent[], ctx: BlockContext, state: XmlState): string {
  const text = plainTitle(children);
  const base = sizeFor(ctx, SIZE.title) ?? SIZE.title;
  if (text === undefined || ctx.minSize !== undefined) return inlineXml(children, bodyFormat(ctx, SIZE.title), state);
  const layout = layoutTitle(text.trim(), ctx.width, base);
  return textXml(layout.lines.join("\n"), { bold: true, size: layout.size });
}

function containerXml(node: ContainerDirective, ctx: BlockContext, state: XmlState): XmlBlock[] {
  const children = node.children;
  switch (node.name) {
    case "center":
      return blocksXml(children, { ...ctx, align: "center" }, state);
    case "large-print":
      return blocksXml(children, { ...ctx, minSize: Math.max(ctx.minSize ?? 0, SIZE.largePrintMin) }, state);
    case "cover": {
      const inner: BlockContext = { ...ctx, align: "center", inCover: true };
      const { before, first, after } = splitFirst(children);
      const title = first === undefined ? [] : [p(paragraph({ style: STYLE.title, spacing: { before: 2400, after: 480 } }, coverTitleXml(first.children, ctx, state)))];
      return [...blocksXml(before, inner, state), ...title, ...blocksXml(after, inner, state)];
    }
    case "poster": {
      const scale = state.options.posterScale;
      // Tight spacing: a poster is one page, and its lines are read from a distance, not as prose.
      const inner: BlockContext = { ...ctx, align: "center", compact: true, size: Math.max(ctx.size ?? 0, Math.round(SIZE.posterBody * scale)) };
      const { before, first, after } = splitFirst(children);
      const format: RunFormat = {
        bold: true,
        size: Math.max(Math.round(SIZE.posterHeadline * scale), ctx.minSize ?? 0),
        font: headingFont(state.options.fonts),
        color: headingColor(state.options.accent),
      };
      const headline =
        first === undefined
          ? []
          : [p(paragraph({ alignment: "center", keepNext: true, spacing: { before: 240, after: 480, line: 240, lineRule: "auto" } }, inlineXml(first.children, format, state)))];
      return [...blocksXml(before, inner, state), ...headline, ...blocksXml(after, inner, state)];
    }
    case "box":
    case "sticker": {
      const sticker = node.name === "sticker";
      const mm = positiveNumber(node, "width");
      const width = Math.min(ctx.width, mm === undefined ? ctx.width : convertMillimetersToTwip(mm));
      const inner: BlockContext = {
        ...ctx,
        width: width - 2 * BOX_PADDING,
        ...(sticker ? { compact: true, size: Math.max(ctx.size ?? 0, Math.round(SIZE.sticker * state.options.posterScale)) } : {}),
      };
      const color = sticker ? headingColor(state.options.accent) : "808080";
      return [boxTableXml(blocksXml(children, inner, state), width, { color, thickness: sticker ? 12 : 6 })];
    }
    case "signature": {
      const out: XmlBlock[] = [];
      for (const child of children) {
        if (child.type !== "list") {
          for (const b of blockXml(child, ctx, state)) out.push(b);
          continue;
        }
        const labels = child.children.map((item): readonly PhrasingContent[] => {
          const first = item.children.find((c) => c.type === "paragraph");
          return first?.type === "paragraph" ? first.children : [];
        });
        out.push(signatureTableXml(labels, ctx.width, state, bodyFormat(ctx)));
      }
      assertNoPendingWidths(state);
      return separateTablesXml(out);
    }
    case "landscape":
      throw new Error(":::landscape must be at the top level of the document, not inside another container");
    default:
      throw new Error(`unknown directive :::${node.name} (known: ${CONTAINERS.map((n) => `:::${n}`).join(", ")})`);
  }
}

// ---- leaves

const PX_PER_MM = 96 / 25.4;
const ALIGNMENTS: Readonly<Record<string, string>> = { left: "left", center: "center", right: "right" };

function leafXml(node: LeafDirective, ctx: BlockContext, state: XmlState): XmlBlock[] {
  switch (node.name) {
    case "pagebreak":
      return [p(PAGE_BREAK)];
    case "spacer": {
      const lines = positiveNumber(node, "lines") ?? 1;
      if (!Number.isInteger(lines) || lines > 100) throw new Error(`::spacer: lines must be a whole number from 1 to 100, got ${lines}`);
      return Array.from({ length: lines }, () => p(paragraph(props(ctx), "")));
    }
    case "table": {
      const raw = attribute(node, "widths") ?? "";
      const widths = raw.split(",").map((w) => Number(w.trim()));
      if (raw.trim() === "" || widths.some((w) => !Number.isFinite(w) || w <= 0)) {
        throw new Error(`::table: widths must be positive numbers separated by commas, got "${raw}"`);
      }
      state.pendingWidths = widths;
      return [];
    }
    case "image":
      return [p(imageXml(node, ctx, state))];
    case "toc":
      throw new Error("::toc must be at the top level of the document, not inside a container");
    default:
      throw new Error(`unknown directive ::${node.name} (known: ${LEAVES.map((n) => `::${n}`).join(", ")})`);
  }
}

function imageXml(node: LeafDirective, ctx: BlockContext, state: XmlState): string {
  const name = attribute(node, "name") ?? "";
  const img = state.options.images.get(name);
  if (img === undefined) {
    const known = [...state.options.images.keys()];
    throw new Error(`::image: unknown image "${name}" (known: ${known.length === 0 ? "none" : known.map((k) => `"${k}"`).join(", ")})`);
  }
  const pixels = imageSize(img.data, img.type);
  const maxWidth = (ctx.width / 1440) * 96;
  const mm = positiveNumber(node, "width");
  const width = Math.min(mm === undefined ? (pixels?.width ?? maxWidth) : mm * PX_PER_MM, maxWidth);
  const height = pixels === undefined ? width : (width * pixels.height) / pixels.width;
  const alignName = attribute(node, "align");
  const alignment = alignName === undefined ? ctx.align : ALIGNMENTS[alignName];
  if (alignName !== undefined && alignment === undefined) throw new Error(`::image: align must be left, center or right, got "${alignName}"`);
  const alt = plainText({ type: "paragraph", children: node.children }) || name;
  const drawing = state.carriers.image({
    type: img.type,
    data: img.data,
    transformation: { width: Math.round(width), height: Math.round(height) },
    altText: { name, description: alt, title: alt },
  });
  return paragraph({ alignment }, `<w:r>${drawing}</w:r>`);
}

/** The heading paragraph of a table of contents, and the field the frame fills in. */
export function tocXml(title: string, state: XmlState): XmlBlock[] {
  return [p(paragraph({ style: STYLE.tocHeading }, textXml(title))), p(state.carriers.toc(title))];
}
