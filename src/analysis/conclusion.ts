// The assessment's conclusion. Never "may proceed" while an unmet prohibited or required finding
// stands; a prohibited installation (private space, FR-026) or a 严重 risk means stop.
import type { ActivityRisk, Conclusion, Finding, Bilingual } from "./types.js";

const STOP_RULES = new Set(["FR-026"]);

export const OUTCOME_LABELS: Record<Conclusion["outcome"], Bilingual> = {
  "may-proceed": { "zh-CN": "可以继续处理", en: "Processing may proceed" },
  "proceed-after-rectification": { "zh-CN": "整改后方可继续处理", en: "Proceed only after rectification" },
  "must-stop": { "zh-CN": "应当停止处理", en: "Processing must stop" },
};

export function conclude(findings: readonly Finding[], risks: readonly ActivityRisk[], names: ReadonlyMap<string, string> = new Map()): Conclusion {
  const open = findings.filter((f) => !f.satisfied);
  const reasons: Bilingual[] = [];
  const name = (id: string): string => names.get(id) ?? id;
  const stops = open.filter((f) => STOP_RULES.has(f.ruleId));
  const severe = risks.filter((r) => r.level === "severe");
  for (const f of stops) reasons.push({ "zh-CN": `${f.ruleId}：${f.title["zh-CN"]}`, en: `${f.ruleId}: ${f.title.en}` });
  for (const r of severe)
    reasons.push({ "zh-CN": `活动“${name(r.activity)}”的风险等级为“严重”，应暂停处理直至风险降低`, en: `Activity "${name(r.activity)}" is rated severe risk: suspend it until the risk is reduced` });
  const stop = stops.length > 0 || severe.length > 0;

  const prohibited = open.filter((f) => f.severity === "prohibited");
  const required = open.filter((f) => f.severity === "required");
  const high = risks.filter((r) => r.level === "high");
  // When processing must stop, the rectification reasons still follow: they are what has to change.
  if (prohibited.length > 0)
    reasons.push({ "zh-CN": `存在 ${prohibited.length} 项违反禁止性规定的问题，须先行整改`, en: `${prohibited.length} finding(s) breach a prohibition and must be fixed first` });
  if (required.length > 0)
    reasons.push({ "zh-CN": `存在 ${required.length} 项尚未履行的法定义务`, en: `${required.length} mandatory obligation(s) are not yet met` });
  for (const r of high)
    reasons.push({ "zh-CN": `活动“${name(r.activity)}”的风险等级为“高”，须限期整改`, en: `Activity "${name(r.activity)}" is rated high risk and needs rectification by a deadline` });
  if (stop) return { outcome: "must-stop", label: OUTCOME_LABELS["must-stop"], reasons };
  if (reasons.length > 0) return { outcome: "proceed-after-rectification", label: OUTCOME_LABELS["proceed-after-rectification"], reasons };

  return {
    outcome: "may-proceed",
    label: OUTCOME_LABELS["may-proceed"],
    reasons: [
      {
        "zh-CN": "未发现违反禁止性规定或未履行的法定义务，剩余风险处于可接受水平；应持续落实保护措施并按期复评",
        en: "No prohibition is breached and no mandatory obligation is unmet; residual risk is acceptable. Keep the measures in place and review on schedule",
      },
    ],
  };
}
