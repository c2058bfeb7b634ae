// What changed between two assessments, for programs: the same data as `pipia diff --format json`.
import { analyze } from "../analysis/analyze.js";
import type { Analysis } from "../analysis/types.js";
import type { Assessment } from "../model/assessment.js";
import { diffAssessments } from "../diff/compare.js";
import type { AssessmentDiff } from "../diff/types.js";

export function asAnalysis(input: Assessment | Analysis): Analysis {
  return "schemaVersion" in input && "findings" in input ? input : analyze(input);
}

/** `names` label the two sides (`before.file`, `after.file`); by default "before" and "after". */
export function diff(before: Assessment | Analysis, after: Assessment | Analysis, names: { readonly before?: string; readonly after?: string } = {}): AssessmentDiff {
  return diffAssessments({ file: names.before ?? "before", analysis: asAnalysis(before) }, { file: names.after ?? "after", analysis: asAnalysis(after) });
}
