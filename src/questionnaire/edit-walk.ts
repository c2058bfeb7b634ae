// Review and edit (`pipia edit`): the questionnaire's sections as a menu with each one's state, and a
// walk through one section that offers the current answers as defaults and can step back. The
// walk works on a flat list of the questions a section asks *now* (conditions evaluated against the
// current answers), so "back" is an index step; a `when` reads only earlier questions, so changing
// an answer never moves the questions before it.
import type { Prompts } from "../cli/prompts.js";
import type { Lang } from "../model/enums.js";
import { assessmentSchema } from "../model/assessment.js";
import { formatPath } from "../model/format-issues.js";
import { isRecord, setAt, type Answers } from "./answers.js";
import { Asker } from "./ask-question.js";
import { evaluate, getAt, resolvePath, type PathKey, type Scope } from "./conditions.js";
import { isGoBack } from "./go-back.js";
import { accepts, minItems, schemaAt } from "./schema-at.js";
import { askFlags } from "./ask-flags.js";
import type { FlagsStep, GroupQuestion, LeafQuestion, NullableQuestion, SectionStep, Step, Text } from "./types.js";

/** One question as the walk asks it: a leaf, "is there a …?" of a nullable, "any …?" / "another …?" of a list. */
export type Entry =
  | { readonly kind: "leaf"; readonly q: LeafQuestion; readonly scope: Scope; readonly keys: PathKey[] }
  | { readonly kind: "nullable"; readonly q: NullableQuestion; readonly scope: Scope; readonly keys: PathKey[] }
  | { readonly kind: "any" | "more"; readonly q: GroupQuestion; readonly scope: Scope; readonly keys: PathKey[] }
  | { readonly kind: "flags"; readonly step: FlagsStep; readonly scope: Scope; readonly keys: PathKey[]; readonly each: PathKey[][] };

type Hidden = { readonly keys: PathKey[]; readonly value: unknown };

/** The questions `steps` asks given `data`, in order, and the skipped ones that have a default. */
export function flatten(steps: readonly Step[], data: Answers, scope: Scope): { entries: Entry[]; hidden: Hidden[] } {
  const entries: Entry[] = [];
  const hidden: Hidden[] = [];
  const walk = (list: readonly Step[], sc: Scope): void => {
    for (const step of list) {
      if (step.type === "section") {
        walk(step.steps, sc);
        continue;
      }
      if (step.type === "flags") {
        const each = step.steps.map((q) => resolvePath(q.id, sc));
        entries.push({ kind: "flags", step, scope: sc, keys: each[0] ?? [], each });
        continue;
      }
      const keys = resolvePath(step.id, sc);
      if (step.when && !evaluate(step.when, data, sc)) {
        if (step.default !== undefined) hidden.push({ keys, value: step.default });
        continue;
      }
      const value = getAt(data, keys);
      if (step.type === "nullable") {
        entries.push({ kind: "nullable", q: step, scope: sc, keys });
        if (isRecord(value)) walk(step.steps, sc);
      } else if (step.type === "group") {
        const min = minItems(schemaAt(step.id));
        if (min === 0) entries.push({ kind: "any", q: step, scope: sc, keys });
        const items = Array.isArray(value) ? value : [];
        items.forEach((_, index) => walk(step.steps, [...sc, { group: step.id, index }]));
        if (items.length > 0 || min > 0) entries.push({ kind: "more", q: step, scope: sc, keys });
      } else entries.push({ kind: "leaf", q: step, scope: sc, keys });
    }
  };
  walk(steps, scope);
  return { entries, hidden };
}

export type SectionState = "complete" | "open" | "invalid";

/** A menu entry: a section, or a section of one item of a repeated group (activity #2 · storage). */
export type MenuSection = { readonly section: SectionStep; readonly scope: Scope; readonly title: string };

export function menuSections(steps: readonly Step[], data: Answers, lang: Lang): MenuSection[] {
  const out: MenuSection[] = [];
  for (const step of steps) {
    if (step.type === "section") out.push({ section: step, scope: [], title: step.title[lang] });
    else if (step.type === "group") {
      const items = getAt(data, resolvePath(step.id, []));
      const count = Array.isArray(items) ? items.length : 0;
      for (let index = 0; index < count; index++)
        for (const s of step.steps)
          if (s.type === "section") out.push({ section: s, scope: [{ group: step.id, index }], title: `${step.item[lang]} #${index + 1} · ${s.title[lang]}` });
    }
  }
  return out;
}

const startsWith = (path: readonly PropertyKey[], prefix: readonly PathKey[]): boolean =>
  prefix.length <= path.length && prefix.every((k, i) => path[i] === k);

/** Paths of the answers file's problems other than missing answers (those make a section "open"). */
export function problemPaths(data: Answers): PropertyKey[][] {
  const r = assessmentSchema.safeParse(data);
  if (r.success) return [];
  return r.error.issues.filter((i) => getAt(data, i.path.filter((k): k is PathKey => typeof k !== "symbol")) !== undefined).map((i) => i.path);
}

