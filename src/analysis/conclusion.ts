// The conclusion: per activity, then overall, from the consequences of the open findings (legal
// digest §00 A). Nothing else decides it: the GB/T 39335 rating reaches it only through FR-039,
// whose finding carries its own consequence; an override of the rating never clears a statutory
// finding, because statutory findings do not read the rating.
import type {
  ActivityConclusion,
  ActivityRisk,
  Bilingual,
  Conclusion,
  Consequence,
  DecisiveFinding,
  Finding,
  Outcome,
} from "../vocab/types.js";
import { CONSEQUENCES } from "../vocab/types.js";
import { label } from "../model/labels.js";

/** The outcome's words, from questionnaires/labels.yaml (one wording for check, JSON and documents). */
export const outcomeLabel = (o: Outcome): Bilingual => label("outcome", o);

const OUTCOME_OF: Readonly<Record<Consequence, Outcome>> = {
  stop: "must-stop",
  "suspend-until-fixed": "suspend-until-rectified",
  "rectify-by": "proceed-with-rectification",
  improve: "may-proceed",
};

const CONSEQUENCE_WORDS: Readonly<Record<Consequence, Bilingual>> = {
  stop: { "zh-CN": "应立即停止", en: "must stop now" },
  "suspend-until-fixed": { "zh-CN": "应暂停至整改完成", en: "suspend until fixed" },
  "rectify-by": { "zh-CN": "限期整改", en: "rectify by the date set" },
  improve: { "zh-CN": "建议改进", en: "recommended improvement" },
};

/** The strongest consequence among findings (stop > suspend > rectify > improve), or null. */
export function strongest(findings: readonly Finding[]): Consequence | null {
  let best: Consequence | null = null;
  for (const f of findings)
    if (f.consequence !== null && (best === null || CONSEQUENCES.indexOf(f.consequence) < CONSEQUENCES.indexOf(best))) best = f.consequence;
  return best;
}

/** A finding's title read as a ground inside a sentence: English starts lower-case (not acronyms). */
function asGround(f: Finding): Bilingual {
  if (f.ground !== null) return f.ground;
  const en = /^[A-Z][a-z]/.test(f.title.en) ? f.title.en.charAt(0).toLowerCase() + f.title.en.slice(1) : f.title.en;
  return { "zh-CN": f.title["zh-CN"], en };
}

function decisiveOf(findings: readonly Finding[], c: Consequence): DecisiveFinding[] {
  return findings.filter((f) => f.consequence === c).map((f) => ({ ruleId: f.ruleId, activity: f.activity, consequence: c, ground: asGround(f) }));
}

function outcomeOf(findings: readonly Finding[]): { outcome: Outcome; decisive: DecisiveFinding[] } {
  const c = strongest(findings);
  if (c === null) return { outcome: "may-proceed", decisive: [] };
  return { outcome: OUTCOME_OF[c], decisive: c === "improve" ? [] : decisiveOf(findings, c) };
}

