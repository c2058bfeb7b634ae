// Read a possibly partial answers file leniently: YAML/JSON syntax only; the schema is checked later.
import { exists } from "../io/atomic-write.js";
import { parseAnswersText, readAnswersText } from "../io/load-answers.js";
import { PipiaError, ValidationError } from "../errors.js";
import { shapeProblems } from "./shape.js";
import { isRecord, type Answers } from "./answers.js";

export async function readPartial(file: string, o: { readonly mustExist?: boolean } = {}): Promise<Answers> {
  if (!o.mustExist && !(await exists(file))) return {};
  let text: string;
  try {
    text = await readAnswersText(file);
  } catch (e) {
    // An empty file is a fresh start for `pipia new`.
    if (!o.mustExist && e instanceof PipiaError && / is empty;/.test(e.message)) return {};
    throw e;
  }
  const data = parseAnswersText(file, text);
  if (data === null || data === undefined) return {}; // only comments
  if (!isRecord(data)) throw new PipiaError(`${file}: expected a mapping of sections (processor, assessment, …), got ${Array.isArray(data) ? "a list" : JSON.stringify(data)}`);
  // A file of the wrong shape is refused naming every misplaced path (exit 2), not half-resumed.
  const problems = shapeProblems(data);
  if (problems.length > 0) throw new ValidationError(problems.map((p) => `${file}: ${p}; fix or delete that entry, then run pipia new again`));
  return data;
}
