// The action plan: one entry per open finding, with owner, due date and status. Defaults by
// severity (prohibited: 7 days, required: 30, risk: 90, advice: 180 calendar days from the
// assessment date) unless the rule gives a legal deadline or the answers file overrides it.
import type { Assessment } from "../model/assessment.js";
import type { ActionItem, DateInfo, Finding, Severity } from "./types.js";
import { addDays } from "../dates/index.js";

export const DEFAULT_DUE_DAYS: Record<Severity, number> = { prohibited: 7, required: 30, risk: 90, advice: 180 };

export function actionPlan(a: Assessment, findings: readonly Finding[]): ActionItem[] {
  const overrides = a.overrides?.actions ?? [];
  return findings
    .filter((f) => !f.satisfied)
    .map((f) => {
      const o =
        overrides.find((x) => x.rule === f.ruleId && x.activity !== undefined && x.activity === f.activity) ??
        overrides.find((x) => x.rule === f.ruleId && x.activity === undefined);
      const due: DateInfo = o?.due
        ? { date: o.due, estimated: false }
        : (f.due ?? { date: addDays(a.assessment.date, DEFAULT_DUE_DAYS[f.severity]), estimated: false });
      return {
        ruleId: f.ruleId,
        activity: f.activity,
        severity: f.severity,
        finding: f.title,
        measure: f.remedy,
        owner: o?.owner ?? null,
        due,
        status: o?.status ?? "open",
      };
    });
}
