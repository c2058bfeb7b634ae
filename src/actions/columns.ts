// The action-plan sheet's layout, shared by export and import: column keys with their headers in
// both languages, so a workbook exported in one language imports whatever the CLI's language.
import { ACTION_STATUSES, type ActionStatus, type Lang } from "../model/enums.js";
import { label } from "../model/labels.js";

export const PLAN_SHEET: Readonly<Record<Lang, string>> = { "zh-CN": "整改计划", en: "Action plan" };
export const RECORDS_SHEET: Readonly<Record<Lang, string>> = { "zh-CN": "处理情况记录", en: "Processing records" };

export const PLAN_COLUMNS = [
  { key: "n", header: { "zh-CN": "序号", en: "No." }, width: 6 },
  { key: "ruleId", header: { "zh-CN": "规则编号", en: "Rule" }, width: 10 },
  { key: "activity", header: { "zh-CN": "活动编号", en: "Activity id" }, width: 14 },
  { key: "activityName", header: { "zh-CN": "处理活动", en: "Activity" }, width: 20 },
  { key: "severity", header: { "zh-CN": "严重程度", en: "Severity" }, width: 12 },
  { key: "finding", header: { "zh-CN": "问题", en: "Finding" }, width: 40 },
  { key: "article", header: { "zh-CN": "依据条款", en: "Article" }, width: 36 },
  { key: "measure", header: { "zh-CN": "整改措施", en: "Action" }, width: 50 },
  { key: "owner", header: { "zh-CN": "责任人", en: "Owner" }, width: 14 },
  { key: "due", header: { "zh-CN": "完成期限", en: "Due date" }, width: 12 },
  { key: "status", header: { "zh-CN": "状态", en: "Status" }, width: 10 },
] as const;

export type PlanColumnKey = (typeof PLAN_COLUMNS)[number]["key"];

/** The columns the import reads back (the others are for reading only). */
export const IMPORTED: readonly PlanColumnKey[] = ["ruleId", "activity", "owner", "due", "status"];

/** Status as written in the sheet (its label), and every spelling the import accepts. */
export function statusLabel(s: ActionStatus, lang: Lang): string {
  return label("actionStatus", s)[lang];
}

export function parseStatus(text: string): ActionStatus | undefined {
  const t = text.trim().toLowerCase();
  return ACTION_STATUSES.find((s) => s === t || statusLabel(s, "zh-CN") === text.trim() || statusLabel(s, "en").toLowerCase() === t);
}

export function allStatusSpellings(lang: Lang): string[] {
  return ACTION_STATUSES.map((s) => statusLabel(s, lang));
}
