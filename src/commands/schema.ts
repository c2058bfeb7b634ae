import type { Command } from "./command.js";
import { answersJsonSchema } from "../model/json-schema.js";
import { parseCommandArgs } from "../cli/parse-args.js";
import { out } from "../cli/output.js";

export const command: Command = {
  name: "schema",
  summary: "print the JSON Schema of the answers file",
  help: `Usage: pipia schema

Prints the JSON Schema (draft-07) of the answers file, generated from the same zod schema
that validates it. Point your editor at it for completion, e.g. in YAML:
  # yaml-language-server: $schema=./assessment.schema.json

Example:
  pipia schema > assessment.schema.json`,
  async run(argv) {
    parseCommandArgs("schema", argv, {});
    out(JSON.stringify(answersJsonSchema(), null, 2));
    return 0;
  },
};
