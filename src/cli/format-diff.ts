// `pipia diff` as text (for the terminal) and Markdown (for a ticket or an e-mail), in one language.
// Facts are shown by answers-file path with their values as written in the files (long text cut
// at VALUE_MAX characters); findings, risk levels and outcomes with their labels.
import type { ActivityOutcomeChange, AssessmentDiff, DiffSide, FactChange, FactValue, FindingChange, FindingState, RiskState } from "../diff/types.js";
import type { Lang } from "../model/enums.js";
import { label } from "../model/labels.js";

export const DIFF_FORMATS = ["text", "json", "markdown"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Longest value shown in text and Markdown (the JSON has every value in full). */
export const VALUE_MAX = 120;

type Words = ReturnType<typeof words>;

const words = (lang: Lang) =>
  lang === "zh-CN"
    ? {
        title: "评估变化对比",
        compared: (b: string, a: string) => `比较：${b} → ${a}`,
        identical: "两次评估的事实、问题、风险等级和结论均无差异。",
        conclusion: "结论",
        overall: "整体",
        processor: "处理者整体",
        risk: "风险等级（GB/T 39335）",
        findings: (c: AssessmentDiff["counts"]) => `问题：新出现 ${c.opened} 项 · 已关闭 ${c.closed} 项 · 严重程度或处理要求变化 ${c.changed} 项`,
        facts: (n: number) => `事实变化（${n} 项）`,
        none: "无",
        absent: "（无此活动）",
        highRisk: "（高风险处理活动）",
        unchanged: "（未变）",
        opened: "新出现",
        closed: "已关闭",
        changed: "已变化",
        added: "新增",
        removed: "删除",
        factChanged: "修改",
        processorWide: "全局",
        colActivity: "处理活动",
        colBefore: "上次",
        colAfter: "本次",
        colRule: "规则",
        colFinding: "问题",
        colChange: "变化",
        colState: "严重程度、处理要求、状态",
        colPath: "路径",
        colon: "：",
      }
    : {
        title: "Changes between assessments",
        compared: (b: string, a: string) => `Compared: ${b} → ${a}`,
        identical: "The facts, findings, risk levels and conclusions of the two assessments are the same.",
        conclusion: "Conclusion",
        overall: "Overall",
        processor: "The processor as a whole",
        risk: "Risk rating (GB/T 39335)",
        findings: (c: AssessmentDiff["counts"]) => `Findings: ${c.opened} opened · ${c.closed} closed · ${c.changed} changed severity or consequence`,
        facts: (n: number) => `Facts changed (${n})`,
        none: "none",
        absent: "(no such activity)",
        highRisk: " (high-risk activity)",
        unchanged: "(unchanged)",
        opened: "opened",
        closed: "closed",
        changed: "changed",
        added: "added",
        removed: "removed",
        factChanged: "changed",
        processorWide: "organisation-wide",
        colActivity: "Activity",
        colBefore: "Before",
        colAfter: "After",
        colRule: "Rule",
        colFinding: "Finding",
        colChange: "Change",
        colState: "Severity, consequence, status",
        colPath: "Path",
        colon: ": ",
      };

function sideText(s: DiffSide, lang: Lang): string {
  const bits = [s.date, ...(s.documentNumber ? [s.documentNumber] : [])];
  return lang === "zh-CN" ? `${s.file}（${bits.join("，")}）` : `${s.file} (${bits.join(", ")})`;
}

/** A value as one line: text quoted, lists and mappings as JSON, cut at VALUE_MAX characters. */
export function valueText(v: FactValue | undefined): string {
  if (v === undefined) return "—";
  const s = JSON.stringify(v).replace(/\s+/g, " ");
  return [...s].length > VALUE_MAX ? `${[...s].slice(0, VALUE_MAX - 1).join("")}…` : s;
}

const outcomeText = (o: string | null, lang: Lang, w: Words): string => (o === null ? w.absent : label("outcome", o)[lang]);
const riskText = (r: RiskState | null, lang: Lang, w: Words): string => (r === null ? w.absent : `${label("impactLevel", r.level)[lang]}${r.highRisk ? w.highRisk : ""}`);

function stateText(s: FindingState, lang: Lang): string {
  const parts = [label("severity", s.severity)[lang], ...(s.consequence ? [label("consequence", s.consequence)[lang]] : []), label("findingStatus", s.status)[lang]];
  return parts.join(lang === "zh-CN" ? "，" : ", ");
}

function findingChangeText(f: FindingChange, lang: Lang, w: Words): string {
  if (f.change === "opened" && f.after) return stateText(f.after, lang);
  if (f.change === "closed" && f.before) return stateText(f.before, lang);
  return `${f.before ? stateText(f.before, lang) : "—"} → ${f.after ? stateText(f.after, lang) : "—"}`;
}

const activityOf = (d: AssessmentDiff, id: string | null, w: Words): string => (id === null ? w.processorWide : (d.conclusion.activities.find((x) => x.activity === id)?.name ?? id));

const MARK = { opened: "+", closed: "-", changed: "~", added: "+", removed: "-" } as const;

function factLine(f: FactChange): string {
  if (f.change === "added") return `+ ${f.path}: ${valueText(f.after)}`;
  if (f.change === "removed") return `- ${f.path}: ${valueText(f.before)}`;
  return `~ ${f.path}: ${valueText(f.before)} → ${valueText(f.after)}`;
}

function outcomeLine(name: string, x: { before: string | null; after: string | null; changed: boolean }, lang: Lang, w: Words): string {
  return `${name}${w.colon}${outcomeText(x.before, lang, w)} → ${outcomeText(x.after, lang, w)}${x.changed ? "" : ` ${w.unchanged}`}`;
}

export function formatDiffText(d: AssessmentDiff, lang: Lang): string {
  const w = words(lang);
  const lines: string[] = [w.compared(sideText(d.before, lang), sideText(d.after, lang))];
  if (d.identical) return [...lines, w.identical].join("\n");
  lines.push("", w.conclusion);
  lines.push(`  ${outcomeLine(w.overall, d.conclusion.overall, lang, w)}`);
  for (const x of d.conclusion.activities) lines.push(`  ${outcomeLine(`${x.name} (${x.activity})`, x, lang, w)}`);
  if (d.conclusion.processor.changed) lines.push(`  ${outcomeLine(w.processor, d.conclusion.processor, lang, w)}`);
  lines.push("", w.risk);
  for (const r of d.risk) lines.push(`  ${r.name} (${r.activity})${w.colon}${riskText(r.before, lang, w)} → ${riskText(r.after, lang, w)}${r.changed ? "" : ` ${w.unchanged}`}`);
  lines.push("", w.findings(d.counts));
  for (const f of d.findings) {
    lines.push(`  ${MARK[f.change]} ${f.ruleId} ${f.title[lang]} — ${activityOf(d, f.activity, w)} · ${f.at}`);
    lines.push(`      ${findingChangeText(f, lang, w)}`);
  }
  lines.push("", w.facts(d.counts.facts));
  for (const f of d.facts) lines.push(`  ${factLine(f)}`);
  return lines.join("\n");
}

/** A GFM table cell: one line, pipes and backslashes escaped. */
const cell = (s: string): string => s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
const row = (cells: readonly string[]): string => `| ${cells.map(cell).join(" | ")} |`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string[] => [row(head), `|${head.map(() => "---").join("|")}|`, ...rows.map(row)];

export function formatDiffMarkdown(d: AssessmentDiff, lang: Lang): string {
  const w = words(lang);
  const lines: string[] = [`# ${w.title}`, "", w.compared(sideText(d.before, lang), sideText(d.after, lang))];
  if (d.identical) return [...lines, "", w.identical, ""].join("\n");
  const outcomeRow = (name: string, x: { before: string | null; after: string | null }): string[] => [name, outcomeText(x.before, lang, w), outcomeText(x.after, lang, w)];
  lines.push("", `## ${w.conclusion}`, "");
  lines.push(
    ...table(
      [w.colActivity, w.colBefore, w.colAfter],
      [
        outcomeRow(w.overall, d.conclusion.overall),
        ...d.conclusion.activities.map((x: ActivityOutcomeChange) => outcomeRow(x.name, x)),
        ...(d.conclusion.processor.changed ? [outcomeRow(w.processor, d.conclusion.processor)] : []),
      ],
    ),
  );
  lines.push("", `## ${w.risk}`, "");
  lines.push(...table([w.colActivity, w.colBefore, w.colAfter], d.risk.map((r) => [r.name, riskText(r.before, lang, w), riskText(r.after, lang, w)])));
  lines.push("", `## ${w.findings(d.counts)}`, "");
  if (d.findings.length === 0) lines.push(w.none);
  else
    lines.push(
      ...table(
        [w.colRule, w.colActivity, w.colFinding, w.colChange, w.colState],
        d.findings.map((f) => [f.ruleId, activityOf(d, f.activity, w), f.title[lang], w[f.change], findingChangeText(f, lang, w)]),
      ),
    );
  lines.push("", `## ${w.facts(d.counts.facts)}`, "");
  if (d.facts.length === 0) lines.push(w.none);
  else
    lines.push(
      ...table(
        [w.colPath, w.colChange, w.colBefore, w.colAfter],
        d.facts.map((f) => [code(f.path), f.change === "added" ? w.added : f.change === "removed" ? w.removed : w.factChanged, valueText(f.before), valueText(f.after)]),
      ),
    );
  return [...lines, ""].join("\n");
}
