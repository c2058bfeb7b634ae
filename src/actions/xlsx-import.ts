// Read owners, due dates and status back from an action-plan workbook written by actions-export,
// checking every row; problems name the workbook, sheet, row, column and what is allowed.
import ExcelJS from "exceljs";
import { ValidationError } from "../errors.js";
import type { z } from "zod";
import type { actionOverrideSchema } from "../model/assessment.js";
import type { ActionStatus, Lang } from "../model/enums.js";
import { isStrictIsoDate } from "../model/iso-date.js";
import { allStatusSpellings, IMPORTED, parseStatus, PLAN_COLUMNS, PLAN_SHEET, type PlanColumnKey } from "./columns.js";
import type { PlanRow } from "./plan-rows.js";

export type ActionOverride = z.output<typeof actionOverrideSchema>;

/** One row of the sheet, as read back. */
export type ImportedRow = {
  readonly row: number;
  readonly ruleId: string;
  readonly activity: string | null;
  readonly owner: string | null;
  readonly due: string;
  readonly status: ActionStatus;
};

const T = (lang: Lang, zh: string, en: string): string => (lang === "zh-CN" ? zh : en);

/** The text of a cell whatever exceljs made of it (rich text, hyperlink, formula result). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("text" in v && typeof v.text === "string") return v.text;
    if ("result" in v) return cellText((v.result ?? null) as ExcelJS.CellValue);
    if ("error" in v) return String(v.error);
    return "";
  }
  return String(v);
}

export async function readPlanRows(xlsx: string, data: Uint8Array, lang: Lang): Promise<ImportedRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (e) {
    throw new ValidationError([`${xlsx}: ${T(lang, "不是可读取的 Excel 工作簿（.xlsx）", "is not a readable Excel workbook (.xlsx)")}: ${(e as Error).message}`]);
  }
  const sheet = wb.getWorksheet(PLAN_SHEET["zh-CN"]) ?? wb.getWorksheet(PLAN_SHEET.en);
  if (!sheet)
    throw new ValidationError([
      `${xlsx}: ${T(lang, `没有名为“${PLAN_SHEET["zh-CN"]}”或“${PLAN_SHEET.en}”的工作表`, `no sheet named "${PLAN_SHEET["zh-CN"]}" or "${PLAN_SHEET.en}"`)}; ${T(lang, "请用 pipia actions --xlsx 导出的工作簿", "use a workbook written by pipia actions --xlsx")}`,
    ]);
  const where = (row: number, col?: number, header?: string): string =>
    `${xlsx}: ${T(lang, `工作表“${sheet.name}”第 ${row} 行`, `sheet "${sheet.name}", row ${row}`)}${col !== undefined ? T(lang, `，${colLetter(col)} 列（${header ?? ""}）`, `, column ${colLetter(col)} (${header ?? ""})`) : ""}`;

  // Columns are found by their header, in either language, so they may be moved.
  const at = new Map<PlanColumnKey, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const text = cellText(cell.value).trim();
    const c = PLAN_COLUMNS.find((x) => x.header["zh-CN"] === text || x.header.en === text);
    if (c) at.set(c.key, col);
  });
  const missing = IMPORTED.filter((k) => !at.has(k));
  if (missing.length > 0)
    throw new ValidationError(
      missing.map((k) => {
        const h = PLAN_COLUMNS.find((c) => c.key === k)?.header;
        return `${where(1)}: ${T(lang, `缺少“${h?.["zh-CN"] ?? k}”列`, `the column "${h?.en ?? k}" is missing`)}`;
      }),
    );
  const col = (k: PlanColumnKey): number => at.get(k) as number;
  const header = (k: PlanColumnKey): string => cellText(sheet.getRow(1).getCell(col(k)).value);

  const problems: string[] = [];
  const rows: ImportedRow[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const text = (k: PlanColumnKey): string => cellText(row.getCell(col(k)).value).trim();
    if (IMPORTED.every((k) => text(k) === "")) continue; // an empty row
    const bad = (k: PlanColumnKey, msg: string): void => void problems.push(`${where(r, col(k), header(k))}: ${msg}`);
    const ruleId = text("ruleId");
    if (!/^FR-\d{3}$/.test(ruleId)) bad("ruleId", T(lang, `“${ruleId}”不是规则编号；应为 FR-001 这样的编号（请勿修改此列）`, `"${ruleId}" is not a rule id; expected an id such as FR-001 (leave this column as exported)`));
    const dueCell = row.getCell(col("due")).value;
    const due = text("due");
    if (!(dueCell instanceof Date) && !isStrictIsoDate(due))
      bad("due", T(lang, `“${due}”不是日期；应为 YYYY-MM-DD 格式的真实日期，如 2026-12-31`, `"${due}" is not a date; expected a real date written YYYY-MM-DD, e.g. 2026-12-31`));
    const status = parseStatus(text("status"));
    if (status === undefined)
      bad("status", T(lang, `“${text("status")}”不是状态；应为 ${allStatusSpellings("zh-CN").join("、")} 之一`, `"${text("status")}" is not a status; expected one of ${allStatusSpellings("en").join(", ")}`));
    const owner = text("owner");
    if (owner.length > 200) bad("owner", T(lang, "责任人过长（最多 200 字）", "the owner is too long (200 characters at most)"));
    if (status !== undefined)
      rows.push({ row: r, ruleId, activity: text("activity") === "" ? null : text("activity"), owner: owner === "" ? null : owner, due, status });
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return rows;
}

const colLetter = (n: number): string => {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

type Field = "owner" | "due" | "status";
const FIELDS: readonly Field[] = ["owner", "due", "status"];
const keyOf = (rule: string, activity: string | null): string => `${rule}\u0000${activity ?? ""}`;

/**
 * The new `overrides.actions`. An override applies to every action of its rule and activity (a rule
 * may give several), so rows are matched to the plan's actions in order within that key, and only
 * the fields a row changes are written; two rows changing one field differently are an error.
 * Rows naming an action the plan does not have are errors too.
 */
