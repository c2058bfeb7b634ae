// Judgement scenarios: test/fixtures/scenarios/*.yaml = { description, base: <sample>, patch,
// expect: { fired: [exact rule ids], outcome, activities: { id: outcome }, processor } }.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { loadSample, mergePatch, type Json } from "./fixtures.js";
import { validateAnswers } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/types.js";

const DIR = join(import.meta.dirname, "..", "fixtures", "scenarios");

export type Scenario = {
  readonly file: string;
  readonly description: string;
  readonly base: string;
  readonly patch: Json;
  readonly expect: {
    readonly fired: readonly string[];
    readonly outcome: string;
    readonly activities: Readonly<Record<string, string>>;
    readonly processor: string;
  };
};

export function loadScenarios(): Scenario[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((file) => ({ file, ...(parse(readFileSync(join(DIR, file), "utf8")) as Omit<Scenario, "file">) }));
}

export function analyseScenario(s: Scenario): Analysis {
  return analyze(validateAnswers(s.file, mergePatch(loadSample(s.base), s.patch ?? {})));
}
