// Analysis → the document set as Markdown and .docx bytes, in zh-CN, en or bilingual.
// No file I/O here except reading templates, the logo and the poster pictogram: writing is the command's job.
import type { Analysis } from "../analysis/types.js";
import type { AssessmentDiff } from "../diff/types.js";
import { buildViewModel } from "./view-model.js";
import { templateSet } from "./template-source.js";
import { escapeMarkdown } from "./markdown-escape.js";
import { interleave } from "./bilingual.js";
import { DOCUMENTS, type DocumentSpec } from "./documents.js";
import type { Branding } from "./config.js";
import { markdownToDocx, type DocumentOptions, type PageSize } from "../docx/index.js";
import { PipiaError } from "../errors.js";
import { join } from "node:path";
import { readFile } from "node:fs/promises";
import { dataPath } from "../paths.js";

export const OUTPUT_LANGS = ["zh-CN", "en", "bilingual"] as const;
export type OutputLang = (typeof OUTPUT_LANGS)[number];

export type RenderOptions = {
  readonly lang: OutputLang;
  readonly templatesDir: string | null;
  readonly branding: (doc: DocumentSpec["id"]) => Branding;
  readonly only?: readonly DocumentSpec["id"][];
  /** What changed since the previous assessment (see src/diff/load-previous.ts): the report then sets it out. */
  readonly previous?: AssessmentDiff | null;
  /** Paper of the wall posters and stickers (default A4). */
  readonly posterSize?: PageSize;
};

export type RenderedDocument = {
  readonly id: DocumentSpec["id"];
  readonly suffix: string; // "-report", "-report.en", "-report.bilingual"
  readonly markdown: string;
  readonly docx: Buffer;
};

export function documentsFor(an: Analysis, only?: readonly DocumentSpec["id"][]): DocumentSpec[] {
  return DOCUMENTS.filter((d) => d.when(an) && (!only || only.includes(d.id)));
}

type ViewModel = ReturnType<typeof buildViewModel>;

/**
 * View models of one assessment, built once per language and branding and shared by its
 * documents (each document used to rebuild the whole model).
 */
export class ViewModels {
  private readonly built = new Map<string, Map<Branding | "none", ViewModel>>();

  constructor(
    private readonly an: Analysis,
    private readonly previous: AssessmentDiff | null = null,
  ) {}

  get(lang: "zh-CN" | "en", branding: Branding): ViewModel {
    let byBranding = this.built.get(lang);
    if (byBranding === undefined) this.built.set(lang, (byBranding = new Map()));
    // Callers hand a fresh `{}` to documents without branding of their own: those share one model.
    const key = Object.keys(branding).length === 0 ? "none" : branding;
    let view = byBranding.get(key);
    if (view === undefined) byBranding.set(key, (view = buildViewModel(this.an, lang, branding, this.previous)));
    return view;
  }
}

/**
 * Documents written from contradictory answers (render --allow-inconsistent) carry a visible stamp
 * on the cover listing each contradiction. It is added here, after the template, so no template
 * override can leave it out.
 */
export function stamped(an: Analysis, lang: "zh-CN" | "en", markdown: string): string {
  if (an.inconsistencies.length === 0) return markdown;
  const head =
    lang === "zh-CN"
      ? `**草稿——事实相互矛盾，不得作为定稿使用或对外公开。**下列 ${an.inconsistencies.length} 处事实尚未更正：`
      : `**Draft — the facts contradict one another; not for signature or publication.** ${an.inconsistencies.length === 1 ? "This contradiction is" : `These ${an.inconsistencies.length} contradictions are`} not yet corrected:`;
  const items = an.inconsistencies.map((x) => `- ${escapeMarkdown(x.message[lang])}`).join("\n");
  const block = `${head}\n\n${items}\n`;
  const lines = markdown.split("\n");
  const cover = lines.findIndex((l) => /^:{3,}cover\b/.test(l));
  if (cover < 0) return `${block}\n${markdown}`;
  return [...lines.slice(0, cover + 1), "", block, ...lines.slice(cover + 1)].join("\n");
}

