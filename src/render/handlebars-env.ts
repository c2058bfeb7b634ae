// One isolated Handlebars environment for every template (ours and law firms' overrides):
// strict (a missing field is an error, never a silent blank), only our helpers, no prototype
// access, and `{{value}}` escaped for pipia's Markdown dialect instead of HTML, so user text is
// always literal. `{{{ }}}` is for template-owned markup only (a test lints our templates for it).
//
// Handlebars' `Utils.escapeExpression` is shared by every instance (library notes §3.2), so the
// Markdown escaper is installed once here; pipia renders nothing else with Handlebars.
import Handlebars from "handlebars";
import { escapeMarkdown } from "./markdown-escape.js";

type SafeLike = { toHTML: () => string };

function isSafe(v: unknown): v is SafeLike {
  return typeof v === "object" && v !== null && typeof (v as { toHTML?: unknown }).toHTML === "function";
}

export function markdownEscapeExpression(value: unknown): string {
  if (isSafe(value)) return value.toHTML();
  if (value === null || value === undefined) return "";
  return escapeMarkdown(String(value));
}

Handlebars.Utils.escapeExpression = markdownEscapeExpression;

export const hb = Handlebars.create();
// `create()` copies Utils by reference; make sure ours is in place on the instance too.
hb.Utils.escapeExpression = markdownEscapeExpression;
// Only pipia's helpers (and the block built-ins if/unless/each/with/lookup): `log` would let a
// template write to the terminal.
hb.unregisterHelper("log");

/** Template-owned markup returned by a helper (never user text unescaped). */
export function markup(s: string): Handlebars.SafeString {
  return new hb.SafeString(s);
}
