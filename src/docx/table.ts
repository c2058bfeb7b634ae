// GFM tables and the one-cell tables behind :::box, :::sticker and :::signature.
// Widths are DXA throughout (columnWidths + cell widths + fixed layout): LibreOffice shows equal
// columns otherwise, and strict readers collapse percentage widths.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  type IBorderOptions,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from "docx";
import type { PhrasingContent, Table as MdTable, TableCell as MdTableCell } from "mdast";
import type { TextDirective } from "mdast-util-directive";
import { headerFill } from "./colors.js";
import { inlineRuns, plainText, riskLevelOf, type RunFormat, riskShading, textRuns } from "./inline.js";
import type { WriterState } from "./state.js";
import { SIZE, STYLE } from "./styles.js";

const GRID_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "auto" };
export const MIN_COLUMN = 500;

/** Splits `total` twips in proportion to `weights`, as integers that add up to `total`. */
export function distribute(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  const rest = total - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

// Display width of text: CJK characters take two columns.
export function displayWidth(text: string): number {
  let n = 0;
  for (const c of text) n += c.charCodeAt(0) >= 0x2e80 ? 2 : 1;
  return n;
}

// Without `::table{widths}`: columns in proportion to their longest text, within limits, so a
// short "No." column stays narrow and long prose columns share the rest.
export function estimateWeights(rows: ReadonlyArray<readonly MdTableCell[]>, columns: number): number[] {
  const longest = new Array<number>(columns).fill(0);
  for (const row of rows) {
    for (let i = 0; i < columns; i++) {
      const cell = row[i];
      if (cell !== undefined) longest[i] = Math.max(longest[i] ?? 0, displayWidth(plainText(cell)));
    }
  }
  return longest.map((n) => Math.min(40, Math.max(4, n)));
}

// Cell margins LibreOffice and Word apply left and right (0.19 cm each), in twips.
const CELL_MARGINS = 2 * 108;
const isWide = (c: string) => c.charCodeAt(0) >= 0x2e80;

/**
 * The width, in twips, of the longest piece of a cell's text that must not be broken: a Latin word
 * or an id such as "FR-017" (readers break after a hyphen, giving "FR-/017"), measured generously
 * (0.62 em a letter, bold included). CJK text may break between any two characters, so it needs
 * room for two. Capped at a third of the table, so a URL cannot take over.
 */
export function unbreakableWidth(text: string, sizeHalfPoints: number, total: number): number {
  const em = sizeHalfPoints * 10;
  let longest = 0;
  for (const token of text.split(/[\s\u3000]+/)) {
    let latin = 0;
    let wide = 0;
    for (const c of token) {
      if (isWide(c)) {
        longest = Math.max(longest, latin * 0.62 * em);
        latin = 0;
        wide = Math.min(2, wide + 1);
        longest = Math.max(longest, wide * em);
      } else latin++;
    }
    longest = Math.max(longest, latin * 0.62 * em);
  }
  return Math.min(Math.ceil(longest) + CELL_MARGINS, Math.floor(total / 3));
}

/** Per column, the widest unbreakable piece of text in any of its cells. */
export function minimumWidths(rows: ReadonlyArray<readonly MdTableCell[]>, columns: number, sizeHalfPoints: number, total: number): number[] {
  const out = new Array<number>(columns).fill(MIN_COLUMN);
  for (const row of rows) {
    for (let i = 0; i < columns; i++) {
      const cell = row[i];
      if (cell !== undefined) out[i] = Math.max(out[i] ?? 0, unbreakableWidth(plainText(cell), sizeHalfPoints, total));
    }
  }
  return out;
}

/**
 * Column widths in proportion to `weights`, each at least its minimum (when the minimums fit):
 * columns below their minimum are set to it and the others share what is left, in proportion.
 */
export function columnWidths(weights: readonly number[], total: number, minimums?: readonly number[]): number[] {
  const floor = weights.map((_, i) => Math.max(MIN_COLUMN, minimums?.[i] ?? 0));
  if (floor.reduce((a, b) => a + b, 0) > total) {
    // The minimums cannot all fit: keep every column wide enough for a couple of characters.
    const widths = distribute(weights, total);
    if (widths.every((w) => w >= MIN_COLUMN) || widths.length * MIN_COLUMN > total) return widths;
    return distribute(widths.map((w) => Math.max(w, MIN_COLUMN)), total);
  }
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.map((w, i) => (fixed.has(i) ? 0 : w));
    const rest = total - [...fixed].reduce((a, i) => a + (floor[i] ?? 0), 0);
    const shares = free.some((w) => w > 0) ? distribute(free, rest) : free;
    const widths = shares.map((w, i) => (fixed.has(i) ? (floor[i] ?? 0) : w));
    const short = widths.findIndex((w, i) => !fixed.has(i) && w < (floor[i] ?? 0));
    if (short < 0) {
      // Whatever rounding left over goes to the last column.
      const sum = widths.reduce((a, b) => a + b, 0);
      widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + total - sum;
      return widths;
    }
    for (const [i, w] of widths.entries()) if (!fixed.has(i) && w < (floor[i] ?? 0)) fixed.add(i);
  }
}

