// What block rendering passes down (width, alignment, sizes) and the helpers built on it.
import { type AlignmentType, type ISpacingProperties, LineRuleType, Paragraph, Table } from "docx";
import type { ContainerDirective, LeafDirective } from "mdast-util-directive";
import type { RunFormat } from "./inline.js";
import type { WriterState } from "./state.js";
import { SIZE } from "./styles.js";

export type Alignment = (typeof AlignmentType)[keyof typeof AlignmentType];

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

export const COMPACT_SPACING: ISpacingProperties = { before: 0, after: 40, line: 252, lineRule: LineRuleType.AUTO };

export function sizeFor(ctx: BlockContext, base: number): number | undefined {
  if (ctx.size !== undefined) return Math.max(ctx.size, ctx.minSize ?? 0);
  return ctx.minSize === undefined ? undefined : Math.max(base, ctx.minSize);
}

export function bodyFormat(ctx: BlockContext, base: number = SIZE.body): RunFormat {
  const size = sizeFor(ctx, base);
  return size === undefined ? {} : { size };
}

export function paragraphProps(ctx: BlockContext) {
  return {
    ...(ctx.style === undefined ? {} : { style: ctx.style }),
    ...(ctx.align === undefined ? {} : { alignment: ctx.align }),
    ...(ctx.compact === true ? { spacing: COMPACT_SPACING } : {}),
  };
}

export function attribute(node: LeafDirective | ContainerDirective, name: string): string | undefined {
  const value = node.attributes?.[name];
  return value === null || value === undefined ? undefined : value;
}

export function positiveNumber(node: LeafDirective | ContainerDirective, name: string): number | undefined {
  const raw = attribute(node, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  const marker = node.type === "containerDirective" ? ":::" : "::";
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${marker}${node.name}: ${name} must be a positive number, got "${raw}"`);
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

export function assertNoPendingWidths(state: WriterState): void {
  if (state.pendingWidths !== undefined) throw new Error("::table{widths=…} must be followed directly by a table");
}

