// Reassessment: next year's answers start from last year's. The facts carry over; what belongs to
// the new report (its date, number, version, start date) is cleared so the menu asks it again, and
// `assessment.previous` points at last year's report (and, when given, at last year's answers file,
// so the report can say what changed: see src/diff).
import { isRecord, type Answers } from "./answers.js";

const NEW_EACH_TIME = ["date", "startDate", "documentNumber", "version"] as const;

/** `lastFile`: last year's answers file, relative to the new file's folder (stored as `previous.file`). */
export function startFrom(last: Answers, lastFile?: string): Answers {
  const next = structuredClone(last);
  const meta = isRecord(next["assessment"]) ? next["assessment"] : {};
  const previous: Answers = { exists: true };
  if (typeof meta["date"] === "string") previous["date"] = meta["date"];
  if (typeof meta["documentNumber"] === "string" && meta["documentNumber"].trim() !== "") previous["reportId"] = meta["documentNumber"];
  if (lastFile !== undefined && lastFile !== "-") previous["file"] = lastFile;
  previous["purposeChanged"] = false;
  previous["methodChanged"] = false;
  for (const k of NEW_EACH_TIME) delete meta[k];
  // Last year's report assessed each activity it lists: its timing is judged from that report's date.
  const acts = next["activities"];
  if (Array.isArray(acts)) for (const act of acts) if (isRecord(act)) act["coveredByPrevious"] = true;
  meta["previous"] = previous;
  next["assessment"] = meta;
  return next;
}
