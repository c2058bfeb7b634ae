// Block content and directives → paragraphs and tables.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  convertMillimetersToTwip,
  ImageRun,
  PageBreak,
  Paragraph,
  type ParagraphChild,
  type ISpacingProperties,
  LineRuleType,
  Table,
} from "docx";
import type { Heading, List, Paragraph as MdParagraph, PhrasingContent, RootContent } from "mdast";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import { headingColor } from "./colors.js";
import { imageSize } from "./image-size.js";
import { inlineRuns, plainText, type RunFormat, textRuns } from "./inline.js";
import { ListNumbering, MAX_LIST_LEVEL } from "./numbering.js";
import type { WriterState } from "./state.js";
import { headingFont, headingSize, headingStyleId, SIZE, STYLE } from "./styles.js";
import { BOX_PADDING, boxTable, gfmTable, signatureTable } from "./table.js";

type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

export type Block = Paragraph | Table;

export type BlockContext = {
  /** Width available to the content, in twips. */
  readonly width: number;
  readonly align?: Alignment;
  /** Size of every run, in half-points (poster body, sticker). */
  readonly size?: number;
  /** Smallest size of any run, in half-points (large print). */
  readonly minSize?: number;
  /** Paragraph style for body paragraphs (Quote, footnote text). */
  readonly style?: string;
  /** Inside :::cover, headings are subtitles and stay out of the table of contents. */
  readonly inCover?: boolean;
  /** Tight spacing (sticker). */
  readonly compact?: boolean;
};

export const CONTAINERS = ["cover", "center", "poster", "sticker", "large-print", "signature", "landscape", "box"] as const;
export const LEAVES = ["toc", "pagebreak", "image", "table", "spacer"] as const;

const COMPACT_SPACING: ISpacingProperties = { before: 0, after: 40, line: 252, lineRule: LineRuleType.AUTO };

function sizeFor(ctx: BlockContext, base: number): number | undefined {
  if (ctx.size !== undefined) return Math.max(ctx.size, ctx.minSize ?? 0);
  return ctx.minSize === undefined ? undefined : Math.max(base, ctx.minSize);
}

function bodyFormat(ctx: BlockContext, base: number = SIZE.body): RunFormat {
  const size = sizeFor(ctx, base);
  return size === undefined ? {} : { size };
}

function paragraphProps(ctx: BlockContext) {
  return {
    ...(ctx.style === undefined ? {} : { style: ctx.style }),
    ...(ctx.align === undefined ? {} : { alignment: ctx.align }),
    ...(ctx.compact === true ? { spacing: COMPACT_SPACING } : {}),
  };
}

function attribute(node: LeafDirective | ContainerDirective, name: string): string | undefined {
  const value = node.attributes?.[name];
  return value === null || value === undefined ? undefined : value;
}

function positiveNumber(node: LeafDirective | ContainerDirective, name: string): number | undefined {
  const raw = attribute(node, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`::${node.name}: ${name} must be a positive number, got "${raw}"`);
  return n;
}

/**
 * A small gap after each table that something follows: Word merges tables that touch, and text
 * straight under a table's border looks cramped.
 */
export function separateTables<T>(blocks: readonly T[], spacer: () => T): T[] {
  const out: T[] = [];
  for (const block of blocks) {
    if (out[out.length - 1] instanceof Table) out.push(spacer());
    out.push(block);
  }
  return out;
}

export function tinyParagraph(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 160, lineRule: LineRuleType.EXACT }, children: [] });
}

export function renderBlocks(nodes: readonly RootContent[], ctx: BlockContext, state: WriterState): Block[] {
  const out: Block[] = [];
  for (const node of nodes) out.push(...renderBlock(node, ctx, state));
  assertNoPendingWidths(state);
  return separateTables(out, tinyParagraph);
}

export function assertNoPendingWidths(state: WriterState): void {
  if (state.pendingWidths !== undefined) throw new Error("::table{widths=…} must be followed directly by a table");
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
    case "table":
      return [gfmTable(node, { width: ctx.width, ...(ctx.minSize === undefined && ctx.size === undefined ? {} : { minSize: Math.max(ctx.minSize ?? 0, ctx.size ?? 0) }) }, state)];
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
      return leaf(node, ctx, state);
    case "containerDirective":
      return container(node, ctx, state);
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
      out.push(...(child.type === "list" ? list(child, ctx, state, depth + 1) : renderBlock(child, ctx, state)));
    }
    if (!numbered) out.push(new Paragraph({ ...props, numbering, children: [] }));
  }
  return out;
}

