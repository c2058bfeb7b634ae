// Two analyses → what changed between them: facts, findings, risk levels and conclusions. Pure:
// reads what the analyses hold and never re-derives a judgement.
import type { Analysis, Finding, Outcome } from "../vocab/types.js";
import { toolVersion } from "../version.js";
import { diffFacts } from "./facts.js";
import type { ActivityOutcomeChange, AssessmentDiff, DiffSide, FindingChange, FindingState, RiskChange } from "./types.js";

export type DiffInput = { readonly file: string; readonly analysis: Analysis };

const side = ({ file, analysis: an }: DiffInput): DiffSide => ({
  file,
  date: an.assessment.assessment.date,
  documentNumber: an.assessment.assessment.documentNumber?.trim() || null,
  version: an.assessment.assessment.version,
});

/** Findings that call for something: open ones and past breaches (not met obligations). */
const live = (an: Analysis): readonly Finding[] => an.findings.filter((f) => !f.satisfied);

const keyOf = (f: Finding): string => JSON.stringify([f.ruleId, f.activity, f.at]);
const stateOf = (f: Finding): FindingState => ({ severity: f.severity, consequence: f.consequence, status: f.status });

/** Findings by key; a key repeated within one analysis gets its occurrence number appended. */
function keyed(findings: readonly Finding[]): Map<string, Finding> {
  const map = new Map<string, Finding>();
  const seen = new Map<string, number>();
  for (const f of findings) {
    const k = keyOf(f);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    map.set(n === 0 ? k : `${k}#${n}`, f);
  }
  return map;
}

const CHANGE_ORDER = { opened: 0, closed: 1, changed: 2 } as const;

function diffFindings(before: Analysis, after: Analysis): FindingChange[] {
  const old = keyed(live(before));
  const now = keyed(live(after));
  const out: FindingChange[] = [];
  const base = (f: Finding) => ({ ruleId: f.ruleId, activity: f.activity, at: f.at, title: f.title });
  for (const [k, f] of now) {
    const o = old.get(k);
    if (o === undefined) out.push({ ...base(f), change: "opened", before: null, after: stateOf(f) });
    else if (o.severity !== f.severity || o.consequence !== f.consequence || o.status !== f.status)
      out.push({ ...base(f), change: "changed", before: stateOf(o), after: stateOf(f) });
  }
  for (const [k, o] of old) if (!now.has(k)) out.push({ ...base(o), change: "closed", before: stateOf(o), after: null });
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return out.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || cmp(a.ruleId, b.ruleId) || cmp(a.activity ?? "", b.activity ?? "") || cmp(a.at, b.at));
}

/** Activity ids and names: the newer assessment's order, then those it no longer has. */
function activities(before: Analysis, after: Analysis): { id: string; name: string }[] {
  const now = after.assessment.activities.map((a) => ({ id: a.id, name: a.name }));
  const gone = before.assessment.activities.filter((a) => !now.some((x) => x.id === a.id)).map((a) => ({ id: a.id, name: a.name }));
  return [...now, ...gone];
}

function diffRisk(before: Analysis, after: Analysis): RiskChange[] {
  return activities(before, after).map(({ id, name }) => {
    const o = before.risk.find((r) => r.activity === id);
    const n = after.risk.find((r) => r.activity === id);
    const b = o ? { level: o.level, highRisk: o.highRisk } : null;
    const a = n ? { level: n.level, highRisk: n.highRisk } : null;
    return { activity: id, name, before: b, after: a, changed: b?.level !== a?.level || b?.highRisk !== a?.highRisk };
  });
}

function diffOutcomes(before: Analysis, after: Analysis): ActivityOutcomeChange[] {
  return activities(before, after).map(({ id, name }) => {
    const b: Outcome | null = before.conclusion.activities.find((x) => x.activity === id)?.outcome ?? null;
    const a: Outcome | null = after.conclusion.activities.find((x) => x.activity === id)?.outcome ?? null;
    return { activity: id, name, before: b, after: a, changed: b !== a };
  });
}

const outcome = (b: Outcome, a: Outcome) => ({ before: b, after: a, changed: b !== a });

/** What changed from `before` (e.g. last year's assessment) to `after`. */
export function diffAssessments(before: DiffInput, after: DiffInput): AssessmentDiff {
  const facts = diffFacts(before.analysis.assessment, after.analysis.assessment);
  const findings = diffFindings(before.analysis, after.analysis);
  const risk = diffRisk(before.analysis, after.analysis);
  const conclusion = {
    overall: outcome(before.analysis.conclusion.outcome, after.analysis.conclusion.outcome),
    processor: outcome(before.analysis.conclusion.processor.outcome, after.analysis.conclusion.processor.outcome),
    activities: diffOutcomes(before.analysis, after.analysis),
  };
  const identical =
    facts.length === 0 && findings.length === 0 && risk.every((r) => !r.changed) && !conclusion.overall.changed && !conclusion.processor.changed && conclusion.activities.every((x) => !x.changed);
  return {
    schemaVersion: 1,
    tool: { name: "pipia", version: toolVersion() },
    before: side(before),
    after: side(after),
    identical,
    counts: {
      facts: facts.length,
      opened: findings.filter((f) => f.change === "opened").length,
      closed: findings.filter((f) => f.change === "closed").length,
      changed: findings.filter((f) => f.change === "changed").length,
    },
    facts,
    findings,
    risk,
    conclusion,
  };
}
