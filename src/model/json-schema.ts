// The answers file's JSON Schema, generated from the zod schema (io: input) for editors.
import { z } from "zod";
import { assessmentSchema } from "./assessment.js";

export function answersJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(assessmentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://pipia.dev/schema/assessment.schema.json",
    title: "pipia answers file",
    description: "Facts of a PIPL personal information protection impact assessment (face recognition focus).",
  };
}
