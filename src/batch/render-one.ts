// One assessment of a batch, inside a worker: the render command's steps (load, analyse, brand,
// refuse to overwrite without --force, render, write the set all-or-nothing) into the assessment's sub-folder.
// Never throws: bad input and bugs alike become an ItemResult, so one file never stops the others.
import { basename, extname, join } from "node:path";
import { PipiaError, ExitCode } from "../errors.js";
import { loadAssessment } from "../io/load-answers.js";
import { exists } from "../io/atomic-write.js";
import { writeDocumentSet, type SetFile } from "../io/write-set.js";
import { analyze } from "../analysis/analyze.js";
import { loadConfig, resolveBranding, type Branding, type LoadedConfig } from "../render/config.js";
import { renderDocuments, documentsFor } from "../render/render-set.js";
import type { DocumentSpec } from "../render/documents.js";
import type { BatchJob, ItemResult } from "./types.js";
import { previousDiff } from "../diff/load-previous.js";

// A batch usually shares one config: parse it once per worker, not once per assessment.
const configs = new Map<string, Promise<LoadedConfig>>();

function configFor(explicit: string | null, file: string): Promise<LoadedConfig> {
  const key = explicit === null ? `beside:${join(file, "..")}` : `explicit:${explicit}`;
  let hit = configs.get(key);
  if (!hit) {
    hit = loadConfig(explicit ?? undefined, file);
    configs.set(key, hit);
    hit.catch(() => configs.delete(key)); // errors are reported per assessment, not cached
  }
  return hit;
}

async function render(job: BatchJob): Promise<Omit<ItemResult, "index" | "file" | "outDir" | "status" | "message" | "ms">> {
  const { settings: s, file, outDir } = job;
  const a = await loadAssessment(file);
  const cfg = await configFor(s.configFile, file);
  const templatesDir = s.templatesDir ?? cfg.templatesDir;
  if (templatesDir !== null && !(await exists(templatesDir))) throw new PipiaError(`--templates: folder "${templatesDir}" does not exist`);
  const an = analyze(a);
  const stem = basename(file, extname(file));
  const only = s.only ?? undefined;
  const brands = new Map<DocumentSpec["id"], Branding>();
  for (const d of documentsFor(an, only))
    brands.set(d.id, await resolveBranding(cfg, { ...(a.assessment.documentNumber ? { number: a.assessment.documentNumber } : {}), stem, doc: d.id, date: a.assessment.date }));

  const suffix = s.lang === "zh-CN" ? "" : `.${s.lang}`;
  if (!s.force) {
    const planned = documentsFor(an, only).flatMap((d) => {
      const base = join(outDir, `${stem}-${d.id}${suffix}`);
      return [`${base}.docx`, ...(s.markdown ? [`${base}.md`] : [])];
    });
    const clash: string[] = [];
    for (const p of planned) if (await exists(p)) clash.push(p);
    if (clash.length > 0) throw new PipiaError(`${clash.join(", ")}: already exist${clash.length === 1 ? "s" : ""}; pass --force to overwrite`);
  }

  // The report compares with the previous assessment when assessment.previous.file can be read.
  const previous = (await previousDiff(file, an)).diff;
  const docs = await renderDocuments(an, { lang: s.lang, templatesDir, branding: (id) => brands.get(id) ?? {}, previous, ...(only ? { only } : {}) });
  const files: SetFile[] = docs.flatMap((d) => [
    { name: `${stem}${d.suffix}.docx`, data: d.docx },
    ...(s.markdown ? [{ name: `${stem}${d.suffix}.md`, data: d.markdown }] : []),
  ]);
  const written = await writeDocumentSet(outDir, files, { force: s.force });
  return { counts: an.counts, outcome: an.conclusion.outcome, written };
}

export async function renderOne(job: BatchJob): Promise<ItemResult> {
  const started = performance.now();
  const base = { index: job.index, file: job.file, outDir: job.outDir };
  try {
    const r = await render(job);
    return { ...base, ...r, status: "ok", message: null, ms: performance.now() - started };
  } catch (e) {
    const fixable = e instanceof PipiaError && e.exitCode === ExitCode.INVALID_INPUT;
    const message = e instanceof PipiaError ? [e.message, ...(e.hint ? [e.hint] : [])].join("\n") : e instanceof Error ? (e.stack ?? e.message) : String(e);
    return { ...base, status: fixable ? "invalid" : "failed", counts: null, outcome: null, written: [], message, ms: performance.now() - started };
  }
}
