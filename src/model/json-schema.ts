// The answers file's JSON Schema (draft-07, which editors' YAML extensions and ajv's default class
// support), generated from the zod schema (io: input), with a zh-CN + en description on every
// property attached from field-descriptions (not from .meta() calls in the model).
import { z } from "zod";
import { assessmentSchema } from "./assessment.js";
import { fieldDescriptions } from "./field-descriptions.js";
import { toolVersion } from "../version.js";

type JsonSchema = { [key: string]: unknown };

/** Where the published package serves its schemas: the address `$id` and `pipia new` use. */
export function schemaUrl(file: "assessment.schema.json" | "analysis.schema.json" | "rules.schema.json"): string {
  return `https://unpkg.com/pipia@${toolVersion()}/schema/${file}`;
}

/** Calls `visit(path, node)` for every property schema, `[]` marking list items. */
export function forEachProperty(node: JsonSchema, visit: (path: string, property: JsonSchema) => void, path = ""): void {
  const props = node["properties"];
  if (typeof props === "object" && props !== null)
    for (const [key, child] of Object.entries(props as Record<string, JsonSchema>)) {
      const at = path === "" ? key : `${path}.${key}`;
      visit(at, child);
      forEachProperty(child, visit, at);
    }
  const items = node["items"];
  if (typeof items === "object" && items !== null && !Array.isArray(items)) forEachProperty(items as JsonSchema, visit, `${path}[]`);
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    const list = node[key];
    if (Array.isArray(list)) for (const s of list as JsonSchema[]) forEachProperty(s, visit, path);
  }
}

export function answersJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(assessmentSchema, { io: "input", target: "draft-07", unrepresentable: "any" }) as JsonSchema;
  const descriptions = fieldDescriptions();
  forEachProperty(schema, (path, property) => {
    const d = descriptions.get(path);
    if (d) property["description"] = `${d["zh-CN"]}\n${d.en}`;
  });
  const { $schema, ...rest } = schema;
  return {
    $schema,
    $id: schemaUrl("assessment.schema.json"),
    title: "pipia answers file",
    description: "个人信息保护影响评估（人脸识别）答卷\nFacts of a PIPL personal information protection impact assessment (face recognition focus)",
    ...rest,
  };
}
