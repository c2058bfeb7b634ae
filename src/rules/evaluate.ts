// Runs every rule over an assessment and returns findings sorted deterministically
// (severity, rule id, activity order, path) with counts per severity (changesets' {errors, warnings}).
import type { Assessment } from "../model/assessment.js";
import type { Finding, ResolvedCitation, Severity } from "../vocab/types.js";
import { CONSEQUENCES, SEVERITIES } from "../vocab/types.js";
import type { Rule, RuleContext } from "./define-rule.js";
import { defaultConsequence } from "./define-rule.js";
import { resolveCitation } from "../law/registry.js";
import type { CitationRef } from "../law/types.js";

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

/** Runs the given rules (all of one phase) and returns their findings, unsorted. */
export function runRules(a: Assessment, ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  const findings: Finding[] = [];
  const outOfScope = new Set(a.activities.filter((act) => !ctx.faceMeasuresApply(act)).map((act) => act.id));
  for (const rule of rules) {
    for (const hit of rule.check(a, ctx)) {
      // The face Measures are cited only on activities they govern (legal digest §00 D). A hit on an
      // activity outside them keeps its other grounds; one that rests on the Measures alone lapses.
      const refs = hit.onlyOwnCites ? (hit.cites ?? rule.cites) : [...rule.cites, ...(hit.cites ?? [])];
      const scoped = hit.activity !== undefined && outOfScope.has(hit.activity) ? refs.filter((r) => r.law !== "FRM") : refs;
      if (scoped.length === 0) continue;
      const severity = hit.severity ?? rule.severity;
      const satisfied = hit.satisfied ?? false;
      const pastBreach = !satisfied && (hit.pastBreach ?? false);
      findings.push({
        ruleId: rule.id,
        slug: rule.slug,
        severity,
        activity: hit.activity ?? null,
        at: hit.at,
        title: rule.title,
        detail: hit.detail,
        remedy: hit.remedy ?? rule.remedy,
        citations: resolveAll(scoped),
        satisfied,
        protection: rule.protection ?? false,
        status: satisfied ? "met" : pastBreach ? "past-breach" : "open",
        consequence: satisfied ? null : (hit.consequence ?? (hit.severity === undefined ? rule.consequence : undefined) ?? defaultConsequence(severity)),
        ground: hit.ground ?? null,
        due: hit.due ?? null,
      });
    }
  }
  return findings;
}

/** Sorts findings deterministically and counts the open ones per severity. */
export function settle(a: Assessment, findings: Finding[]): Evaluation {
  const order = new Map(a.activities.map((act, i) => [act.id, i]));
  const sev = (s: Severity): number => SEVERITIES.indexOf(s);
  const con = (f: Finding): number => (f.consequence === null ? CONSEQUENCES.length : CONSEQUENCES.indexOf(f.consequence));
  const act = (f: Finding): number => (f.activity === null ? -1 : (order.get(f.activity) ?? 0));
  findings.sort(
    (x, y) =>
      Number(x.satisfied) - Number(y.satisfied) ||
      con(x) - con(y) ||
      sev(x.severity) - sev(y.severity) ||
      x.ruleId.localeCompare(y.ruleId) ||
      act(x) - act(y) ||
      x.at.localeCompare(y.at),
  );
  const counts = { prohibited: 0, required: 0, risk: 0, advice: 0 } as Record<Severity, number>;
  for (const f of findings) if (!f.satisfied) counts[f.severity] += 1;
  return { findings, counts };
}
