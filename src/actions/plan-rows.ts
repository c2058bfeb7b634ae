// The one place that reads the action plan out of the Analysis (analyze(a).actions, joined with
// the findings for their articles), as flat rows for the spreadsheet. When the Analysis type
// changes, only this adapter needs to follow.
import type { Analysis } from "../analysis/types.js";
import type { ActionStatus, Lang } from "../model/enums.js";
import { label } from "../model/labels.js";

export type PlanRow = {
  readonly ruleId: string;
  /** Activity id, or null for a processor-wide action. */
  readonly activity: string | null;
  readonly activityName: string;
  readonly severity: string;
  readonly finding: string;
  readonly article: string;
  readonly measure: string;
  readonly owner: string | null;
  /** YYYY-MM-DD */
  readonly due: string;
  readonly dueEstimated: boolean;
  readonly status: ActionStatus;
};

const WIDE: Readonly<Record<Lang, string>> = { "zh-CN": "全局", en: "Organisation-wide" };

export function planRows(an: Analysis, lang: Lang): PlanRow[] {
  const names = new Map(an.assessment.activities.map((a) => [a.id, a.name]));
  return an.actions.map((x) => {
    const finding = an.findings.find((f) => f.ruleId === x.ruleId && f.activity === x.activity);
    const article = (finding?.citations ?? []).map((c) => `${c.label[lang]}${c.unconfirmed ? "†" : ""}`).join(lang === "zh-CN" ? "；" : "; ");
    return {
      ruleId: x.ruleId,
      activity: x.activity,
      activityName: x.activity === null ? WIDE[lang] : (names.get(x.activity) ?? x.activity),
      severity: label("severity", x.severity)[lang],
      finding: x.finding[lang],
      article,
      measure: x.measure[lang],
      owner: x.owner,
      due: x.due.date,
      dueEstimated: x.due.estimated,
      status: x.status,
    };
  });
}
