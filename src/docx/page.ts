// A4 pages, margins, and the header and footer every section carries.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Footer,
  Header,
  type ISectionPropertiesOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  TabStopType,
  TextRun,
} from "docx";
import { textRuns } from "./inline.js";
import type { ResolvedOptions } from "./options.js";
import { SIZE } from "./styles.js";

// Portrait A4 in twips; for landscape the library swaps width and height itself.
const A4_WIDTH = 11906;
const A4_HEIGHT = 16838;
const MARGIN = convertMillimetersToTwip(25);

export function textWidth(landscape: boolean): number {
  return (landscape ? A4_HEIGHT : A4_WIDTH) - 2 * MARGIN;
}

export function sectionProperties(landscape: boolean): ISectionPropertiesOptions {
  return {
    page: {
      size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: convertMillimetersToTwip(12), footer: convertMillimetersToTwip(12) },
    },
  };
}

const small = { size: SIZE.headerFooter, color: "595959" } as const;

export function buildHeader(options: ResolvedOptions, landscape: boolean): Header {
  const children: Paragraph[] = [];
  if (options.headerText !== undefined && options.headerText !== "") {
    children.push(new Paragraph({ spacing: { after: 0 }, children: textRuns(options.headerText, small) }));
  }
  // Title on the left, classification against the right margin.
  children.push(
    new Paragraph({
      spacing: { after: 0 },
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth(landscape) }],
      border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: "A6A6A6", space: 1 } },
      children: [...textRuns(options.title, small), new TextRun({ ...small, children: [new Tab()] }), ...textRuns(options.classification, { ...small, bold: true })],
    }),
  );
  return new Header({ children });
}

function pageNumberRuns(lang: ResolvedOptions["lang"]): TextRun[] {
  const zh = new TextRun({ ...small, children: ["第 ", PageNumber.CURRENT, " 页 共 ", PageNumber.TOTAL_PAGES, " 页"] });
  const en = new TextRun({ ...small, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] });
  if (lang === "zh-CN") return [zh];
  if (lang === "en") return [en];
  return [zh, new TextRun({ ...small, text: "  /  " }), en];
}

export function buildFooter(options: ResolvedOptions): Footer {
  const children: Paragraph[] = [];
  if (options.footerText !== undefined && options.footerText !== "") {
    children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: textRuns(options.footerText, small) }));
  }
  children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: pageNumberRuns(options.lang) }));
  return new Footer({ children });
}
