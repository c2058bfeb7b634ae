// The table printed when a batch ends (open findings per severity per assessment) and the exit
// code: 2 if any input was invalid, else 1 if anything failed unexpectedly, else 0.
import { SEVERITIES, type Severity } from "../analysis/types.js";
import { ExitCode, type ExitCodeValue } from "../errors.js";
import { padEnd, padStart, textWidth } from "./text-width.js";
import type { ItemResult } from "./types.js";

export type BatchTotals = {
  readonly assessments: number;
  readonly ok: number;
  readonly invalid: number;
  readonly failed: number;
  readonly documents: number;
  readonly counts: Readonly<Record<Severity, number>>;
};

export function totals(results: readonly ItemResult[]): BatchTotals {
  const counts: Record<Severity, number> = { prohibited: 0, required: 0, risk: 0, advice: 0 };
  let documents = 0;
  for (const r of results) {
    documents += r.written.filter((w) => w.endsWith(".docx")).length;
    if (r.counts) for (const s of SEVERITIES) counts[s] += r.counts[s];
  }
  const n = (s: ItemResult["status"]): number => results.filter((r) => r.status === s).length;
  return { assessments: results.length, ok: n("ok"), invalid: n("invalid"), failed: n("failed"), documents, counts };
}

export function exitCodeFor(results: readonly ItemResult[]): ExitCodeValue {
  if (results.some((r) => r.status === "invalid")) return ExitCode.INVALID_INPUT;
  if (results.some((r) => r.status === "failed")) return ExitCode.UNEXPECTED;
  return ExitCode.OK;
}

export function formatSeconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** Rows in input order, whatever order the workers finished in. */
export function summaryTable(results: readonly ItemResult[], elapsedMs: number): string {
  const sorted = [...results].sort((a, b) => a.index - b.index);
  const head = ["assessment", "result", ...SEVERITIES, "documents", "conclusion"];
  const rows = sorted.map((r) => [
    r.file,
    r.status,
    ...SEVERITIES.map((s) => (r.counts ? String(r.counts[s]) : "–")),
    String(r.written.filter((w) => w.endsWith(".docx")).length),
    r.outcome ?? "–",
  ]);
  const t = totals(results);
  const foot = ["total", `${t.ok}/${t.assessments} ok`, ...SEVERITIES.map((s) => String(t.counts[s])), String(t.documents), ""];
  const all = [head, ...rows, foot];
  const widths = head.map((_, c) => Math.max(...all.map((row) => textWidth(row[c] ?? ""))));
  const numeric = (c: number): boolean => c >= 2 && c < head.length - 1;
  const line = (row: readonly string[]): string =>
    row
      .map((cell, c) => (numeric(c) ? padStart(cell, widths[c] ?? 0) : padEnd(cell, widths[c] ?? 0)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  const perSecond = elapsedMs > 0 ? (t.documents / (elapsedMs / 1000)).toFixed(1) : "–";
  return [
    line(head),
    rule,
    ...rows.map(line),
    rule,
    line(foot),
    "",
    `${t.assessments} assessment(s): ${t.ok} ok, ${t.invalid} invalid, ${t.failed} failed · ${t.documents} document(s) in ${formatSeconds(elapsedMs)} (${perSecond} documents/s)`,
  ].join("\n");
}