/**
 * Whether a row is short enough to be kept on one page (cantSplit). A row taller than a page that
 * may not split is cut off by Word, so rows estimated at more than about a third of a page may
 * still break.
 */
export function rowFitsOnePage(texts: readonly string[], widths: readonly number[], sizeHalfPoints: number): boolean {
  const em = sizeHalfPoints * 10;
  const lineHeight = em * 1.35;
  let tallest = 0;
  texts.forEach((text, i) => {
    const usable = Math.max(em, (widths[i] ?? MIN_COLUMN) - CELL_MARGINS);
    const lines = text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil((displayWidth(line) * em * 0.55) / usable)), 0);
    tallest = Math.max(tallest, lines * lineHeight);
  });
  return tallest <= 4800;
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;

export function onlyRisk(children: readonly PhrasingContent[]): TextDirective | undefined {
  const meaningful = children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
  const [first] = meaningful;
  return meaningful.length === 1 && first?.type === "textDirective" && first.name === "risk" ? first : undefined;
}

export type TableContext = { readonly width: number; readonly minSize?: number };

export function gfmTable(node: MdTable, ctx: TableContext, state: WriterState): Table {
  const [head] = node.children;
  const columns = head?.children.length ?? 0;
  if (head === undefined || columns === 0) throw new Error("table without a header row");
  const cellRows = node.children.map((row) => row.children);
  const relative = state.pendingWidths;
  state.pendingWidths = undefined;
  if (relative !== undefined && relative.length !== columns) {
    throw new Error(`::table{widths} gives ${relative.length} widths for a table of ${columns} columns`);
  }
  const widths = columnWidths(relative ?? estimateWeights(cellRows, columns), ctx.width);
  const fill = headerFill(state.options.accent);
  const size = ctx.minSize === undefined ? undefined : Math.max(SIZE.table, ctx.minSize);

  const rows = cellRows.map((cells, r) => {
    const header = r === 0;
    const format: RunFormat = { ...(header ? { bold: true } : {}), ...(size === undefined ? {} : { size }) };
    const children: TableCell[] = [];
    for (let c = 0; c < columns; c++) {
      const content = cells[c]?.children ?? [];
      const risk = onlyRisk(content);
      const align = node.align?.[c];
      const shading = header
        ? { type: ShadingType.CLEAR, color: "auto", fill }
        : risk === undefined
          ? undefined
          : riskShading(riskLevelOf(risk));
      children.push(
        new TableCell({
          width: { size: widths[c] ?? MIN_COLUMN, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          ...(shading === undefined ? {} : { shading }),
          children: [
            new Paragraph({
              style: STYLE.tableText,
              ...(align === null || align === undefined ? {} : { alignment: ALIGN[align] }),
              children: inlineRuns(content, format, state, { riskShadesCell: risk !== undefined }),
            }),
          ],
        }),
      );
    }
    return new TableRow({ children, ...(header ? { tableHeader: true, cantSplit: true } : {}) });
  });

  return new Table({
    rows,
    width: { size: ctx.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: GRID_BORDER,
      bottom: GRID_BORDER,
      left: GRID_BORDER,
      right: GRID_BORDER,
      insideHorizontal: GRID_BORDER,
      insideVertical: GRID_BORDER,
    },
  });
}

// Cell padding of a box, in twips; the content inside is this much narrower on each side.
export const BOX_PADDING = 170;

export type BoxStyle = { readonly color: string; readonly thickness: number };

/** A bordered one-cell table around already-built content. */
export function boxTable(children: ReadonlyArray<Paragraph | Table>, width: number, style: BoxStyle): Table {
  const border: IBorderOptions = { style: BorderStyle.SINGLE, size: style.thickness, color: style.color };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: width, type: WidthType.DXA },
            margins: { top: BOX_PADDING / 2, bottom: BOX_PADDING / 2, left: BOX_PADDING, right: BOX_PADDING, marginUnitType: WidthType.DXA },
            // A cell must end with a paragraph.
            children: children.length === 0 || children[children.length - 1] instanceof Table ? [...children, new Paragraph({})] : children,
          }),
        ],
      }),
    ],
  });
}

