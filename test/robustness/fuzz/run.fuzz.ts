// One shard of a fuzz run (scripts/fuzz.mjs starts one per core): generates cases in seeded chunks
// until it has run its share or the deadline passes, checks each, saves every failing case as an
// answers file that reproduces it (`pipia render FILE --lang LANG`), and writes its results as JSON.
import fc from "fast-check";
import { expect, it } from "vitest";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fuzzCase, toAnswersJson } from "./arbitraries.js";
import { checkCase, type Problem } from "./check-case.js";
import { knownDeviation } from "./known.js";

const env = (name: string, fallback: number): number => {
  const v = process.env[name];
  return v === undefined || v === "" ? fallback : Number(v);
};

const RUNS = env("FUZZ_RUNS", 20);
const SHARD = env("FUZZ_SHARD", 0);
const SEED = env("FUZZ_SEED", 20261123);
const DEADLINE = env("FUZZ_DEADLINE", Number.MAX_SAFE_INTEGER);
const OUT = process.env["FUZZ_OUT"] ?? join(import.meta.dirname, "..", "..", "..", "out", "fuzz");
const CHUNK = 20;

export type ShardCase = {
  readonly id: string;
  readonly lang: string;
  readonly problems: readonly (Problem & { readonly known: string | null })[];
  readonly documents: readonly string[];
  readonly missingTemplates: readonly string[];
  readonly fields: readonly (readonly [string, boolean])[];
  readonly answersBytes: number;
  readonly renderMs: number;
  readonly ms: number;
  readonly reproduce: string | null;
};

export type ShardReport = {
  readonly shard: number;
  readonly target: number;
  readonly interrupted: boolean;
  readonly ms: number;
  readonly cases: readonly ShardCase[];
};

it(`fuzz shard ${SHARD}: ${RUNS} case(s)`, async () => {
  mkdirSync(join(OUT, "failures"), { recursive: true });
  const work = join(OUT, `work-${SHARD}`);
  const started = Date.now();
  const cases: ShardCase[] = [];
  let interrupted = false;
  for (let chunk = 0; cases.length < RUNS && !interrupted; chunk++) {
    const seed = SEED + SHARD * 1_000_003 + chunk;
    const batch = fc.sample(fuzzCase, { numRuns: Math.min(CHUNK, RUNS - cases.length), seed });
    for (const [i, c] of batch.entries()) {
      if (Date.now() > DEADLINE) {
        interrupted = true;
        break;
      }
      const t = performance.now();
      const r = await checkCase(c, work);
      const id = `s${seed}-${i}`;
      let reproduce: string | null = null;
      if (r.problems.length > 0) {
        reproduce = join(OUT, "failures", `${id}.${c.lang}.json`);
        writeFileSync(reproduce, toAnswersJson(c));
      }
      cases.push({
        id,
        lang: c.lang,
        problems: r.problems.map((p) => ({ ...p, known: knownDeviation(p)?.id ?? null })),
        documents: r.documents,
        missingTemplates: r.missingTemplates,
        fields: r.fields,
        answersBytes: r.answersBytes,
        renderMs: r.renderMs,
        ms: performance.now() - t,
        reproduce,
      });
      writeFileSync(join(OUT, `shard-${SHARD}.progress`), `${cases.length} ${cases.filter((x) => x.problems.some((p) => p.known === null)).length}\n`);
    }
  }
  const report: ShardReport = { shard: SHARD, target: RUNS, interrupted, ms: Date.now() - started, cases };
  writeFileSync(join(OUT, `shard-${SHARD}.json`), JSON.stringify(report));
  const unknown = cases.flatMap((c) => c.problems.filter((p) => p.known === null).map((p) => `${c.id} ${p.kind} ${p.field ?? ""}: ${p.detail}`));
  expect(unknown.slice(0, 20)).toEqual([]);
});
