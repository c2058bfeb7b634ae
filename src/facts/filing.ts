// Face-recognition filing facts (FRM Art 15): the one threshold constant and the processor-wide
// counts. Stored counts add up over the activities the Measures cover; people enrolled in two
// activities are counted twice, which errs towards filing.
import type { Assessment } from "../model/assessment.js";
import { faceMeasuresApply } from "./activity.js";

/** 办法 Art 15: filing is due once 100,000 people's face information is stored. */
export const FILING_THRESHOLD = 100_000;
/** Digest check 22: plan the filing from 90,000 stored. */
export const FILING_WARNING_FROM = 90_000;

/** People whose face information is currently stored, summed over activities the Measures cover. */
export function storedFaces(a: Assessment, applies: (act: Assessment["activities"][number]) => boolean = faceMeasuresApply): number {
  return a.activities.filter(applies).reduce((n, act) => n + act.faces.storedCount, 0);
}

/** The stored count expected in 12 months, summed the same way. */
export function projectedFaces(a: Assessment, applies: (act: Assessment["activities"][number]) => boolean = faceMeasuresApply): number {
  return a.activities.filter(applies).reduce((n, act) => n + act.faces.projected12Months, 0);
}
