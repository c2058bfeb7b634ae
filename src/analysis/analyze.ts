// facts → Analysis: applicability, Art 55 triggers, GB/T 39335 risk, dates, findings, conclusion,
// action plan. Pure: the same assessment always gives the same analysis (no clock is read).
import type { Assessment } from "../model/assessment.js";
import type { Analysis, ActivityRisk, ResolvedCitation } from "./types.js";
import { applicability } from "./applicability.js";
import { art55Triggers } from "./triggers.js";
import { faceMeasuresApply } from "./facts.js";
import { conclude } from "./conclusion.js";
import { actionPlan } from "./actions.js";
import { evaluate } from "../rules/evaluate.js";
import type { RuleContext } from "../rules/define-rule.js";
import { addWorkingDays, computeDates } from "../dates/index.js";
import { rateActivity } from "../risk/index.js";
import { allLaws } from "../law/registry.js";
import { toolVersion } from "../version.js";

/** Laws every face-recognition PIA relies on, whether or not a finding cites them. */
const BASE_LAWS = ["PIPL", "GBT39335"];

export function analyze(a: Assessment): Analysis {
  const risk: ActivityRisk[] = a.activities.map((act) => rateActivity(a, act, faceMeasuresApply(act)));
  const riskById = new Map(risk.map((r) => [r.activity, r]));
  const ctx: RuleContext = {
    addWorkingDays,
    faceMeasuresApply,
    riskOf: (id) => {
      const r = riskById.get(id);
      if (!r) throw new Error(`no risk rating for activity "${id}"`);
      return r;
    },
  };
  const { findings, counts } = evaluate(a, ctx);
  const cited = new Set<string>(BASE_LAWS);
  if (a.activities.some(faceMeasuresApply)) cited.add("FRM");
  const unconfirmed = new Map<string, ResolvedCitation>();
  for (const f of findings)
    for (const c of f.citations) {
      cited.add(c.law);
      const key = `${c.law}|${c.article}`;
      if (c.unconfirmed && !unconfirmed.has(key)) unconfirmed.set(key, c);
    }
  return {
    schemaVersion: 1,
    tool: { name: "pipia", version: toolVersion() },
    assessment: a,
    applicability: applicability(a),
    triggers: art55Triggers(a),
    findings,
    counts,
    risk,
    dates: computeDates(a, faceMeasuresApply),
    conclusion: conclude(findings, risk, new Map(a.activities.map((act) => [act.id, act.name]))),
    actions: actionPlan(a, findings),
    lawsRelied: allLaws()
      .filter((l) => cited.has(l.id))
      .map((l) => ({ id: l.id, title: l.title, effective: l.effective })),
    unconfirmedCitations: [...unconfirmed.values()],
  };
}
