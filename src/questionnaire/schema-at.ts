// The zod sub-schema at a question id, so a prompt validates with exactly the schema that later
// validates the answers file (design §3).
import { z } from "zod";
import { assessmentSchema } from "../model/assessment.js";
import { idSegments } from "./conditions.js";

export type Schema = z.core.$ZodType;

/** Strip optional/nullable wrappers. */
export function unwrap(schema: Schema): Schema {
  let cur = schema;
  for (;;) {
    if (cur instanceof z.core.$ZodOptional || cur instanceof z.core.$ZodNullable) cur = cur._zod.def.innerType;
    else return cur;
  }
}

/** The field schema at `id` (optional/nullable wrappers kept); throws naming the missing segment. */
export function schemaAt(id: string, root: Schema = assessmentSchema): Schema {
  let cur: Schema = root;
  let walked = "";
  for (const seg of idSegments(id)) {
    const obj = unwrap(cur);
    // A discriminated union (e.g. retention by kind): the discriminator is the enum of its options'
    // literals; a field that only some options have is optional (asked only for those kinds).
    const options = obj instanceof z.core.$ZodUnion ? obj._zod.def.options.map(unwrap) : [obj];
    if (!options.some((o) => o instanceof z.core.$ZodObject)) throw new Error(`"${id}": ${walked || "(root)"} is not an object`);
    const fields = options.flatMap((o) => (o instanceof z.core.$ZodObject && o._zod.def.shape[seg.name] !== undefined ? [o._zod.def.shape[seg.name] as Schema] : []));
    let field: Schema | undefined = fields[0];
    if (options.length > 1 && fields.length === options.length && fields.every((f) => f instanceof z.core.$ZodLiteral)) {
      const values = fields.flatMap((f) => (f instanceof z.core.$ZodLiteral ? (f._zod.def.values as unknown[]).map(String) : []));
      field = z.enum(values as [string, ...string[]]);
    } else if (field !== undefined && fields.length < options.length) field = z.optional(field as z.ZodType);
    if (field === undefined) throw new Error(`"${id}": no field "${seg.name}" in ${walked || "(root)"}`);
    cur = field;
    walked = walked === "" ? seg.name : `${walked}.${seg.name}`;
    if (seg.list) {
      const arr = unwrap(cur);
      if (!(arr instanceof z.core.$ZodArray)) throw new Error(`"${id}": ${walked} is not a list`);
      cur = arr._zod.def.element;
      walked = `${walked}[]`;
    }
  }
  return cur;
}

export type SchemaKind = "boolean" | "number" | "string" | "enum" | "enum-list" | "object" | "object-list" | "other";

export function schemaKind(schema: Schema): SchemaKind {
  const s = unwrap(schema);
  if (s instanceof z.core.$ZodBoolean) return "boolean";
  if (s instanceof z.core.$ZodNumber) return "number";
  if (s instanceof z.core.$ZodString) return "string";
  if (s instanceof z.core.$ZodEnum) return "enum";
  if (s instanceof z.core.$ZodObject) return "object";
  if (s instanceof z.core.$ZodArray) {
    const el = unwrap(s._zod.def.element);
    if (el instanceof z.core.$ZodEnum) return "enum-list";
    if (el instanceof z.core.$ZodObject) return "object-list";
  }
  return "other";
}

/** The allowed values of an enum field or of the items of an enum list, in schema order. */
export function enumValues(schema: Schema): string[] {
  let s = unwrap(schema);
  if (s instanceof z.core.$ZodArray) s = unwrap(s._zod.def.element);
  if (!(s instanceof z.core.$ZodEnum)) return [];
  return Object.values(s._zod.def.entries).map(String);
}

/** Minimum number of items of a list field (from `.min(n)`), 0 when unbounded. */
export function minItems(schema: Schema): number {
  const s = unwrap(schema);
  if (!(s instanceof z.core.$ZodArray)) return 0;
  let min = 0;
  for (const check of s._zod.def.checks ?? []) {
    if (check instanceof z.core.$ZodCheckMinLength) min = Math.max(min, check._zod.def.minimum);
  }
  return min;
}

export const accepts = (schema: Schema, value: unknown): boolean => z.safeParse(schema, value).success;

/** `true` or the first problem in words, for a prompt's `validate`. */
export function check(schema: Schema, value: unknown): true | string {
  const r = z.safeParse(schema, value);
  if (r.success) return true;
  return r.error.issues[0]?.message ?? "invalid answer";
}
