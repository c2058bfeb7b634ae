// GFM tables and the one-cell tables behind :::box, :::sticker and :::signature, as
// WordprocessingML strings. Widths are DXA throughout (grid + cell widths + fixed layout):
// LibreOffice shows equal columns otherwise, and strict readers collapse percentage widths.
import type { PhrasingContent, Table as MdTable } from "mdast";
import { plainText, riskLevelOf, type RunFormat, riskShading } from "./inline.js";
import { SIZE, STYLE, TABLE_STYLE } from "./styles.js";
import {
  BOX_PADDING,
  columnWidths,
  displayWidth,
  distribute,
  estimateWeights,
  MIN_COLUMN,
  minimumWidths,
  onlyRisk,
  rowFitsOnePage,
  signatureLabels,
  type TableContext,
} from "./table.js";
import { type Border, paragraph, shd } from "./wml.js";
import { inlineXml, textXml, type XmlState } from "./xml-inline.js";

export type XmlBlock = { readonly table: boolean; readonly xml: string };

const NONE: Border = { style: "none", size: 0, color: "auto" };

function side(tag: string, b: Border): string {
  return `<w:${tag} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"/>`;
}

function tblPr(width: number, outer: Border, inner: Border): string {
  const borders = side("top", outer) + side("left", outer) + side("bottom", outer) + side("right", outer) + side("insideH", inner) + side("insideV", inner);
  return `<w:tblPr><w:tblW w:type="dxa" w:w="${width}"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>`;
}

// Grid tables take their borders, header shading and bold header text from the named table style
// (styles.ts), so a firm can restyle every table at once; tblLook turns on its header-row format.
function styledTblPr(width: number): string {
  return `<w:tblPr><w:tblStyle w:val="${TABLE_STYLE}"/><w:tblW w:type="dxa" w:w="${width}"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0620" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
}

function grid(widths: readonly number[]): string {
  return `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`;
}

const ALIGN = { left: "left", right: "right", center: "center" } as const;

export function gfmTableXml(node: MdTable, ctx: TableContext, state: XmlState): XmlBlock {
  const [head] = node.children;
  const columns = head?.children.length ?? 0;
  if (head === undefined || columns === 0) throw new Error("table without a header row");
  const cellRows = node.children.map((row) => row.children);
  const relative = state.pendingWidths;
  state.pendingWidths = undefined;
  if (relative !== undefined && relative.length !== columns) {
    throw new Error(`::table{widths} gives ${relative.length} widths for a table of ${columns} columns`);
  }
  const size = ctx.minSize === undefined ? undefined : Math.max(SIZE.table, ctx.minSize);
  // No column narrower than its longest word or id, so "Entrusted" and "FR-017" stay whole.
  const widths = columnWidths(relative ?? estimateWeights(cellRows, columns), ctx.width, minimumWidths(cellRows, columns, size ?? SIZE.table, ctx.width));

  let rows = "";
  cellRows.forEach((cells, r) => {
    const header = r === 0;
    const format: RunFormat = size === undefined ? {} : { size };
    // Rows stay on one page, unless so tall that Word would cut them off at the page's foot.
    const keep = header || rowFitsOnePage(cells.map((cell) => plainText(cell)), widths, size ?? SIZE.table);
    const trPr = `${keep ? "<w:cantSplit/>" : ""}${header ? "<w:tblHeader/>" : ""}`;
    let tr = trPr === "" ? "<w:tr>" : `<w:tr><w:trPr>${trPr}</w:trPr>`;
    for (let c = 0; c < columns; c++) {
      const content = cells[c]?.children ?? [];
      const risk = onlyRisk(content);
      const align = node.align?.[c];
      const shading = header || risk === undefined ? "" : shd(riskShading(riskLevelOf(risk)));
      const runs = inlineXml(content, format, state, { riskShadesCell: risk !== undefined });
      const para = paragraph({ style: STYLE.tableText, alignment: align === null || align === undefined ? undefined : ALIGN[align] }, runs);
      tr += `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[c] ?? MIN_COLUMN}"/>${shading}<w:vAlign w:val="center"/></w:tcPr>${para}</w:tc>`;
    }
    rows += `${tr}</w:tr>`;
  });
  return { table: true, xml: `<w:tbl>${styledTblPr(ctx.width)}${grid(widths)}${rows}</w:tbl>` };
}

export type BoxStyle = { readonly color: string; readonly thickness: number };

/** A bordered one-cell table around already-written content. */
export function boxTableXml(children: readonly XmlBlock[], width: number, style: BoxStyle): XmlBlock {
  const border: Border = { style: "single", size: style.thickness, color: style.color };
  const last = children[children.length - 1];
  // A cell must end with a paragraph.
  const body = children.map((c) => c.xml).join("") + (last === undefined || last.table ? "<w:p/>" : "");
  const margins = `<w:tcMar><w:top w:type="dxa" w:w="${BOX_PADDING / 2}"/><w:left w:type="dxa" w:w="${BOX_PADDING}"/><w:bottom w:type="dxa" w:w="${BOX_PADDING / 2}"/><w:right w:type="dxa" w:w="${BOX_PADDING}"/></w:tcMar>`;
  return {
    table: true,
    xml: `<w:tbl>${tblPr(width, border, NONE)}${grid([width])}<w:tr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${margins}</w:tcPr>${body}</w:tc></w:tr></w:tbl>`,
  };
}

/**
 * One row per signer: label | "签字：" ______ | "日期：" ______, with only the blanks underlined
 * and room above them to sign.
 */
export function signatureTableXml(labels: ReadonlyArray<readonly PhrasingContent[]>, width: number, state: XmlState, format: RunFormat): XmlBlock {
  const words = signatureLabels(state.options.lang);
  const em = (format.size ?? SIZE.body) * 10;
  const caption = (text: string) => Math.ceil((displayWidth(text) * em) / 2) + 320;
  const sign = caption(words.signature);
  const date = caption(words.date);
  const rest = Math.max(width - sign - date, 3 * MIN_COLUMN);
  const [label = MIN_COLUMN, blankSign = MIN_COLUMN, blankDate = MIN_COLUMN] = distribute([30, 38, 32], rest);
  const widths = [label, sign, blankSign, date, blankDate];
  const line: Border = { style: "single", size: 6, color: "000000" };
  const cell = (i: number, content: string, underline: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${widths[i] ?? MIN_COLUMN}"/><w:tcBorders>${side("top", NONE)}${side("left", NONE)}${side("bottom", underline ? line : NONE)}${side("right", NONE)}</w:tcBorders><w:vAlign w:val="bottom"/></w:tcPr>${content}</w:tc>`;
  const para = (runs: string, align?: string) => paragraph({ spacing: { before: 0, after: 40 }, alignment: align }, runs);
  const rows = labels
    .map(
      (l) =>
        `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="720" w:hRule="atLeast"/></w:trPr>${cell(0, para(inlineXml(l, format, state)), false)}${cell(1, para(textXml(words.signature, format), "right"), false)}${cell(2, para(""), true)}${cell(3, para(textXml(words.date, format), "right"), false)}${cell(4, para(""), true)}</w:tr>`,
    )
    .join("");
  return { table: true, xml: `<w:tbl>${tblPr(width, NONE, NONE)}${grid(widths)}${rows}</w:tbl>` };
}
