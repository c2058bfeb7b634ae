// Opens .docx files the way readers do, through the project's own checker, scripts/check-docx.mjs
// (schema validation, relationships, LibreOffice → PDF → text). Returns the text each reader sees.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ROOT } from "./run-cli.js";

/** The checker script; run it as `node CHECK_DOCX [--text DIR] [--no-pdf] FILE.docx…`. */
export const CHECK_DOCX = join(ROOT, "scripts", "check-docx.mjs");

export type CheckResult = { readonly code: number | null; readonly output: string; readonly text: (file: string) => string };

/** Runs the checker on several files at once (one LibreOffice run); text lands in `textDir`. */
export function runCheckDocx(files: readonly string[], textDir: string = mkdtempSync(join(tmpdir(), "pipia-text-"))): CheckResult {
  const r = spawnSync(process.execPath, [CHECK_DOCX, "--text", textDir, ...files], { encoding: "utf8", timeout: 900_000 });
  return {
    code: r.status,
    output: `${r.stdout}${r.stderr}`,
    text: (file) => readFileSync(join(textDir, `${basename(file, ".docx")}.txt`), "utf8"),
  };
}

export function checkDocx(files: readonly string[]): CheckResult {
  return runCheckDocx(files);
}

/** pdftotext lays text out in columns; squeeze runs of spaces so phrases can be found. */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/g, " ");
}

/**
 * The footers' running text with fields shown as {PAGE}/{NUMPAGES}: LibreOffice's text export leaves
 * footers out when the first page (a cover) has none, so page numbering is read from the parts.
 */
export function footerText(docx: string, part: "footer" | "header" = "footer"): string {
  const xml = execFileSync("unzip", ["-p", docx, `word/${part}*.xml`], { encoding: "utf8" });
  return xml
    .replace(/<w:instrText[^>]*>\s*(PAGE|NUMPAGES)\b[^<]*<\/w:instrText>/g, "{$1}")
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, "$1")
    .replace(/<[^>]+>/g, "");
}
