// The JSON Schemas of pipia's JSON output: regenerated from the TypeScript types they must equal the
// committed files, and ajv (draft-07) validates every sample's real `check --format json` and the
// real `rules --format json` against the shipped schemas.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { generateSchemas, serialise, SCHEMA_FILES } from "../../scripts/generate-schemas.mjs";
import { assessmentSchema } from "../../src/model/assessment.js";
import { toolVersion } from "../../src/version.js";
import { draft07 } from "../helpers/ajv.js";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const shipped = (file: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, "schema", file), "utf8")) as Record<string, unknown>;
const samples = readdirSync(join(ROOT, "samples")).filter((f) => f.endsWith(".yaml"));
const analysisOf = async (sample: string): Promise<Record<string, unknown>> => JSON.parse((await runMain(["check", `samples/${sample}`, "--format", "json"])).stdout) as Record<string, unknown>;

describe("output JSON Schemas", () => {
  it("are what scripts/generate-schemas.mjs makes from the types (else: npm run schemas)", { timeout: 180_000 }, () => {
    const fresh = generateSchemas({ assessmentSchema, version: toolVersion(), toJSONSchema: z.toJSONSchema });
    for (const file of SCHEMA_FILES)
      expect(readFileSync(join(ROOT, "schema", file), "utf8"), `schema/${file} is out of date: run npm run schemas`).toBe(serialise(fresh[file]));
  });

  const analysis = draft07().compile(shipped("analysis.schema.json"));

  it.each(samples)("the analysis schema accepts `pipia check %s --format json`", async (sample) => {
    const ok = analysis(await analysisOf(sample));
    expect(analysis.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the analysis schema rejects an unknown severity and an unknown field", async () => {
    const an = (await analysisOf("residential-gate.yaml")) as { findings: Record<string, unknown>[] } & Record<string, unknown>;
    const first = an.findings[0] ?? {};
    expect(analysis({ ...an, findings: [{ ...first, severity: "fatal" }] })).toBe(false);
    expect(analysis.errors?.map((e) => e.instancePath)).toContain("/findings/0/severity");
    expect(analysis({ ...an, extra: 1 })).toBe(false);
  });

  it("the diff schema accepts `pipia diff --format json` and requires its version", async () => {
    const diff = draft07().compile(shipped("diff.schema.json"));
    const out = JSON.parse((await runMain(["diff", "test/fixtures/diff/office-v1.yaml", "test/fixtures/diff/office-v2.yaml", "--format", "json"])).stdout) as Record<string, unknown>;
    expect(diff(out)).toBe(true);
    expect(diff.errors ?? []).toEqual([]);
    expect(diff({ ...out, schemaVersion: 2 })).toBe(false);
    expect(diff({ ...out, findings: [{ ...(out["findings"] as Record<string, unknown>[])[0], change: "reopened" }] })).toBe(false);
  });

  it("the rules schema accepts `pipia rules --format json` and requires its version", async () => {
    const rules = draft07().compile(shipped("rules.schema.json"));
    const listing = JSON.parse((await runMain(["rules", "--format", "json"])).stdout) as Record<string, unknown>;
    expect(rules(listing)).toBe(true);
    expect(rules({ ...listing, schemaVersion: 2 })).toBe(false);
    expect(rules(listing["rules"])).toBe(false);
  });
});
