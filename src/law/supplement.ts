// Articles added by rules FR-021…FR-041 to laws whose main entry lives in src/law/laws/.
// Merged into the registry by src/law/registry.ts: { [lawId]: { [article]: Article } }.
import type { Article } from "./types.js";

export const supplement: Readonly<Record<string, Readonly<Record<string, Article>>>> = {};
