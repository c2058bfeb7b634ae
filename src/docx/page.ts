// Pages (A4, or A3 for posters), margins, and the header and footer every section carries.
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
import type { PageSize, ResolvedOptions } from "./options.js";
import { SIZE } from "./styles.js";

// Portrait sheets in twips; for landscape the library swaps width and height itself.
const SHEETS: Record<PageSize, { readonly width: number; readonly height: number }> = {
  A4: { width: 11906, height: 16838 },
  A3: { width: 16838, height: 23811 },
};
const MARGIN = convertMillimetersToTwip(25);
// Wall documents (posters) have no header or footer to make room for: 15 mm all round.
const PLAIN_MARGIN = convertMillimetersToTwip(15);

/** The sheet and margins of a document: A4 with 25 mm margins unless the options say otherwise. */
export type PageSetup = { readonly pageSize: PageSize; readonly plain: boolean };
const A4_REPORT: PageSetup = { pageSize: "A4", plain: false };

function marginOf(page: PageSetup): number {
  return page.plain ? PLAIN_MARGIN : MARGIN;
}

export function textWidth(landscape: boolean, page: PageSetup = A4_REPORT): number {
  const sheet = SHEETS[page.pageSize];
  return (landscape ? sheet.height : sheet.width) - 2 * marginOf(page);
}

export function sectionProperties(landscape: boolean, page: PageSetup = A4_REPORT): ISectionPropertiesOptions {
  const sheet = SHEETS[page.pageSize];
  const m = marginOf(page);
  return {
    page: {
      size: { width: sheet.width, height: sheet.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: m, bottom: m, left: m, right: m, header: convertMillimetersToTwip(12), footer: convertMillimetersToTwip(12) },
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
      tabStops: [{ type: TabStopType.RIGHT, position: textWidth(landscape, options) }],
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
