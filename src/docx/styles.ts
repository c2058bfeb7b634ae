// Named styles. East Asian fonts are set on every style (not only ascii/hAnsi), otherwise CJK text
// falls back to the theme font; the language makes Word use Chinese line-breaking rules.
import { AlignmentType, type IStylesOptions, LineRuleType } from "docx";
import { headerFill, headingColor } from "./colors.js";
import type { Fonts, ResolvedOptions } from "./options.js";

/** Font sizes in half-points (Word's unit): 小四 body, 五号 tables, 三号/四号 headings. */
export const SIZE = {
  body: 24,
  table: 21,
  footnote: 18,
  headerFooter: 18,
  title: 44,
  subtitle: 30,
  headings: [32, 28, 26, 24, 24, 22] as const,
  posterHeadline: 96,
  posterBody: 40,
  largePrintMin: 32,
  sticker: 20,
} as const;

export const MONOSPACE = "Courier New";

export const STYLE = {
  title: "Title",
  subtitle: "Subtitle",
  quote: "Quote",
  tocHeading: "TOCHeading",
  tableText: "TableText",
  code: "Code",
  footnoteText: "FootnoteText",
  hyperlink: "Hyperlink",
} as const;

export function headingStyleId(depth: number): string {
  return `Heading${Math.min(6, Math.max(1, depth))}`;
}

export function headingSize(depth: number): number {
  return SIZE.headings[Math.min(6, Math.max(1, depth)) - 1] ?? SIZE.body;
}

function bodyFont(fonts: Fonts) {
  return { ascii: fonts.bodyLatin, hAnsi: fonts.bodyLatin, cs: fonts.bodyLatin, eastAsia: fonts.bodyEastAsia };
}

export function headingFont(fonts: Fonts) {
  return { ascii: fonts.headingLatin, hAnsi: fonts.headingLatin, cs: fonts.headingLatin, eastAsia: fonts.headingEastAsia };
}

export function buildStyles(options: ResolvedOptions): IStylesOptions {
  // w:val tags Latin text and w:eastAsia tags CJK text. Tagging Latin text zh-CN makes LibreOffice
  // break English words anywhere (seen in bilingual documents), so Latin is always en-US.
  const language = { value: "en-US", eastAsia: "zh-CN" };
  const color = headingColor(options.accent);
  const hFont = headingFont(options.fonts);
  const headings = [1, 2, 3, 4, 5, 6].map((depth) => ({
    id: headingStyleId(depth),
    // Word recognises its built-in headings by these names (TOC \o switch, navigation pane).
    name: `heading ${depth}`,
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: hFont, size: headingSize(depth), bold: true, color },
    paragraph: {
      keepNext: true,
      keepLines: true,
      outlineLevel: depth - 1,
      spacing: { before: depth === 1 ? 360 : 240, after: 120, line: 240, lineRule: LineRuleType.AUTO },
    },
  }));
  return {
    default: {
      document: {
        run: { font: bodyFont(options.fonts), size: SIZE.body, language },
        paragraph: { spacing: { after: 120, line: 300, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      ...headings,
      {
        id: STYLE.title,
        name: "Title",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: hFont, size: SIZE.title, bold: true, color },
        paragraph: { alignment: AlignmentType.CENTER, keepLines: true, spacing: { before: 240, after: 360, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.subtitle,
        name: "Subtitle",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { font: hFont, size: SIZE.subtitle },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      {
        id: STYLE.quote,
        name: "Quote",
        basedOn: "Normal",
        next: "Normal",
        quickFormat: true,
        run: { color: "404040" },
        paragraph: {
          indent: { left: 480, right: 480 },
          border: { left: { style: "single", size: 12, color, space: 8 } },
        },
      },
      {
        id: STYLE.tocHeading,
        name: "TOC Heading",
        basedOn: "Normal",
        next: "Normal",
        run: { font: hFont, size: SIZE.headings[0], bold: true, color },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 } },
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: "Normal",
        next: "Normal",
        paragraph: { indent: { left: (level - 1) * 480 }, spacing: { after: 60 } },
      })),
      {
        id: STYLE.tableText,
        name: "Table Text",
        basedOn: "Normal",
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 0, line: 264, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.code,
        name: "Code",
        basedOn: "Normal",
        run: { font: { ascii: MONOSPACE, hAnsi: MONOSPACE, cs: MONOSPACE, eastAsia: options.fonts.bodyEastAsia }, size: SIZE.table },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.footnoteText,
        name: "footnote text",
        basedOn: "Normal",
        run: { size: SIZE.footnote },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
    characterStyles: [
      { id: STYLE.hyperlink, name: "Hyperlink", run: { color: "0563C1", underline: { type: "single" } } },
      // docx marks cached TOC entries with this style; define it so the reference isn't dangling.
      { id: "IndexLink", name: "Index Link", run: {} },
    ],
  };
}

/** The named style of every grid table (Word: Table Design ▸ Modify Table Style). */
export const TABLE_STYLE = "DocumentTable";

/**
 * The table style as WordprocessingML (the docx library writes paragraph and character styles
 * only): thin grey grid, header row in bold on a tint of the accent, repeated on each page.
 */
export function tableStyleXml(options: ResolvedOptions): string {
  const line = (tag: string) => `<w:${tag} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(line).join("");
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${TABLE_STYLE}"><w:name w:val="Document Table"/><w:uiPriority w:val="59"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>` +
    `<w:tblPr><w:tblBorders>${borders}</w:tblBorders><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>` +
    `<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tblPr/><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${headerFill(options.accent)}"/></w:tcPr></w:tblStylePr>` +
    `</w:style>`
  );
}