export function renderMarkdown(
  an: Analysis,
  doc: DocumentSpec,
  lang: OutputLang,
  templatesDir: string | null,
  branding: Branding,
  views: ViewModels = new ViewModels(an),
): string {
  const one = (l: "zh-CN" | "en"): string => stamped(an, l, templateSet(l, templatesDir).render(doc.id, views.get(l, branding)));
  if (lang !== "bilingual") return one(lang);
  // A poster is one page: bilingual posters are the Chinese set, then the English set, never a
  // Chinese and an English poster interleaved on one sheet.
  if (doc.wall === true) return `${one("zh-CN")}\n::pagebreak\n\n${one("en")}`;
  return interleave(one("zh-CN"), one("en"));
}

// `::image{name="qr-3"}` (the name may be escaped as `qr\-3`): the activities whose QR code a
// document shows, found in one pass over the Markdown whatever the number of activities.
const QR_NAME = /qr\\?-(\d+)\b/g;

function qrIndexes(markdown: string): Set<number> {
  const out = new Set<number>();
  for (const m of markdown.matchAll(QR_NAME)) out.add(Number(m[1]));
  return out;
}

/** Images a document's Markdown actually names (QR codes are only drawn when a template uses them). */
async function images(an: Analysis, markdown: string, branding: Branding): Promise<NonNullable<DocumentOptions["images"]>> {
  const out: Record<string, { data: Buffer; type: "png" | "jpg" }> = {};
  const shown = qrIndexes(markdown);
  for (const [i, act] of an.assessment.activities.entries())
    if (act.notice.url && shown.has(i)) {
      const { qrPng } = await import("./qr.js"); // loaded only when a document shows a QR code
      out[`qr-${i}`] = { data: await qrPng(act.notice.url), type: "png" };
    }
  // The camera pictogram of the posters (drawn by scripts/make-camera-png.mjs), read only when named.
  if (/name="camera"/.test(markdown)) out["camera"] = { data: await readFile(dataPath("templates", "assets", "camera.png")), type: "png" };
  if (branding.logo) out["logo"] = branding.logo;
  return out;
}

/** Markup mistakes in a law firm's templates are input errors (exit 2) naming the template. */
async function toDocx(markdown: string, doc: DocumentSpec, opts: RenderOptions, options: DocumentOptions): Promise<Buffer> {
  try {
    return await markdownToDocx(markdown, options);
  } catch (e) {
    if (opts.templatesDir === null || e instanceof PipiaError) throw e;
    const langs = opts.lang === "bilingual" ? "{zh-CN,en}" : opts.lang;
    throw new PipiaError(
      `${join(opts.templatesDir, langs, `${doc.id}.md.hbs`)} (or one of its partials): markup error: ${(e as Error).message.split("\n")[0]}`,
      2,
      "see docs/markdown-dialect.md; render with --markdown to see the Markdown the templates produced",
    );
  }
}

export async function renderDocuments(an: Analysis, opts: RenderOptions): Promise<RenderedDocument[]> {
  const out: RenderedDocument[] = [];
  const views = new ViewModels(an, opts.previous ?? null);
  for (const doc of documentsFor(an, opts.only)) {
    const branding = opts.branding(doc.id);
    const markdown = renderMarkdown(an, doc, opts.lang, opts.templatesDir, branding, views);
    const title = doc.title(an);
    const docTitle = opts.lang === "en" ? title.en : title["zh-CN"];
    const docx = await toDocx(markdown, doc, opts, {
      title: docTitle,
      subject: opts.lang === "en" ? "PIPL Art 55/56 impact assessment" : "个人信息保护影响评估",
      creator: branding.organisation ?? an.assessment.processor.name,
      keywords: "PIPL; 个人信息保护影响评估; 人脸识别",
      description: `${an.tool.name} ${an.tool.version}`,
      classification: branding.classification ?? an.assessment.assessment.classification,
      // The header always shows the title; the bilingual one adds the English title above it.
      ...(opts.lang === "bilingual" ? { headerText: title.en } : {}),
      ...(branding.footerText ? { footerText: branding.footerText } : {}),
      lang: opts.lang,
      orientation: doc.orientation,
      ...(branding.fonts ? { fonts: branding.fonts } : {}),
      ...(branding.accentColor ? { accentColor: branding.accentColor } : {}),
      images: await images(an, markdown, branding),
      ...(doc.wall === true ? { plain: true, pageSize: opts.posterSize ?? "A4" } : {}),
    });
    out.push({ id: doc.id, suffix: `-${doc.id}${opts.lang === "zh-CN" ? "" : "." + opts.lang}`, markdown, docx });
  }
  return out;
}
