// Facts about the processor as a whole (language-free).
import type { Processor } from "../model/assessment.js";

/** The processor operates across several provinces: a national chain or network (GB/T 39335 App. B (e)). */
export function wideGeography(p: Processor): boolean {
  return p.geography === "national";
}
