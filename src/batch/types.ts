// What the batch command sends to a worker and what comes back: plain data only, because it
// crosses the worker boundary by structured clone.
import type { Severity } from "../analysis/types.js";
import type { DocumentSpec } from "../render/documents.js";
import type { OutputLang } from "../render/render-set.js";

/** The languages `--lang` accepts; checked against render-set's list below without importing it
 *  (render-set pulls in docx and Handlebars, which only the workers need). */
export const BATCH_LANGS = ["zh-CN", "en", "bilingual"] as const satisfies readonly OutputLang[];
const everyLangListed: [OutputLang] extends [(typeof BATCH_LANGS)[number]] ? true : false = true;
void everyLangListed;

/** Options shared by every assessment of one batch (the render command's semantics). */
export type BatchSettings = {
  readonly lang: OutputLang;
  readonly only: readonly DocumentSpec["id"][] | null;
  readonly force: boolean;
  readonly markdown: boolean;
  /** --templates DIR; null lets each answers file's config decide, as `render` does. */
  readonly templatesDir: string | null;
  /** --config FILE; null looks for pipia.config.yaml beside each answers file, then in the cwd. */
  readonly configFile: string | null;
};

export type BatchJob = {
  readonly index: number;
  readonly file: string;
  /** The assessment's own sub-folder of --out. */
  readonly outDir: string;
  readonly settings: BatchSettings;
};

export type ItemStatus = "ok" | "invalid" | "failed";

export type ItemResult = {
  readonly index: number;
  readonly file: string;
  readonly outDir: string;
  readonly status: ItemStatus;
  /** Open findings per severity; null when the assessment could not be analysed. */
  readonly counts: Readonly<Record<Severity, number>> | null;
  readonly outcome: string | null;
  readonly written: readonly string[];
  /** For invalid input: the user-facing lines (file: path: problem). For failures: the stack. */
  readonly message: string | null;
  readonly ms: number;
};
