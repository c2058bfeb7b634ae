// Worker-process entry of `pipia batch`: renders the assessments the pool sends it, one at a time.
// Templates are compiled once per process (template-source caches them) and reused.
import { renderOne } from "./render-one.js";
import type { BatchJob } from "./types.js";

const send = process.send?.bind(process);
if (send === undefined) throw new Error("src/batch/worker.ts runs only as a worker process of `pipia batch`");

process.on("message", (job: BatchJob) => {
  void renderOne(job).then((result) => send(result));
});
// The pool closes the channel when it needs no more jobs (or it died): end then.
process.on("disconnect", () => process.exit(0));
