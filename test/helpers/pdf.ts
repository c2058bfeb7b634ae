// Shared by the LibreOffice tests that read PDFs: the CLI without runCli's two-minute cap (a whole
// set through LibreOffice takes longer under load), and poppler's page count and page text.
import { spawn, spawnSync } from "node:child_process";
import { BIN, ROOT } from "./run-cli.js";

export type Run = { code: number | null; stdout: string; stderr: string };

export function runSlow(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: "1", ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export function pageCount(pdf: string): number {
  const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? "0");
}

export function pageText(pdf: string, page: number): string {
  return spawnSync("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).stdout;
}
