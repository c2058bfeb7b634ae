// The action plan: one entry per open finding, with owner, due date and status. The due date
// follows the consequence: `stop` and `suspend-until-fixed` are due at once (the assessment date);
// `rectify-by` uses the rule's legal deadline or 30 days; `improve` 90 days (risk) or 180 (advice).
// An answers-file override may set owner, status and a date, but never makes a stop or suspension
// less than immediate.
import type { Assessment } from "../model/assessment.js";
import type { ActionItem, Consequence, DateInfo, Finding, Severity } from "../vocab/types.js";
import { addDays } from "../dates/index.js";

/** Calendar days from the assessment date for actions without a legal deadline. */
export const DEFAULT_DUE_DAYS = { "rectify-by": 30, risk: 90, advice: 180 } as const;

function defaultDays(consequence: Consequence, severity: Severity): number {
  if (consequence === "rectify-by") return DEFAULT_DUE_DAYS["rectify-by"];
  return severity === "advice" ? DEFAULT_DUE_DAYS.advice : DEFAULT_DUE_DAYS.risk;
}

export function actionPlan(a: Assessment, findings: readonly Finding[]): ActionItem[] {
  const overrides = a.overrides?.actions ?? [];
  return findings
    .filter((f) => !f.satisfied)
    .map((f) => {
      const o =
        overrides.find((x) => x.rule === f.ruleId && x.activity !== undefined && x.activity === f.activity) ??
        overrides.find((x) => x.rule === f.ruleId && x.activity === undefined);
      const consequence: Consequence = f.consequence ?? "rectify-by";
      const immediate = consequence === "stop" || consequence === "suspend-until-fixed";
      const due: DateInfo = immediate
        ? { date: a.assessment.date, estimated: false }
        : o?.due
          ? { date: o.due, estimated: false }
          : (f.due ?? { date: addDays(a.assessment.date, defaultDays(consequence, f.severity)), estimated: false });
      return {
        ruleId: f.ruleId,
        activity: f.activity,
        severity: f.severity,
        consequence,
        immediate,
        finding: f.title,
        measure: f.remedy,
        owner: o?.owner ?? null,
        due,
        status: o?.status ?? "open",
      };
    });
}
