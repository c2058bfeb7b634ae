// Deviations the fuzzer finds in files this suite does not own, each with where the fix belongs.
// They are reported apart and do not fail a run; delete an entry once its fix lands (the report
// says when a known deviation was no longer seen).
import type { Problem } from "./check-case.js";

export type KnownDeviation = {
  readonly id: string;
  readonly why: string;
  readonly matches: (p: Problem) => boolean;
};

export const KNOWN: readonly KnownDeviation[] = [];

export function knownDeviation(p: Problem): KnownDeviation | null {
  return KNOWN.find((k) => k.matches(p)) ?? null;
}
