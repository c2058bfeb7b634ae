// The report's "changes since the previous assessment": the diff from last year's assessment
// (src/diff), worded for the report — facts with their questions and labelled values, the findings
// opened, closed and changed, the conclusions and risk levels before and after. Only words what the
// diff holds. The report's own particulars (number, date, version, the previous assessment) are not
// listed as facts: the document control states them.
import type { AssessmentDiff, FactChange, FactValue, FindingChange, FindingState } from "../diff/types.js";
import type { Bilingual } from "../vocab/types.js";
import type { Lang } from "../model/enums.js";
import { label } from "../model/labels.js";
import { fieldDescriptions } from "../model/field-descriptions.js";
import { loadQuestionnaire } from "../questionnaire/index.js";
import type { LeafQuestion } from "../questionnaire/types.js";
import { formatDate } from "../dates/index.js";

const DASH = "—";
/** Longest value quoted in the report; longer text is cut (the body of the report has it in full). */
const VALUE_MAX = 300;

let choiceQuestions: ReadonlyMap<string, LeafQuestion> | undefined;

/** Questions with a fixed list of answers, by id: their labels name the stored values. */
function choiceQuestion(field: string): LeafQuestion | undefined {
  if (choiceQuestions === undefined) {
    const map = new Map<string, LeafQuestion>();
    for (const q of loadQuestionnaire().questions)
      if (q.type !== "group" && q.type !== "nullable" && (q.choicesFrom !== undefined || q.choices !== undefined)) map.set(q.id, q);
    choiceQuestions = map;
  }
  return choiceQuestions.get(field);
}

/** One path segment: a field name and, for a list item, its key (`id=gate`, `category=face`, or a position). */
type Segment = { readonly name: string; readonly key: string | null };

function segments(path: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < path.length) {
    let name = "";
    while (i < path.length && path[i] !== "." && path[i] !== "[") name += path[i++];
    let key: string | null = null;
    if (path[i] === "[") {
      const end = path.indexOf("]", i);
      key = path.slice(i + 1, end < 0 ? path.length : end);
      i = end < 0 ? path.length : end + 1;
    }
    out.push({ name, key });
    if (path[i] === ".") i++;
  }
  return out;
}

