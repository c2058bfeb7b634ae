// zh-CN and en descriptions of every answers-file field, keyed by path (`activities[].faces.count`):
// the questionnaire's question text, overridden by schema/descriptions.yaml for fields no question
// asks directly. Attached to the JSON Schema when it is generated, so the zod model stays lean.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { dataPath } from "../paths.js";
import { loadQuestionnaire } from "../questionnaire/index.js";
import type { Step } from "../questionnaire/index.js";
import type { Bilingual } from "../analysis/types.js";

/** Trailing prompt punctuation ("报告标题：", "Report title:") is not part of a description. */
function asDescription(message: string): string {
  return message.trim().replace(/[：:]\s*$/u, "");
}

/** Section titles ("二、评估基本信息", "2. About this assessment") without their numbering. */
function asTitle(title: string): string {
  return title.trim().replace(/^[一二三四五六七八九十]+、\s*/u, "").replace(/^\d+\.\s*/, "");
}

/** Sections whose id is a top-level answers-file path (processor, security, …) describe that object. */
function addSections(steps: readonly Step[], map: Map<string, Bilingual>): void {
  for (const step of steps) {
    if (step.type === "section" && !map.has(step.id)) map.set(step.id, { "zh-CN": asTitle(step.title["zh-CN"]), en: asTitle(step.title.en) });
    if ("steps" in step) addSections(step.steps, map);
  }
}

function isBilingual(v: unknown): v is Bilingual {
  return typeof v === "object" && v !== null && typeof (v as Record<string, unknown>)["zh-CN"] === "string" && typeof (v as Record<string, unknown>)["en"] === "string";
}

let cached: ReadonlyMap<string, Bilingual> | undefined;

export function fieldDescriptions(): ReadonlyMap<string, Bilingual> {
  if (cached) return cached;
  const map = new Map<string, Bilingual>();
  const questionnaire = loadQuestionnaire();
  for (const q of questionnaire.questions) map.set(q.id, { "zh-CN": asDescription(q.message["zh-CN"]), en: asDescription(q.message.en) });
  addSections(questionnaire.steps, map);
  const file = dataPath("schema", "descriptions.yaml");
  const extra = parse(readFileSync(file, "utf8")) as unknown;
  if (typeof extra !== "object" || extra === null) throw new Error(`${file}: expected a mapping of field paths`);
  for (const [path, text] of Object.entries(extra)) {
    if (!isBilingual(text)) throw new Error(`${file}: ${path}: expected { zh-CN: text, en: text }`);
    map.set(path, { "zh-CN": text["zh-CN"].trim(), en: text.en.trim() });
  }
  cached = map;
  return map;
}