export function mergeOverrides(
  xlsx: string,
  rows: readonly ImportedRow[],
  plan: readonly PlanRow[],
  existing: readonly ActionOverride[],
  lang: Lang,
): { readonly actions: ActionOverride[]; readonly changed: number } {
  const out = existing.map((o) => ({ ...o }));
  const problems: string[] = [];
  const groups = new Map<string, ImportedRow[]>();
  for (const r of rows) groups.set(keyOf(r.ruleId, r.activity), [...(groups.get(keyOf(r.ruleId, r.activity)) ?? []), r]);
  let changed = 0;
  for (const group of groups.values()) {
    const first = group[0] as ImportedRow;
    const actions = plan.filter((p) => p.ruleId === first.ruleId && p.activity === first.activity);
    const changes: Partial<Record<Field, { value: string | null; row: number }>> = {};
    group.forEach((r, k) => {
      const current = actions[k];
      if (!current) {
        problems.push(
          `${xlsx}: ${T(lang, `第 ${r.row} 行：本评估的整改计划中没有 ${r.ruleId}（活动“${r.activity ?? "全局"}”）`, `row ${r.row}: the action plan of this assessment has no ${r.ruleId} for activity "${r.activity ?? "(organisation-wide)"}"`)}; ${T(lang, "请重新导出工作簿", "export the workbook again")}`,
        );
        return;
      }
      for (const f of FIELDS) {
        if (r[f] === current[f]) continue;
        const before = changes[f];
        if (before && before.value !== r[f])
          problems.push(
            `${xlsx}: ${T(lang, `第 ${before.row} 行与第 ${r.row} 行是同一规则（${r.ruleId}）同一活动的整改事项，须填写相同的${f === "owner" ? "责任人" : f === "due" ? "完成期限" : "状态"}`, `rows ${before.row} and ${r.row} are actions of the same rule (${r.ruleId}) and activity and must have the same ${f === "due" ? "due date" : f}`)}`,
          );
        else changes[f] = { value: r[f], row: r.row };
      }
    });
    if (Object.keys(changes).length === 0) continue;
    changed += group.length;
    const i = out.findIndex((o) => o.rule === first.ruleId && (o.activity ?? null) === first.activity);
    const entry: ActionOverride = i >= 0 ? { ...(out[i] as ActionOverride) } : { rule: first.ruleId, ...(first.activity !== null ? { activity: first.activity } : {}) };
    if (changes.owner) {
      if (changes.owner.value === null) delete entry.owner;
      else entry.owner = changes.owner.value;
    }
    if (changes.due?.value) entry.due = changes.due.value;
    const status = changes.status?.value;
    if (status) entry.status = status as ActionStatus;
    if (i >= 0) out[i] = entry;
    else out.push(entry);
  }
  if (problems.length > 0) throw new ValidationError(problems);
  return { actions: out, changed };
}