export type SignatureLabels = { readonly signature: string; readonly date: string };

export function signatureLabels(lang: WriterState["options"]["lang"]): SignatureLabels {
  if (lang === "zh-CN") return { signature: "签字：", date: "日期：" };
  if (lang === "en") return { signature: "Signature:", date: "Date:" };
  return { signature: "签字 Signature：", date: "日期 Date：" };
}

/**
 * One row per signer: label | "签字：" ______ | "日期：" ______, with only the blanks underlined
 * and room above them to sign.
 */
export function signatureTable(labels: ReadonlyArray<readonly PhrasingContent[]>, width: number, state: WriterState, format: RunFormat): Table {
  const words = signatureLabels(state.options.lang);
  // Caption columns fit their words (a CJK character is one em, Latin about half) plus cell margins;
  // the label takes 30% of the rest and the two blanks share what is left.
  const em = (format.size ?? SIZE.body) * 10;
  const caption = (text: string) => Math.ceil((displayWidth(text) * em) / 2) + 320;
  const sign = caption(words.signature);
  const date = caption(words.date);
  const rest = Math.max(width - sign - date, 3 * MIN_COLUMN);
  const [label = MIN_COLUMN, blankSign = MIN_COLUMN, blankDate = MIN_COLUMN] = distribute([30, 38, 32], rest);
  const widths = [label, sign, blankSign, date, blankDate];
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
  const cell = (i: number, children: Paragraph[], underline: boolean) =>
    new TableCell({
      width: { size: widths[i] ?? MIN_COLUMN, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.BOTTOM,
      borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: underline ? line : NO_BORDER },
      children,
    });
  const para = (children: readonly ParagraphChild[], align?: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new Paragraph({ spacing: { before: 0, after: 40 }, ...(align === undefined ? {} : { alignment: align }), children });
  const rows = labels.map(
    (label) =>
      new TableRow({
        cantSplit: true,
        height: { value: 720, rule: HeightRule.ATLEAST },
        children: [
          cell(0, [para(inlineRuns(label, format, state))], false),
          cell(1, [para(textRuns(words.signature, format), AlignmentType.RIGHT)], false),
          cell(2, [para([])], true),
          cell(3, [para(textRuns(words.date, format), AlignmentType.RIGHT)], false),
          cell(4, [para([])], true),
        ],
      }),
  );
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    rows,
  });
}
