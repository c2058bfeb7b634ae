// facts → Analysis: applicability, Art 55 triggers, findings, GB/T 39335 risk, dates, conclusion per
// activity, Art 56(3) adequacy, signage to-dos, action plan. Pure: the same assessment always gives
// the same analysis (no clock is read). Order: the statutory rules run on the facts; the risk
// rating reads the facts and those findings; the rules that read the rating run last; everything
// after (filing status, adequacy, signage to-dos, conclusion, actions) reads findings.
import type { Assessment } from "../model/assessment.js";
import type { Analysis, ActivityRisk, Dates, Finding, FilingStatus, ResolvedCitation } from "../vocab/types.js";
import type { Schedule } from "../dates/compute-dates.js";
import { applicability } from "./applicability.js";
import { art55Triggers } from "../rules/art55-triggers.js";
import { faceMeasuresApply } from "../facts/activity.js";
import { conclude } from "./conclusion.js";
import { actionPlan } from "./actions.js";
import { adequacyOf } from "./adequacy.js";
import { signagePlan, signageTodo } from "./signage-todo.js";
import { runRules, settle } from "../rules/evaluate.js";
import { rules as registry } from "../rules/index.js";
import type { RuleContext } from "../rules/define-rule.js";
import { addWorkingDays, computeDates, compareDates } from "../dates/index.js";
import { rateActivity } from "../risk/index.js";
import { allLaws, resolveCitation } from "../law/registry.js";
import { cite } from "../law/types.js";
import { toolVersion } from "../version.js";
import { inconsistencies } from "../model/consistency.js";
import { formatPath } from "../model/format-issues.js";

/** GB/T 39335 tables the risk rating applies (impact D.1, likelihood D.3 and D.4, matrix D.5). */
const RATING_TABLES = [cite("GBT39335", "D.1"), cite("GBT39335", "D.3"), cite("GBT39335", "D.4"), cite("GBT39335", "D.5")];

/** Laws every face-recognition PIA relies on, whether or not a finding cites them. */
const BASE_LAWS = ["PIPL", "GBT39335"];

/** The filing status, read from the filing findings (FR-020 due, FR-022 approaching). */
export function filingStatus(a: Assessment, findings: readonly Finding[], dates: Schedule): FilingStatus {
  if (a.filing.filed) return "filed";
  const due = findings.find((f) => f.ruleId === "FR-020" && !f.satisfied);
  if (due !== undefined) {
    const deadline = due.due ?? dates.filing.deadline;
    return deadline !== null && compareDates(deadline.date, a.assessment.date) < 0 ? "overdue" : "due";
  }
  if (findings.some((f) => f.ruleId === "FR-022" && !f.satisfied)) return "approaching";
  return "not-required";
}

export function analyze(a: Assessment): Analysis {
  let risk: ActivityRisk[] | null = null;
  const ctx: RuleContext = {
    addWorkingDays,
    faceMeasuresApply,
    riskOf: (id) => {
      if (risk === null) throw new Error("the risk rating is read only by rules marked afterRisk");
      const r = risk.find((x) => x.activity === id);
      if (!r) throw new Error(`no risk rating for activity "${id}"`);
      return r;
    },
  };
  const statutory = runRules(a, ctx, registry.filter((r) => r.afterRisk !== true));
  const rated: ActivityRisk[] = a.activities.map((act) => rateActivity(a, act, faceMeasuresApply(act), statutory));
  risk = rated;
  const { findings, counts } = settle(a, [...statutory, ...runRules(a, ctx, registry.filter((r) => r.afterRisk === true))]);

  const cited = new Set<string>(BASE_LAWS);
  if (a.activities.some(faceMeasuresApply)) cited.add("FRM");
  const unconfirmed = new Map<string, ResolvedCitation>();
  for (const f of findings)
    for (const c of f.citations) {
      cited.add(c.law);
      const key = `${c.law}|${c.article}`;
      if (c.unconfirmed && !unconfirmed.has(key)) unconfirmed.set(key, c);
    }
  // The rating rests on the standard's tables: their caveat belongs in the same one note.
  if (rated.length > 0)
    for (const c of RATING_TABLES.map(resolveCitation)) {
      const key = `${c.law}|${c.article}`;
      if (c.unconfirmed && !unconfirmed.has(key)) unconfirmed.set(key, c);
    }
  const computed = computeDates(a, faceMeasuresApply);
  const status = filingStatus(a, findings, computed);
  const dates: Dates = {
    ...computed,
    // Filed: still "required" (the filing pack serves change and cancellation filings) when the
    // stored count has reached the threshold, i.e. when a filing deadline exists.
    filing: { ...computed.filing, status, required: status === "due" || status === "overdue" || (status === "filed" && computed.filing.deadline !== null) },
  };
  return {
    schemaVersion: 2,
    tool: { name: "pipia", version: toolVersion() },
    assessment: a,
    applicability: applicability(a),
    triggers: art55Triggers(a),
    findings,
    counts,
    risk: rated,
    dates,
    conclusion: conclude(findings, rated, a.activities),
    adequacy: rated.map((r) => adequacyOf(findings, r)),
    signageTodo: signageTodo(a, findings),
    signage: signagePlan(a),
    actions: actionPlan(a, findings),
    lawsRelied: allLaws()
      .filter((l) => cited.has(l.id))
      .map((l) => ({ id: l.id, title: l.title, effective: l.effective })),
    unconfirmedCitations: [...unconfirmed.values()],
    inconsistencies: inconsistencies(a).map((x) => ({ check: x.check, path: formatPath(x.path), other: formatPath(x.other), message: x.message })),
  };
}
