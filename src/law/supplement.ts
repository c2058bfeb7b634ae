// Corrections and additions to the laws in src/law/laws/ (e.g. articles added by rules FR-021…FR-041),
// merged by src/law/registry.ts: { [lawId]: { [article]: Article } }. An entry here replaces the
// article of the same key; a law id the registry does not know is an error. Empty by default.
import type { Article } from "./types.js";

export const supplement: Readonly<Record<string, Readonly<Record<string, Article>>>> = {};
