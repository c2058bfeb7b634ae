#!/usr/bin/env node
// @ts-check
// Regenerates the JSON Schemas of pipia's JSON output from the TypeScript types, so they cannot
// drift from the code:
//   schema/analysis.schema.json  `pipia check --format json` (type Analysis, src/vocab/types.ts)
//   schema/rules.schema.json     `pipia rules --format json` (type RulesListing, src/api/rules-listing.ts)
//   schema/diff.schema.json      `pipia diff --format json` (type AssessmentDiff, src/diff/types.ts)
// and, for one command to refresh them all, schema/assessment.schema.json (`pipia schema`).
//
//   npm run schemas            (builds, then: node scripts/generate-schemas.mjs [--check])
//
// ts-json-schema-generator reads the types. The answers inside an analysis are zod's output type,
// which it cannot read, so `Assessment` becomes a definition filled with zod's own JSON Schema of
// the parsed answers (io: output). A test fails, naming this command, when the committed files
// differ from what it generates.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import tsj from "ts-json-schema-generator";
import ts from "typescript";

const root = join(import.meta.dirname, "..");
export const SCHEMA_FILES = /** @type {const} */ (["analysis.schema.json", "rules.schema.json", "diff.schema.json"]);
/** @typedef {(typeof SCHEMA_FILES)[number]} SchemaFile */

/** Stands in for zod-inferred types declared in src/model/assessment.ts. */
class ZodAssessmentParser {
  /** @param {ts.Node} node */
  supportsNode(node) {
    return ts.isTypeReferenceNode(node) && node.typeName.getText() === "Assessment" && (node.getSourceFile().fileName.includes("/src/vocab/") || node.getSourceFile().fileName.includes("/src/analysis/"));
  }
  createType() {
    return new tsj.DefinitionType("Assessment", new tsj.ObjectType("pipia-assessment", [], [new tsj.ObjectProperty("__zod", new tsj.LiteralType(true), true)], false));
  }
}

/**
 * @param {string} path source file, relative to the repository
 * @param {string} type exported type name
 * @returns {Record<string, unknown>}
 */
function fromType(path, type) {
  /** @type {import("ts-json-schema-generator").CompletedConfig} */
  const config = { ...tsj.DEFAULT_CONFIG, path: join(root, path), type, tsconfig: join(root, "tsconfig.build.json"), skipTypeCheck: true, additionalProperties: false, expose: "export", topRef: true, jsDoc: "extended", sortProps: true };
  const program = tsj.createProgram(config);
  const parser = tsj.createParser(program, config, (chain) => chain.addNodeParser(new ZodAssessmentParser()));
  const generator = new tsj.SchemaGenerator(program, parser, tsj.createFormatter(config), config);
  return /** @type {Record<string, unknown>} */ (JSON.parse(JSON.stringify(generator.createSchema(type))));
}

/**
 * @param {{ assessmentSchema: import("zod").ZodType; version: string; toJSONSchema: (s: import("zod").ZodType, o: object) => unknown }} input
 * @returns {Record<SchemaFile, Record<string, unknown>>}
 */
export function generateSchemas({ assessmentSchema, version, toJSONSchema }) {
  const id = (/** @type {string} */ file) => `https://unpkg.com/pipia@${version}/schema/${file}`;
  const analysis = fromType("src/vocab/types.ts", "Analysis");
  const definitions = /** @type {Record<string, unknown>} */ (analysis["definitions"]);
  const parsed = /** @type {Record<string, unknown>} */ (toJSONSchema(assessmentSchema, { io: "output", target: "draft-07", unrepresentable: "any" }));
  delete parsed["$schema"];
  definitions["Assessment"] = { description: "The answers file as pipia parsed it (defaults filled in, text trimmed).", ...parsed };
  const rules = fromType("src/api/rules-listing.ts", "RulesListing");
  const diff = fromType("src/diff/types.ts", "AssessmentDiff");
  /** @param {Record<string, unknown>} s @param {string} file @param {string} title */
  const head = (s, file, title) => ({ $schema: "http://json-schema.org/draft-07/schema#", $id: id(file), title, ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== "$schema")) });
  return {
    "analysis.schema.json": head(analysis, "analysis.schema.json", "pipia check --format json"),
    "rules.schema.json": head(rules, "rules.schema.json", "pipia rules --format json"),
    "diff.schema.json": head(diff, "diff.schema.json", "pipia diff --format json"),
  };
}

/** @param {Record<string, unknown>} schema */
export const serialise = (schema) => `${JSON.stringify(schema, null, 2)}\n`;

async function cli() {
  const check = process.argv.includes("--check");
  const { assessmentSchema } = await import(pathToFileURL(join(root, "dist", "model", "assessment.js")).href);
  const { z } = await import("zod");
  const version = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(root, "package.json"), "utf8"))).version;
  const { answersJsonSchema } = await import(pathToFileURL(join(root, "dist", "model", "json-schema.js")).href);
  /** @type {Record<string, Record<string, unknown>>} */
  const schemas = { ...generateSchemas({ assessmentSchema, version, toJSONSchema: z.toJSONSchema }), "assessment.schema.json": answersJsonSchema() };
  let stale = 0;
  for (const [file, schema] of Object.entries(schemas)) {
    const path = join(root, "schema", file);
    const text = serialise(schema);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current === text) continue;
    if (check) {
      console.error(`schema/${file} is out of date: run npm run schemas`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote schema/${file}`);
    }
  }
  process.exitCode = stale > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await cli();
