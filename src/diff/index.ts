export * from "./types.js";
export { diffAssessments, type DiffInput } from "./compare.js";
export { diffFacts, LIST_KEYS } from "./facts.js";