function leaf(node: LeafDirective, ctx: BlockContext, state: WriterState): Block[] {
  switch (node.name) {
    case "pagebreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "spacer": {
      const lines = positiveNumber(node, "lines") ?? 1;
      if (!Number.isInteger(lines) || lines > 100) throw new Error(`::spacer: lines must be a whole number from 1 to 100, got ${lines}`);
      return Array.from({ length: lines }, () => new Paragraph({ ...paragraphProps(ctx), children: [] }));
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
      return [image(node, ctx, state)];
    case "toc":
      throw new Error("::toc must be at the top level of the document, not inside a container");
    default:
      throw new Error(`unknown directive ::${node.name} (known: ${LEAVES.map((n) => `::${n}`).join(", ")})`);
  }
}

const PX_PER_MM = 96 / 25.4;
const ALIGNMENTS: Readonly<Record<string, Alignment>> = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT };

function image(node: LeafDirective, ctx: BlockContext, state: WriterState): Paragraph {
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
  return new Paragraph({
    ...(alignment === undefined ? {} : { alignment }),
    children: [
      new ImageRun({
        type: img.type,
        data: img.data,
        transformation: { width: Math.round(width), height: Math.round(height) },
        altText: { name, description: alt, title: alt },
      }),
    ],
  });
}

// The first paragraph or heading of a container, which :::cover and :::poster set apart.
function splitFirst(children: readonly RootContent[]): { before: RootContent[]; first: MdParagraph | Heading | undefined; after: RootContent[] } {
  const i = children.findIndex((c) => c.type === "paragraph" || c.type === "heading");
  const first = children[i];
  if (i < 0 || first === undefined || (first.type !== "paragraph" && first.type !== "heading")) return { before: [...children], first: undefined, after: [] };
  return { before: children.slice(0, i), first, after: children.slice(i + 1) };
}

function container(node: ContainerDirective, ctx: BlockContext, state: WriterState): Block[] {
  const children = node.children;
  switch (node.name) {
    case "center":
      return renderBlocks(children, { ...ctx, align: AlignmentType.CENTER }, state);
    case "large-print":
      return renderBlocks(children, { ...ctx, minSize: Math.max(ctx.minSize ?? 0, SIZE.largePrintMin) }, state);
    case "cover": {
      const inner: BlockContext = { ...ctx, align: AlignmentType.CENTER, inCover: true };
      const { before, first, after } = splitFirst(children);
      const title =
        first === undefined
          ? []
          : [new Paragraph({ style: STYLE.title, spacing: { before: 2400, after: 480 }, children: inlineRuns(first.children, bodyFormat(ctx, SIZE.title), state) })];
      return [...renderBlocks(before, inner, state), ...title, ...renderBlocks(after, inner, state)];
    }
    case "poster": {
      const inner: BlockContext = { ...ctx, align: AlignmentType.CENTER, size: Math.max(ctx.size ?? 0, SIZE.posterBody) };
      const { before, first, after } = splitFirst(children);
      const headline =
        first === undefined
          ? []
          : [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                keepNext: true,
                spacing: { before: 240, after: 480, line: 240, lineRule: LineRuleType.AUTO },
                children: inlineRuns(
                  first.children,
                  { bold: true, size: Math.max(SIZE.posterHeadline, ctx.minSize ?? 0), font: headingFont(state.options.fonts), color: headingColor(state.options.accent) },
                  state,
                ),
              }),
            ];
      return [...renderBlocks(before, inner, state), ...headline, ...renderBlocks(after, inner, state)];
    }
    case "box":
    case "sticker": {
      const sticker = node.name === "sticker";
      const mm = positiveNumber(node, "width");
      const width = Math.min(ctx.width, mm === undefined ? ctx.width : convertMillimetersToTwip(mm));
      const inner: BlockContext = {
        ...ctx,
        width: width - 2 * BOX_PADDING,
        ...(sticker ? { compact: true, size: Math.max(ctx.size ?? 0, SIZE.sticker) } : {}),
      };
      const color = sticker ? headingColor(state.options.accent) : "808080";
      return [boxTable(renderBlocks(children, inner, state), width, { color, thickness: sticker ? 12 : 6 })];
    }
    case "signature": {
      const out: Block[] = [];
      for (const child of children) {
        if (child.type !== "list") {
          out.push(...renderBlock(child, ctx, state));
          continue;
        }
        const labels = child.children.map((item): readonly PhrasingContent[] => {
          const first = item.children.find((c) => c.type === "paragraph");
          return first?.type === "paragraph" ? first.children : [];
        });
        out.push(signatureTable(labels, ctx.width, state, bodyFormat(ctx)));
      }
      assertNoPendingWidths(state);
      return separateTables(out, tinyParagraph);
    }
    case "landscape":
      throw new Error(":::landscape must be at the top level of the document, not inside another container");
    default:
      throw new Error(`unknown directive :::${node.name} (known: ${CONTAINERS.map((n) => `:::${n}`).join(", ")})`);
  }
}
