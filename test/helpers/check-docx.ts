// Opens .docx files the way readers do, through ../shared/tools/check-docx (schema validation,
// relationships, LibreOffice → PDF → text). Returns the text each reader sees, by file stem.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ROOT } from "./run-cli.js";

export const CHECK_DOCX = join(ROOT, "..", "shared", "tools", "check-docx");

export type CheckResult = { readonly code: number | null; readonly output: string; readonly text: (file: string) => string };

export function checkDocx(files: readonly string[]): CheckResult {
  const dir = mkdtempSync(join(tmpdir(), "pipia-text-"));
  const r = spawnSync(CHECK_DOCX, ["--text", dir, ...files], { encoding: "utf8", timeout: 600_000 });
  return {
    code: r.status,
    output: `${r.stdout}${r.stderr}`,
    text: (file) => readFileSync(join(dir, `${basename(file, ".docx")}.txt`), "utf8"),
  };
}

/** pdftotext lays text out in columns; squeeze runs of spaces so phrases can be found. */
export function squeeze(text: string): string {
  return text.replace(/[ \t]+/g, " ");
}
