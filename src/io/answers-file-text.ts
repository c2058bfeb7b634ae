// The text `pipia new` saves: the answers, headed by the line that points editors at the schema
// (YAML: the yaml-language-server comment; JSON: a "$schema" key), so completion and inline checks
// work in a file the questionnaire started.
import { extname } from "node:path";
import { schemaUrl } from "../model/json-schema.js";
import { serializeAnswers, type Answers } from "../questionnaire/answers.js";

export function schemaLine(): string {
  return `# yaml-language-server: $schema=${schemaUrl("assessment.schema.json")}`;
}

export function answersFileText(file: string, answers: Answers): string {
  if (extname(file).toLowerCase() === ".json") return serializeAnswers(file, { ...answers, $schema: schemaUrl("assessment.schema.json") });
  return `${schemaLine()}\n${serializeAnswers(file, answers)}`;
}