export function changesView(d: AssessmentDiff | null, lang: Lang) {
  const zh = lang === "zh-CN";
  const t = (b: Bilingual): string => b[lang];
  const descriptions = fieldDescriptions();
  const outcome = (o: string | null): string => (o === null ? (zh ? "（无此活动）" : "(no such activity)") : t(label("outcome", o)));
  const activityName = (id: string | null): string =>
    id === null ? (zh ? "全局" : "Organisation-wide") : (d?.conclusion.activities.find((x) => x.activity === id)?.name ?? id);

  const choiceLabel = (field: string, v: string): string => {
    const q = choiceQuestion(field);
    const inline = q?.choices?.find((c) => c.value === v);
    if (inline) return t(inline.label);
    if (q?.choicesFrom !== undefined) {
      try {
        return t(label(q.choicesFrom, v));
      } catch {
        return v;
      }
    }
    return v;
  };

  const cut = (s: string): string => ([...s].length > VALUE_MAX ? `${[...s].slice(0, VALUE_MAX - 1).join("")}…` : s);
  const value = (field: string, v: FactValue | undefined): string => {
    if (v === undefined) return zh ? "未填写" : "Not stated";
    if (v === null) return zh ? "无" : "None";
    if (typeof v === "boolean") return zh ? (v ? "是" : "否") : v ? "Yes" : "No";
    if (typeof v === "number") return v.toLocaleString("en-US");
    if (typeof v === "string") return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDate(v, lang) : cut(choiceLabel(field, v));
    if (Array.isArray(v)) return v.length === 0 ? (zh ? "无" : "None") : v.map((x) => value(field, x as FactValue)).join(zh ? "、" : ", ");
    return zh ? "已填写（详见正文）" : "Stated (see the body of this report)";
  };

  /** "Question（key label）" for a fact: the question's wording, and which list item it concerns. */
  const what = (f: FactChange): string => {
    const segs = segments(f.path);
    const keys: string[] = [];
    let field = "";
    for (const [i, s] of segs.entries()) {
      field = field === "" ? s.name : `${field}.${s.name}`;
      if (s.key === null) continue;
      field = `${field}[]`;
      if (i === 0 && s.name === "activities") continue; // the activity has its own column
      for (const part of s.key.split(",")) {
        const eq = part.indexOf("=");
        keys.push(eq < 0 ? (zh ? `第 ${Number(part) + 1} 项` : `item ${Number(part) + 1}`) : choiceLabel(`${field}.${part.slice(0, eq)}`, part.slice(eq + 1)));
      }
    }
    const described = descriptions.get(f.field) ?? descriptions.get(f.field.replace(/\[\]$/, ""));
    const text = described === undefined ? f.path : t(described);
    return keys.length === 0 ? text : zh ? `${text}（${keys.join("，")}）` : `${text} (${keys.join(", ")})`;
  };

  const factRow = (f: FactChange) => {
    const first = segments(f.path)[0];
    const activity = first?.name === "activities" && first.key?.startsWith("id=") ? activityName(first.key.slice(3)) : activityName(null);
    const isItem = f.field.endsWith("[]");
    const before = f.change === "added" ? (isItem ? (zh ? "无" : "None") : value(f.field, undefined)) : value(f.field, f.before);
    const after = f.change === "removed" ? (isItem ? (zh ? "已删除" : "Removed") : value(f.field, undefined)) : isItem && f.change === "added" ? (zh ? "新增（详见正文）" : "Added (see the body of this report)") : value(f.field, f.after);
    return { activity, what: what(f), before, after };
  };

  const state = (s: FindingState | null): string =>
    s === null ? DASH : [t(label("severity", s.severity)), ...(s.consequence ? [t(label("consequence", s.consequence))] : []), ...(s.status === "past-breach" ? [t(label("findingStatus", s.status))] : [])].join(zh ? "，" : ", ");
  const findingRow = (f: FindingChange) => ({ ruleId: f.ruleId, activity: activityName(f.activity), title: t(f.title), before: state(f.before), after: state(f.after) });

  if (d === null)
    return { available: false, summary: "", outcomes: [], facts: [], hasFacts: false, opened: [], hasOpened: false, closed: [], hasClosed: false, changed: [], hasChanged: false };

  const facts = d.facts.filter((f) => !f.path.startsWith("assessment.")).map(factRow);
  const opened = d.findings.filter((f) => f.change === "opened").map(findingRow);
  const closed = d.findings.filter((f) => f.change === "closed").map(findingRow);
  const changed = d.findings.filter((f) => f.change === "changed").map(findingRow);
  const prevName = [d.before.documentNumber, formatDate(d.before.date, lang)].filter((x): x is string => x !== null).join(zh ? "，" : ", ");
  const o = d.conclusion.overall;
  const conclusionSentence = o.changed
    ? zh
      ? `整体结论由“${outcome(o.before)}”变为“${outcome(o.after)}”。`
      : `The overall conclusion changes from "${outcome(o.before)}" to "${outcome(o.after)}".`
    : zh
      ? `整体结论仍为“${outcome(o.after)}”。`
      : `The overall conclusion remains "${outcome(o.after)}".`;
  const summary = zh
    ? `与上次评估（${prevName}）相比，处理活动的事实变化 ${facts.length} 项；新发现问题 ${opened.length} 项，上次评估发现的问题中已不再存在的 ${closed.length} 项（已整改或因事实变化不再适用），严重程度或处理要求发生变化的 ${changed.length} 项。${conclusionSentence}`
    : `Compared with the previous assessment (${prevName}), ${facts.length} fact${facts.length === 1 ? "" : "s"} of the processing changed; ${opened.length} new finding${opened.length === 1 ? "" : "s"} arose, ${closed.length} finding${closed.length === 1 ? "" : "s"} of the previous assessment no longer stand${closed.length === 1 ? "s" : ""} (remedied, or no longer applicable because the facts changed), and ${changed.length} finding${changed.length === 1 ? "" : "s"} changed in severity or consequence. ${conclusionSentence}`;
  const riskText = (r: { level: string; highRisk: boolean } | null): string =>
    r === null ? DASH : `${t(label("impactLevel", r.level))}${r.highRisk ? (zh ? "（高风险处理活动）" : " (high-risk activity)") : ""}`;
  const outcomes = [
    { name: zh ? "整体" : "Overall", before: outcome(o.before), after: outcome(o.after), riskBefore: DASH, riskAfter: DASH },
    ...d.conclusion.activities.map((x) => {
      const r = d.risk.find((y) => y.activity === x.activity);
      return { name: x.name, before: outcome(x.before), after: outcome(x.after), riskBefore: riskText(r?.before ?? null), riskAfter: riskText(r?.after ?? null) };
    }),
    ...(d.conclusion.processor.changed
      ? [{ name: zh ? "处理者整体" : "The processor as a whole", before: outcome(d.conclusion.processor.before), after: outcome(d.conclusion.processor.after), riskBefore: DASH, riskAfter: DASH }]
      : []),
  ];
  return {
    available: true,
    summary,
    outcomes,
    facts,
    hasFacts: facts.length > 0,
    opened,
    hasOpened: opened.length > 0,
    closed,
    hasClosed: closed.length > 0,
    changed,
    hasChanged: changed.length > 0,
  };
}
