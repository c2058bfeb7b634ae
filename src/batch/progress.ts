// Progress of a batch: a redrawn bar on a terminal, one plain line per assessment otherwise (logs,
// CI, pipes). Problems are printed as they happen, above the bar, to stderr.
import { formatSeconds } from "./summary.js";
import type { ItemResult } from "./types.js";

export type ProgressSink = {
  readonly write: (text: string) => void; // plain lines (stdout)
  readonly error: (text: string) => void; // problems (stderr)
  /** The terminal the bar is drawn on, or null for plain lines. */
  readonly tty: { readonly write: (text: string) => void; readonly columns: number } | null;
};

export type Progress = {
  readonly done: (result: ItemResult) => void;
  readonly finish: () => void;
};

const STATUS_WORD = { ok: "ok", invalid: "invalid", failed: "FAILED" } as const;
const CLEAR_LINE = "\r\u001b[K";
const REDRAW_MS = 100;

export function createProgress(total: number, sink: ProgressSink, now: () => number = () => performance.now()): Progress {
  const started = now();
  let count = 0;
  let problems = 0;
  let documents = 0;
  let drawnAt = -Infinity;
  const digits = String(total).length;
  // Fixed for the whole run, leaving room for the counters after it.
  const width = Math.max(10, Math.min(40, (sink.tty?.columns ?? 80) - 50));

  const bar = (): string => {
    const elapsed = now() - started;
    const rate = elapsed > 0 ? documents / (elapsed / 1000) : 0;
    const left = count > 0 && count < total ? ` · ${formatSeconds((elapsed / count) * (total - count))} left` : "";
    const tail = ` ${String(count).padStart(digits)}/${total}${problems > 0 ? ` · ${problems} failed` : ""} · ${rate.toFixed(1)} docs/s${left}`;
    const filled = Math.round((count / Math.max(1, total)) * width);
    return `${"█".repeat(filled)}${"░".repeat(width - filled)}${tail}`;
  };
  const draw = (force: boolean): void => {
    if (!sink.tty) return;
    const t = now();
    if (!force && t - drawnAt < REDRAW_MS) return;
    drawnAt = t;
    sink.tty.write(CLEAR_LINE + bar());
  };

  draw(true);
  return {
    done(r) {
      count++;
      documents += r.written.filter((w) => w.endsWith(".docx")).length;
      if (r.status !== "ok") problems++;
      if (sink.tty) {
        if (r.status !== "ok" && r.message) {
          sink.tty.write(CLEAR_LINE);
          sink.error(r.message);
        }
        draw(r.status !== "ok" || count === total);
        return;
      }
      const n = String(count).padStart(digits);
      const what = r.status === "ok" ? `→ ${r.outDir} (${r.written.length} file(s), ${formatSeconds(r.ms)})` : "";
      sink.write(`[${n}/${total}] ${STATUS_WORD[r.status].padEnd(7)} ${r.file} ${what}`.trimEnd());
      if (r.status !== "ok" && r.message) sink.error(r.message);
    },
    finish() {
      if (sink.tty) sink.tty.write(CLEAR_LINE);
    },
  };
}
