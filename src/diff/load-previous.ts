// The report's "changes since the previous assessment": when `assessment.previous.file` names last
// year's answers file (relative to this answers file) and it can be read and validated, the diff
// from it to this assessment. Otherwise no diff and, when a file was named, why not.
import { dirname, isAbsolute, join } from "node:path";
import { analyze } from "../analysis/analyze.js";
import type { Analysis } from "../vocab/types.js";
import { PipiaError } from "../errors.js";
import { loadAssessment } from "../io/load-answers.js";
import { diffAssessments } from "./compare.js";
import type { AssessmentDiff } from "./types.js";

export type PreviousDiff =
  | { readonly diff: AssessmentDiff; readonly problem: null }
  /** `problem`: the file was named but could not be read or is invalid (null: no file named). */
  | { readonly diff: null; readonly problem: { readonly file: string; readonly message: string } | null };

/** `file`: this assessment's answers file ("-" for standard input: the previous file is then relative to the current folder). */
export async function previousDiff(file: string, an: Analysis): Promise<PreviousDiff> {
  const prev = an.assessment.assessment.previous;
  const named = prev.exists ? prev.file?.trim() : undefined;
  if (named === undefined || named === "") return { diff: null, problem: null };
  const path = isAbsolute(named) || file === "-" ? named : join(dirname(file), named);
  try {
    const before = analyze(await loadAssessment(path));
    return { diff: diffAssessments({ file: named, analysis: before }, { file, analysis: an }), problem: null };
  } catch (e) {
    if (!(e instanceof PipiaError)) throw e;
    return { diff: null, problem: { file: path, message: e.message.split("\n")[0] ?? e.message } };
  }
}
