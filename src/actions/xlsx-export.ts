// Write the action plan and the processing records as an Excel workbook (exceljs): DPOs track
// remediation in Excel. The plan sheet has a status list and date cells; `pipia actions --import`
// reads owners, due dates and status back from it.
import ExcelJS from "exceljs";
import type { Analysis } from "../analysis/types.js";
import type { Lang } from "../model/enums.js";
import { recordsView } from "../render/vm-records.js";
import { allStatusSpellings, PLAN_COLUMNS, PLAN_SHEET, RECORDS_SHEET, statusLabel } from "./columns.js";
import { planRows } from "./plan-rows.js";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };

/** `YYYY-MM-DD` → a Date at UTC midnight, which Excel shows as that calendar date. */
export const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const row = sheet.getRow(1);
  row.font = { bold: true, color: { argb: "FFFFFFFF" } };
  row.fill = HEADER_FILL;
  row.alignment = { vertical: "middle", wrapText: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
}

function planSheet(wb: ExcelJS.Workbook, an: Analysis, lang: Lang): void {
  const sheet = wb.addWorksheet(PLAN_SHEET[lang]);
  sheet.columns = PLAN_COLUMNS.map((c) => ({ key: c.key, header: c.header[lang], width: c.width }));
  planRows(an, lang).forEach((r, i) => {
    sheet.addRow({
      n: i + 1,
      ruleId: r.ruleId,
      activity: r.activity ?? "",
      activityName: r.activityName,
      severity: r.severity,
      finding: r.finding,
      article: r.article,
      measure: r.measure,
      owner: r.owner ?? "",
      due: excelDate(r.due),
      status: statusLabel(r.status, lang),
    });
  });
  const last = sheet.rowCount;
  const statusCol = sheet.getColumn("status").letter;
  const dueCol = sheet.getColumn("due");
  dueCol.numFmt = "yyyy-mm-dd";
  for (let row = 2; row <= last; row++) {
    sheet.getCell(`${statusCol}${row}`).dataValidation = {
      type: "list",
      allowBlank: false,
      formulae: [`"${allStatusSpellings(lang).join(",")}"`],
    };
    sheet.getRow(row).alignment = { vertical: "top", wrapText: true };
  }
  styleHeader(sheet);
}

const RECORD_COLUMNS = [
  { key: "id", header: { "zh-CN": "活动编号", en: "Activity id" }, width: 14 },
  { key: "name", header: { "zh-CN": "处理活动", en: "Activity" }, width: 20 },
  { key: "scenario", header: { "zh-CN": "应用场景", en: "Scenario" }, width: 16 },
  { key: "purpose", header: { "zh-CN": "处理目的", en: "Purpose" }, width: 36 },
  { key: "lawfulBasis", header: { "zh-CN": "处理依据", en: "Lawful basis" }, width: 24 },
  { key: "piCategories", header: { "zh-CN": "个人信息种类", en: "Personal information" }, width: 36 },
  { key: "subjects", header: { "zh-CN": "个人信息主体", en: "Data subjects" }, width: 28 },
  { key: "volume", header: { "zh-CN": "数量规模", en: "Volume" }, width: 20 },
  { key: "collection", header: { "zh-CN": "收集方式", en: "Collection" }, width: 40 },
  { key: "storage", header: { "zh-CN": "存储", en: "Storage" }, width: 40 },
  { key: "transmission", header: { "zh-CN": "传输", en: "Transmission" }, width: 30 },
  { key: "retention", header: { "zh-CN": "保存期限", en: "Retention" }, width: 30 },
  { key: "recipientSummary", header: { "zh-CN": "委托处理与对外提供", en: "Recipients" }, width: 30 },
  { key: "crossBorder", header: { "zh-CN": "向境外提供", en: "Cross-border" }, width: 24 },
  { key: "consent", header: { "zh-CN": "同意", en: "Consent" }, width: 30 },
] as const;

function recordsSheet(wb: ExcelJS.Workbook, an: Analysis, lang: Lang): void {
  const sheet = wb.addWorksheet(RECORDS_SHEET[lang]);
  sheet.columns = RECORD_COLUMNS.map((c) => ({ key: c.key, header: c.header[lang], width: c.width }));
  for (const act of recordsView(an, lang).activities) {
    const row: Record<string, string> = {};
    for (const c of RECORD_COLUMNS) row[c.key] = act[c.key];
    sheet.addRow(row).alignment = { vertical: "top", wrapText: true };
  }
  styleHeader(sheet);
}

export async function actionsWorkbook(an: Analysis, lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "pipia";
  // Fixed times keep the workbook's properties stable between runs.
  wb.created = wb.modified = excelDate(an.assessment.assessment.date);
  planSheet(wb, an, lang);
  recordsSheet(wb, an, lang);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
