// Runs every rule over an assessment and returns findings sorted deterministically
// (severity, rule id, activity order, path) with counts per severity (changesets' {errors, warnings}).
import type { Assessment } from "../model/assessment.js";
import type { Finding, ResolvedCitation, Severity } from "../analysis/types.js";
import { SEVERITIES } from "../analysis/types.js";
import type { Rule, RuleContext } from "./define-rule.js";
import { resolveCitation } from "../law/registry.js";
import type { CitationRef } from "../law/types.js";
import { rules as registry } from "./index.js";

export type Evaluation = { readonly findings: Finding[]; readonly counts: Record<Severity, number> };

function resolveAll(refs: readonly CitationRef[]): ResolvedCitation[] {
  const seen = new Set<string>();
  const out: ResolvedCitation[] = [];
  for (const r of refs) {
    const key = `${r.law}|${r.article}|${r.para ?? ""}|${r.item ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(resolveCitation(r));
  }
  return out;
}

export function evaluate(a: Assessment, ctx: RuleContext, rules: readonly Rule[] = registry): Evaluation {
  const order = new Map(a.activities.map((act, i) => [act.id, i]));
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check(a, ctx)) {
      findings.push({
        ruleId: rule.id,
        slug: rule.slug,
        severity: hit.severity ?? rule.severity,
        activity: hit.activity ?? null,
        at: hit.at,
        title: rule.title,
        detail: hit.detail,
        remedy: hit.remedy ?? rule.remedy,
        citations: resolveAll(hit.onlyOwnCites ? (hit.cites ?? rule.cites) : [...rule.cites, ...(hit.cites ?? [])]),
        satisfied: hit.satisfied ?? false,
        due: hit.due ?? null,
      });
    }
  }
  const sev = (s: Severity): number => SEVERITIES.indexOf(s);
  const act = (f: Finding): number => (f.activity === null ? -1 : (order.get(f.activity) ?? 0));
  findings.sort(
    (x, y) =>
      Number(x.satisfied) - Number(y.satisfied) ||
      sev(x.severity) - sev(y.severity) ||
      x.ruleId.localeCompare(y.ruleId) ||
      act(x) - act(y) ||
      x.at.localeCompare(y.at),
  );
  const counts = { prohibited: 0, required: 0, risk: 0, advice: 0 } as Record<Severity, number>;
  for (const f of findings) if (!f.satisfied) counts[f.severity] += 1;
  return { findings, counts };
}
