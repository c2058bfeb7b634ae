import type { Command } from "./command.js";
import { basename, extname, join } from "node:path";
import { parseCommandArgs, oneOf } from "../cli/parse-args.js";
import { PipiaError } from "../errors.js";
import { err, info } from "../cli/output.js";
import { loadChecked } from "../io/load-answers.js";
import { exists } from "../io/atomic-write.js";
import { writeDocumentSet, type SetFile } from "../io/write-set.js";
import { analyze } from "../analysis/analyze.js";
import { loadConfig, resolveBranding, type Branding } from "../render/config.js";
import { OUTPUT_LANGS, renderDocuments, documentsFor } from "../render/render-set.js";
import { DOCUMENT_IDS, type DocumentSpec } from "../render/documents.js";
import { requireSoffice, docxSetToPdf } from "../render/pdf.js";
import { previousDiff } from "../diff/load-previous.js";
import { PAGE_SIZES } from "../docx/index.js";

export const command: Command = {
  name: "render",
  summary: "write the Word documents (report, records, notices, posters, filing pack)",
  help: `Usage: pipia render FILE --out DIR [options]

Writes the document set for an answers file into DIR, named after the file's stem:
  <stem>-report.docx    the PIPL Art 55/56 impact assessment report
  <stem>-records.docx   the processing records (处理情况记录), landscape
  <stem>-signage.docx   notices and consent forms (and guardian / large-print variants)
  <stem>-posters.docx   wall posters and stickers, one to a page, without header or page numbers — only
                        when an activity needs a sign (face recognition devices, image capture in public)
  <stem>-filing.docx    the CAC filing pack — only when 100,000 or more people's faces are stored
English and bilingual documents get ".en" / ".bilingual" before ".docx".
FILE "-" reads the answers from standard input; the documents are then named stdin-….

Options:
  --out DIR            output folder (created if missing)                    [required]
  --lang LANG          zh-CN (default), en, or bilingual (Chinese then English)
  --only LIST          comma-separated subset: ${DOCUMENT_IDS.join(",")}
  --poster-size SIZE   paper of the posters and stickers: A4 (default) or A3 (type scaled up to match)
  --force              overwrite existing files (never without it)
  --markdown           also write the intermediate Markdown beside each document
  --templates DIR      templates that shadow pipia's file by file (see: pipia templates export)
  --config FILE        branding config (default: pipia.config.yaml beside FILE, or in the current folder)
  --pdf                also write PDFs through LibreOffice, with the contents and page numbers
                       updated (exit 2 if LibreOffice or its Python bridge, python3-uno, is missing)
  --soffice PATH       the LibreOffice program for --pdf when it is not on PATH
                       (default: PIPIA_SOFFICE, else soffice or libreoffice on PATH)
  --allow-inconsistent write even when answers contradict one another (see pipia validate): each
                       contradiction is printed as a warning and stamped on every document's cover

When assessment.previous.file names last year's answers file (relative to FILE) and it can be read,
the report sets out what changed since then (facts, findings opened and closed, conclusions, risk
levels; see pipia diff); otherwise a warning says why and the report is written without it.

The set is written all-or-nothing (staged, then moved into place): an interrupted run, a full disk or
a concurrent run never leaves a partial document or a partial set.

Examples:
  pipia render samples/office-attendance.yaml --out out
  pipia render samples/mall-camera.yaml --out out --lang bilingual --force --markdown`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("render", argv, {
      out: { type: "string" },
      lang: { type: "string" },
      only: { type: "string" },
      force: { type: "boolean" },
      markdown: { type: "boolean" },
      templates: { type: "string" },
      config: { type: "string" },
      pdf: { type: "boolean" },
      "allow-inconsistent": { type: "boolean" },
      soffice: { type: "string" },
      "poster-size": { type: "string" },
    });
    if (positionals.length !== 1) throw new PipiaError("pipia render: expected exactly one answers file", 2, "usage: pipia render FILE --out DIR");
    if (!values.out) throw new PipiaError("pipia render: --out DIR is required", 2, "example: pipia render assessment.yaml --out out");
    const file = positionals[0] as string;
    const lang = oneOf("--lang", values.lang, OUTPUT_LANGS, "zh-CN");
    const only = values.only?.split(",").map((s) => oneOf("--only", s.trim(), DOCUMENT_IDS, "report"));
    const posterSize = oneOf("--poster-size", values["poster-size"], PAGE_SIZES, "A4");
    const force = values.force === true;
    if (values.soffice !== undefined && !values.pdf) throw new PipiaError("--soffice only applies with --pdf", 2, "add --pdf, or leave out --soffice");
    const soffice = values.pdf ? await requireSoffice(values.soffice) : null;

    // Contradictory answers would print false facts in public documents: refused (exit 2), unless
    // --allow-inconsistent, which turns them into warnings and stamps the documents (render-set.ts).
    const allow = values["allow-inconsistent"] === true;
    const checked = await loadChecked(file, { allowInconsistent: true, lang: lang === "en" ? "en" : "zh-CN" });
    if (checked.problems.length > 0 && !allow)
      throw new PipiaError(
        checked.problems.join("\n"),
        2,
        lang === "en"
          ? "correct the answers (pipia validate lists the same problems), or pass --allow-inconsistent to write a stamped draft"
          : "请更正答复（pipia validate 列出相同的问题）；或加 --allow-inconsistent 生成加盖“草稿”标记的文件",
      );
    for (const p of checked.problems) err(`${lang === "en" ? "warning" : "警告"}: ${p}`);
    const a = checked.assessment;
    const cfg = await loadConfig(values.config, file);
    const templatesDir = values.templates ?? cfg.templatesDir;
    if (templatesDir !== null && !(await exists(templatesDir))) throw new PipiaError(`--templates: folder "${templatesDir}" does not exist`);
    const an = analyze(a);
    const stem = file === "-" ? "stdin" : basename(file, extname(file));
    const brands = new Map<DocumentSpec["id"], Branding>();
    for (const d of documentsFor(an, only))
      brands.set(d.id, await resolveBranding(cfg, { ...(a.assessment.documentNumber ? { number: a.assessment.documentNumber } : {}), stem, doc: d.id, date: a.assessment.date }));

    const planned = documentsFor(an, only).flatMap((d) => {
      const base = join(values.out as string, `${stem}-${d.id}${lang === "zh-CN" ? "" : "." + lang}`);
      return [`${base}.docx`, ...(values.markdown ? [`${base}.md`] : []), ...(soffice ? [`${base}.pdf`] : [])];
    });
    if (!force) {
      const clash: string[] = [];
      for (const p of planned) if (await exists(p)) clash.push(p);
      if (clash.length > 0) throw new PipiaError(`${clash.join(", ")}: already exist${clash.length === 1 ? "s" : ""}; pass --force to overwrite`, 2);
    }

    // The report compares with the previous assessment when assessment.previous.file can be read.
    const previous = await previousDiff(file, an);
    if (previous.problem !== null)
      err(
        lang === "en"
          ? `${previous.problem.file}: the previous assessment could not be read, so the report does not list the changes since it (${previous.problem.message})`
          : `${previous.problem.file}：无法读取上次评估的答卷，报告中不列出与上次评估相比的变化（${previous.problem.message}）`,
      );
    const docs = await renderDocuments(an, {
      lang,
      templatesDir,
      previous: previous.diff,
      branding: (id) => brands.get(id) ?? {},
      posterSize,
      ...(only ? { only } : {}),
    });
    // All-or-nothing: the whole set is staged, then moved into place (never over a file that
    // appeared meanwhile, unless --force).
    const files: SetFile[] = [];
    // One LibreOffice run converts the whole set.
    const pdfs = soffice ? await docxSetToPdf(soffice, docs.map((d) => ({ name: `${stem}${d.suffix}.docx`, docx: d.docx }))) : [];
    docs.forEach((d, i) => {
      const base = `${stem}${d.suffix}`;
      files.push({ name: `${base}.docx`, data: d.docx });
      if (values.markdown) files.push({ name: `${base}.md`, data: d.markdown });
      const pdf = pdfs[i];
      if (pdf !== undefined) files.push({ name: `${base}.pdf`, data: pdf });
    });
    for (const w of await writeDocumentSet(values.out, files, { force })) info(`wrote ${w}`);
    const open = an.findings.filter((f) => !f.satisfied).length;
    info(
      lang === "en"
        ? `${an.conclusion.label.en} · ${open === 0 ? "no open findings" : `${open} open finding${open === 1 ? "" : "s"}`}`
        : `${an.conclusion.label["zh-CN"]} · ${open === 0 ? "无待处理的问题" : `尚有 ${open} 项问题待处理`}`,
    );
    return 0;
  },
};
