// `when` conditions are data (design §3). One evaluator, relative to the current group item: inside
// activity 2, `activities[].subjects.minorsUnder14` reads activities[2].subjects.minorsUnder14.
export type Scalar = string | number | boolean | null;

export type Condition =
  | { readonly question: string; readonly equals: Scalar }
  | { readonly question: string; readonly in: readonly Scalar[] }
  | { readonly question: string; readonly includes: Scalar }
  | { readonly not: Condition }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

/** The group items being answered, outermost first: [{ group: "activities", index: 0 }, …]. */
export type Scope = readonly { readonly group: string; readonly index: number }[];

export type PathKey = string | number;

/** Split a question id into its segments: `a[].b` → [{ name: "a", list: true }, { name: "b", list: false }]. */
export function idSegments(id: string): { readonly name: string; readonly list: boolean }[] {
  return id.split(".").map((part) => (part.endsWith("[]") ? { name: part.slice(0, -2), list: true } : { name: part, list: false }));
}

/** The concrete answers-file path of a question id within `scope`; throws when a `[]` has no current item. */
export function resolvePath(id: string, scope: Scope): PathKey[] {
  const keys: PathKey[] = [];
  let prefix = "";
  for (const seg of idSegments(id)) {
    prefix = prefix === "" ? seg.name : `${prefix}.${seg.name}`;
    keys.push(seg.name);
    if (seg.list) {
      const item = scope.find((s) => s.group === prefix);
      if (!item) throw new Error(`question id "${id}": no current item of group "${prefix}"`);
      keys.push(item.index);
      prefix = `${prefix}[]`;
    }
  }
  return keys;
}

export function getAt(data: unknown, keys: readonly PathKey[]): unknown {
  let cur = data;
  for (const k of keys) {
    if (typeof k === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[k] as unknown;
    } else {
      if (cur === null || typeof cur !== "object" || Array.isArray(cur)) return undefined;
      cur = (cur as Record<string, unknown>)[k];
    }
  }
  return cur;
}

export function evaluate(condition: Condition, answers: unknown, scope: Scope): boolean {
  if ("not" in condition) return !evaluate(condition.not, answers, scope);
  if ("all" in condition) return condition.all.every((c) => evaluate(c, answers, scope));
  if ("any" in condition) return condition.any.some((c) => evaluate(c, answers, scope));
  const value = getAt(answers, resolvePath(condition.question, scope));
  if ("equals" in condition) return value === condition.equals;
  if ("in" in condition) return condition.in.some((v) => v === value);
  return Array.isArray(value) && value.some((v) => v === condition.includes);
}

/** Every question id a condition reads. */
export function conditionQuestions(condition: Condition): string[] {
  if ("not" in condition) return conditionQuestions(condition.not);
  if ("all" in condition) return condition.all.flatMap(conditionQuestions);
  if ("any" in condition) return condition.any.flatMap(conditionQuestions);
  return [condition.question];
}