function uniqueGrounds(d: readonly DecisiveFinding[]): DecisiveFinding[] {
  const seen = new Set<string>();
  return d.filter((x) => {
    const k = `${x.ruleId}|${x.ground["zh-CN"]}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function groundsText(d: readonly DecisiveFinding[]): Bilingual {
  const u = uniqueGrounds(d);
  return {
    "zh-CN": u.map((x) => `${x.ground["zh-CN"]}（${x.ruleId}）`).join("；"),
    en: u.map((x) => `${x.ground.en} (${x.ruleId})`).join("; "),
  };
}

function activityReasons(name: string, outcome: Outcome, decisive: readonly DecisiveFinding[], open: readonly Finding[]): Bilingual[] {
  if (outcome === "may-proceed") {
    const improve = open.filter((f) => f.consequence === "improve").length;
    return [
      {
        "zh-CN": `“${name}”未发现违反禁止性规定或未履行的法定义务${improve > 0 ? `；另有 ${improve} 项改进建议` : ""}。`,
        en: `"${name}": no prohibition is breached and no statutory duty is unmet${improve > 0 ? `; ${improve} recommended improvement${improve === 1 ? "" : "s"}` : ""}.`,
      },
    ];
  }
  const g = groundsText(decisive);
  const c = decisive[0]?.consequence ?? "rectify-by";
  const out: Bilingual[] = [
    { "zh-CN": `“${name}”${CONSEQUENCE_WORDS[c]["zh-CN"]}：${g["zh-CN"]}。`, en: `"${name}" — ${CONSEQUENCE_WORDS[c].en}: ${g.en}.` },
  ];
  const rest = open.filter((f) => f.consequence !== c && f.consequence !== "improve" && f.consequence !== null);
  if (rest.length > 0) {
    const ids = [...new Set(rest.map((f) => f.ruleId))];
    out.push({
      "zh-CN": `此外，“${name}”还须整改：${ids.join("、")}。`,
      en: `"${name}" must also rectify: ${ids.join(", ")}.`,
    });
  }
  return out;
}

export function conclude(
  findings: readonly Finding[],
  risks: readonly ActivityRisk[],
  activities: readonly { readonly id: string; readonly name: string }[],
): Conclusion {
  const open = findings.filter((f) => !f.satisfied);
  const perActivity: ActivityConclusion[] = activities.map((act) => {
    const own = open.filter((f) => f.activity === act.id);
    const { outcome, decisive } = outcomeOf(own);
    return {
      activity: act.id,
      name: act.name,
      outcome,
      label: outcomeLabel(outcome),
      decisive,
      openRules: [...new Set(own.map((f) => f.ruleId))],
      reasons: activityReasons(act.name, outcome, decisive, own),
    };
  });
  const procOpen = open.filter((f) => f.activity === null);
  const proc = outcomeOf(procOpen);
  const processor = { outcome: proc.outcome, decisive: proc.decisive, openRules: [...new Set(procOpen.map((f) => f.ruleId))] };

  const all = [...perActivity.map((x) => x.outcome), proc.outcome];
  const RANK: readonly Outcome[] = ["must-stop", "suspend-until-rectified", "proceed-with-rectification", "may-proceed"];
  const outcome = RANK.find((o) => all.includes(o)) ?? "may-proceed";

  const reasons: Bilingual[] = [];
  for (const x of [...perActivity].sort((p, q) => RANK.indexOf(p.outcome) - RANK.indexOf(q.outcome))) reasons.push(...x.reasons);
  if (proc.outcome !== "may-proceed") {
    const c = proc.decisive[0]?.consequence ?? "rectify-by";
    const g = groundsText(proc.decisive);
    reasons.push({
      "zh-CN": `处理者层面${CONSEQUENCE_WORDS[c]["zh-CN"]}：${g["zh-CN"]}。`,
      en: `For the processor as a whole — ${CONSEQUENCE_WORDS[c].en}: ${g.en}.`,
    });
  }

  const pastBreaches = findings
    .filter((f) => f.status === "past-breach")
    .map((f) => ({ ruleId: f.ruleId, activity: f.activity, consequence: f.consequence ?? "rectify-by", ground: asGround(f) }));
  if (pastBreaches.length > 0)
    reasons.push({
      "zh-CN": `事前评估义务已被违反且无法补正（${[...new Set(pastBreaches.map((p) => p.ruleId))].join("、")}）：本评估予以记录，并作为今后处理的依据。`,
      en: `The duty to assess in advance was breached and cannot be cured (${[...new Set(pastBreaches.map((p) => p.ruleId))].join(", ")}): this assessment records it and governs processing from now on.`,
    });

  const overridden = risks.filter((r) => r.likelihood.overridden || r.impacts.some((i) => i.overridden));
  const overrideNote: Bilingual | null =
    overridden.length === 0
      ? null
      : {
          "zh-CN": `评估人调整了 ${overridden.length} 项活动的风险评级；调整只影响 GB/T 39335 风险等级，不影响任何法定义务的认定和上述结论所依据的法定事项。`,
          en: `The assessor adjusted the risk rating of ${overridden.length} activit${overridden.length === 1 ? "y" : "ies"}; an adjustment moves only the GB/T 39335 risk level, never a statutory finding or the statutory grounds of this conclusion.`,
        };
  if (overrideNote !== null) reasons.push(overrideNote);

  return { outcome, label: outcomeLabel(outcome), reasons, activities: perActivity, processor, overrideNote, pastBreaches };
}