export function sectionState(m: MenuSection, data: Answers, problems: readonly PropertyKey[][]): SectionState {
  const { entries } = flatten([m.section], data, m.scope);
  const mine = (p: readonly PropertyKey[]): boolean =>
    entries.some((e) => (e.kind === "leaf" && startsWith(p, e.keys)) || (e.kind === "flags" && e.each.some((k) => startsWith(p, k))));
  if (problems.some(mine)) return "invalid";
  const missing = entries.some((e) => {
    if (e.kind === "flags") return e.each.some((k) => getAt(data, k) === undefined);
    const v = getAt(data, e.keys);
    if (e.kind === "leaf") return v === undefined && !accepts(schemaAt(e.q.id), undefined);
    return e.kind !== "more" && v === undefined;
  });
  return missing ? "open" : "complete";
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

const UI = {
  backHint: { "zh-CN": "（按 Esc 返回上一题；回车保留当前答案）", en: "(Esc: back to the previous question; Enter keeps the current answer)" },
} as const satisfies Record<string, Text>;

export type WalkOptions = {
  /** The whole questionnaire: an answer may skip questions of later sections, which then get their defaults. */
  readonly steps: readonly Step[];
  readonly prompts: Prompts;
  readonly lang: Lang;
  readonly answers: Answers;
  readonly save: (answers: Answers) => Promise<void>;
};

/**
 * Walk one section with the current answers as defaults. Esc on a question goes back one question
 * (from the first, back to the menu). Each changed answer is saved at once; a question that an
 * answer now skips gets its default, as on a first run.
 */
export async function walkSection(m: MenuSection, o: WalkOptions): Promise<void> {
  const data = o.answers;
  const asker = new Asker(o.prompts, o.lang, () => data);
  const set = async (keys: readonly PathKey[], value: unknown): Promise<void> => setMany([[keys, value]]);
  const setMany = async (changes: readonly (readonly [readonly PathKey[], unknown])[]): Promise<void> => {
    const before = flatten(o.steps, data, []).hidden.map((h) => formatPath(h.keys));
    for (const [keys, value] of changes) setAt(data, keys, value);
    for (const h of flatten(o.steps, data, []).hidden)
      if (!before.includes(formatPath(h.keys)) && !same(getAt(data, h.keys), h.value)) setAt(data, h.keys, structuredClone(h.value));
    await o.save(data);
  };
  o.prompts.note(m.title, "title");
  o.prompts.note(`  ${UI.backHint[o.lang]}`, "help");
  for (let i = 0; i >= 0; ) {
    const entry = flatten([m.section], data, m.scope).entries[i];
    if (entry === undefined) return;
    try {
      if (entry.kind === "flags") {
        o.prompts.note(`  ${entry.step.help[o.lang]}`, "help");
        const ticked = await askFlags(o.prompts, o.lang, entry.step, entry.scope, data, { back: true });
        const changed = ticked.filter(([k, on]) => getAt(data, k) !== on);
        if (changed.length > 0) await setMany(changed);
        i++;
        continue;
      }
      const current = getAt(data, entry.keys);
      const name = formatPath(entry.keys);
      const message = entry.q.message[o.lang];
      if (entry.kind === "leaf") {
        o.prompts.note(`  ${entry.q.help[o.lang]}`, "help");
        const value = await asker.ask(entry.q, schemaAt(entry.q.id), entry.scope, entry.keys, { current: current ?? entry.q.default, back: true });
        if (!same(value, current)) await set(entry.keys, value);
      } else if (entry.kind === "nullable") {
        o.prompts.note(`  ${entry.q.help[o.lang]}`, "help");
        const yes = await o.prompts.confirm({ name, message, back: true, ...(current !== undefined ? { default: current !== null } : {}) });
        if (!yes && current !== null) await set(entry.keys, null);
        if (yes && !isRecord(current)) await set(entry.keys, {});
      } else if (entry.kind === "any") {
        o.prompts.note(`  ${entry.q.help[o.lang]}`, "help");
        const has = Array.isArray(current) && current.length > 0;
        const yes = await o.prompts.confirm({ name, message, back: true, default: has });
        if (!yes && !(Array.isArray(current) && current.length === 0)) await set(entry.keys, []);
        if (yes && !has) await set(entry.keys, [{}]);
      } else {
        const yes = await o.prompts.confirm({ name: `${name}#more`, message: entry.q.more[o.lang], back: true, default: false });
        if (yes) {
          await set([...entry.keys, Array.isArray(current) ? current.length : 0], {});
          continue; // the new item's first question now stands at index i
        }
      }
      i++;
    } catch (e) {
      if (!isGoBack(e)) throw e;
      i--;
    }
  }
}
