// Lint-style text for `pipia check`: findings grouped by severity, then risk, filing and the
// conclusion. Plain text unless colour is asked for (a TTY without NO_COLOR).
import type { Analysis, Finding, Severity } from "../analysis/types.js";
import { SEVERITIES } from "../analysis/types.js";
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
  const open = an.findings.filter((f) => !f.satisfied);
  for (const sev of SEVERITIES) {
    const group = open.filter((f) => f.severity === sev);
    if (group.length === 0) continue;
    lines.push(c(sev, `${label("severity", sev)[lang]} (${group.length})`));
    for (const f of group) lines.push(...findingLines(f, lang, c));
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
  const colourOf = an.conclusion.outcome === "may-proceed" ? "ok" : an.conclusion.outcome === "must-stop" ? "prohibited" : "required";
  lines.push(c(colourOf, `${zh ? "结论" : "Conclusion"}: ${an.conclusion.label[lang]}`));
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
    `  ${c(f.severity, f.ruleId)} ${f.title[lang]}`,
    `      ${f.detail[lang]}`,
    `      ${c("dim", `${f.at} · ${cites}`)}`,
  ];
}
