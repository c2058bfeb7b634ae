// Lint-style text for `pipia check`: the conclusion per activity and the findings that decide it
// first, then the findings grouped by consequence (what must happen now), past breaches, risk and
// filing. Plain text unless colour is asked for (a TTY without NO_COLOR).
import type { Analysis, Finding, Outcome, Severity } from "../analysis/types.js";
import { CONSEQUENCES, SEVERITIES } from "../analysis/types.js";
import type { Lang } from "../model/enums.js";
import { label } from "../model/labels.js";

const COLOURS: Record<Severity | "ok" | "dim", string> = {
  prohibited: "\x1b[31m",
  required: "\x1b[33m",
  risk: "\x1b[35m",
  advice: "\x1b[36m",
  ok: "\x1b[32m",
  dim: "\x1b[2m",
};

export function formatAnalysis(an: Analysis, lang: Lang, colour: boolean): string {
  const c = (k: keyof typeof COLOURS, s: string): string => (colour ? `${COLOURS[k]}${s}\x1b[0m` : s);
  const zh = lang === "zh-CN";
  const lines: string[] = [];
  const outcomeColour = (o: Outcome): keyof typeof COLOURS => (o === "may-proceed" ? "ok" : o === "must-stop" ? "prohibited" : "required");
  lines.push(c(outcomeColour(an.conclusion.outcome), `${zh ? "结论" : "Conclusion"}: ${an.conclusion.label[lang]}`));
  for (const x of an.conclusion.activities) {
    lines.push(`  ${c(outcomeColour(x.outcome), x.label[lang])} — ${x.name} (${x.activity})`);
    const seen = new Set<string>();
    for (const d of x.decisive) {
      const k = `${d.ruleId} ${d.ground[lang]}`;
      if (seen.has(k)) continue;
      seen.add(k);
      lines.push(`      ${c("dim", d.ruleId)} ${d.ground[lang]}`);
    }
  }
  if (an.conclusion.processor.outcome !== "may-proceed") {
    lines.push(`  ${c(outcomeColour(an.conclusion.processor.outcome), label("outcome", an.conclusion.processor.outcome)[lang])} — ${zh ? "处理者整体" : "the processor as a whole"}`);
    const seen = new Set<string>();
    for (const d of an.conclusion.processor.decisive) {
      const k = `${d.ruleId} ${d.ground[lang]}`;
      if (!seen.has(k)) lines.push(`      ${c("dim", d.ruleId)} ${d.ground[lang]}`);
      seen.add(k);
    }
  }
  if (an.conclusion.overrideNote !== null) lines.push(`  ${an.conclusion.overrideNote[lang]}`);
  lines.push("");
  const open = an.findings.filter((f) => !f.satisfied && f.status === "open");
  for (const con of CONSEQUENCES) {
    const group = open.filter((f) => f.consequence === con);
    if (group.length === 0) continue;
    lines.push(c(con === "stop" ? "prohibited" : con === "improve" ? "advice" : "required", `${label("consequence", con)[lang]} (${group.length})`));
    for (const f of group) lines.push(...findingLines(f, lang, c));
    lines.push("");
  }
  const past = an.findings.filter((f) => f.status === "past-breach");
  if (past.length > 0) {
    lines.push(c("required", zh ? `已发生且无法补正的违规 (${past.length})` : `Past breaches that cannot be cured (${past.length})`));
    for (const f of past) lines.push(...findingLines(f, lang, c));
    lines.push("");
  }
  const met = an.findings.filter((f) => f.satisfied);
  if (met.length > 0) {
    lines.push(c("ok", zh ? `已满足的义务 (${met.length})` : `Obligations already met (${met.length})`));
    for (const f of met) lines.push(`  ${c("dim", f.ruleId)} ${f.title[lang]}`);
    lines.push("");
  }
  lines.push(zh ? "风险评级（GB/T 39335）" : "Risk rating (GB/T 39335)");
  for (const r of an.risk)
    lines.push(
      `  ${r.activity}: ${zh ? "影响" : "impact"} ${label("impactLevel", r.impact)[lang]} × ${zh ? "可能性" : "likelihood"} ${label("likelihoodLevel", r.likelihood.level)[lang]} → ${label("impactLevel", r.level)[lang]}${r.highRisk ? (zh ? "（高风险处理活动）" : " (high-risk activity)") : ""}`,
    );
  const fl = an.dates.filing;
  lines.push(
    zh
      ? `人脸识别备案：存储 ${fl.storedFaces} 人；${filingText(an, lang)}`
      : `Face-recognition filing: ${fl.storedFaces} people stored; ${filingText(an, lang)}`,
  );
  lines.push("");
  const sum = SEVERITIES.map((s) => `${label("severity", s)[lang]} ${an.counts[s]}`).join(" · ");
  lines.push(sum);
  return lines.join("\n");
}

function filingText(an: Analysis, lang: Lang): string {
  const fl = an.dates.filing;
  const zh = lang === "zh-CN";
  const d = fl.deadline ? `${fl.deadline.date}${fl.deadline.estimated ? (zh ? "（估算）" : " (estimated)") : ""}` : "";
  switch (fl.status) {
    case "not-required":
      return zh ? "无需备案" : "not required";
    case "approaching":
      return zh ? "接近 10 万人，应预先准备备案" : "approaching 100,000 — prepare to file";
    case "due":
      return zh ? `须于 ${d} 前备案` : `file by ${d}`;
    case "overdue":
      return zh ? `已逾期（期限 ${d}）` : `overdue (deadline ${d})`;
    case "filed":
      return zh ? "已备案" : "filed";
  }
}

function findingLines(f: Finding, lang: Lang, c: (k: keyof typeof COLOURS, s: string) => string): string[] {
  const cites = f.citations.map((x) => `${x.label[lang]}${x.unconfirmed ? "†" : ""}`).join("; ");
  return [
    `  ${c(f.severity, f.ruleId)} [${label("severity", f.severity)[lang]}] ${f.title[lang]}`,
    `      ${f.detail[lang]}`,
    `      ${c("dim", `${f.at} · ${cites}`)}`,
  ];
}
