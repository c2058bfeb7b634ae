// The few helpers templates may call (knownHelpersOnly): comparisons, arithmetic for numbering,
// and the risk-shading directive. Labels, dates and joins are done in the view model.
import type { HelperDelegate } from "handlebars";
import { escapeMarkdown } from "./markdown-escape.js";
import { markup } from "./handlebars-env.js";

const LEVELS = new Set(["low", "medium", "high", "severe", "very-high"]);

/** `{{risk label key}}` → `:risk[label]{level=key}`: a run (or whole table cell) shaded by level. */
function risk(label: unknown, level: unknown): ReturnType<typeof markup> {
  const key = String(level);
  if (!LEVELS.has(key)) throw new Error(`risk helper: unknown level "${key}"; expected one of ${[...LEVELS].join(", ")}`);
  return markup(`:risk[${escapeMarkdown(String(label))}]{level=${key}}`);
}

/** `{{plural n "duty" "duties"}}` → "1 duty", "3 duties", "no duties": English counts without "(s)". */
function plural(count: unknown, one: unknown, many: unknown): string {
  const n = Number(count);
  if (!Number.isFinite(n)) throw new Error(`plural helper: "${String(count)}" is not a number`);
  if (n === 0) return `no ${String(many)}`;
  return `${n} ${n === 1 ? String(one) : String(many)}`;
}

export const helpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  not: (a: unknown) => !a,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  gt: (a: unknown, b: unknown) => Number(a) > Number(b),
  add: (a: unknown, b: unknown) => Number(a) + Number(b),
  risk,
  plural,
};

/** For `knownHelpersOnly`: ours, plus Handlebars' `log` explicitly switched off. */
export const knownHelpers: Record<string, boolean> = { ...Object.fromEntries(Object.keys(helpers).map((k) => [k, true])), log: false };
