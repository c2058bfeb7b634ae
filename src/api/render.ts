// The document set for programs: Word documents as Buffers with their file names, nothing written.
import { analyze } from "../analysis/analyze.js";
import type { Analysis } from "../analysis/types.js";
import type { Assessment } from "../model/assessment.js";
import type { Branding } from "../render/config.js";
import type { DocumentSpec } from "../render/documents.js";
import { OUTPUT_LANGS, renderDocuments, type OutputLang } from "../render/render-set.js";
import { PipiaError } from "../errors.js";
import { existsSync } from "node:fs";
import { diff } from "./diff.js";
import { PAGE_SIZES, type PageSize } from "../docx/index.js";

export type DocumentId = DocumentSpec["id"];
export { OUTPUT_LANGS, type OutputLang };

export type RenderOptions = {
  /** "zh-CN" (default), "en" or "bilingual". */
  readonly lang?: OutputLang;
  /** Only these documents (default: every document the analysis calls for). */
  readonly documents?: readonly DocumentId[];
  /** A folder of templates that shadow pipia's, file by file (as `--templates`). */
  readonly templatesDir?: string;
  /** Organisation, logo bytes, accent colour, fonts, classification, document number, footer. */
  readonly branding?: Branding;
  /** File-name stem (default "assessment"): "<stem>-report.docx", "<stem>-records.en.docx", … */
  readonly name?: string;
  /** The previous assessment: the report then sets out what changed since it (as `previous.file` does for `pipia render`). */
  readonly previous?: Assessment | Analysis;
  /** Paper of the wall posters and stickers: "A4" (default) or "A3" (as `--poster-size`). */
  readonly posterSize?: PageSize;
};

export type RenderedFile = {
  /** File name, as `pipia render` would write it. */
  readonly name: string;
  readonly document: DocumentId;
  readonly lang: OutputLang;
  /** The .docx bytes. */
  readonly data: Buffer;
  /** The intermediate Markdown the templates produced (what `--markdown` writes). */
  readonly markdown: string;
};

function isAnalysis(input: Assessment | Analysis): input is Analysis {
  return "schemaVersion" in input && "findings" in input;
}

/** Renders the documents of an assessment (or of its analysis) in one language. */
export async function render(input: Assessment | Analysis, options: RenderOptions = {}): Promise<RenderedFile[]> {
  const lang = options.lang ?? "zh-CN";
  if (!OUTPUT_LANGS.includes(lang)) throw new PipiaError(`lang: "${String(lang)}" is not allowed; expected one of ${OUTPUT_LANGS.join(", ")}`);
  if (options.templatesDir !== undefined && !existsSync(options.templatesDir)) throw new PipiaError(`templatesDir: folder "${options.templatesDir}" does not exist`);
  const an = isAnalysis(input) ? input : analyze(input);
  if (options.posterSize !== undefined && !PAGE_SIZES.includes(options.posterSize))
    throw new PipiaError(`posterSize: "${String(options.posterSize)}" is not allowed; expected one of ${PAGE_SIZES.join(", ")}`);
  const stem = options.name ?? "assessment";
  const docs = await renderDocuments(an, {
    lang,
    templatesDir: options.templatesDir ?? null,
    branding: () => options.branding ?? {},
    ...(options.previous !== undefined ? { previous: diff(options.previous, an, { before: "previous", after: stem }) } : {}),
    ...(options.documents ? { only: options.documents } : {}),
    ...(options.posterSize !== undefined ? { posterSize: options.posterSize } : {}),
  });
  return docs.map((d) => ({ name: `${stem}${d.suffix}.docx`, document: d.id, lang, data: d.docx, markdown: d.markdown }));
}
