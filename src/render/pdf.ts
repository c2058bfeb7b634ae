// --pdf: convert written .docx files with LibreOffice (headless, private profile so runs can go
// in parallel). A clear error, exit 2, when LibreOffice is not installed.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { PipiaError } from "../errors.js";

const run = promisify(execFile);

export async function findSoffice(): Promise<string | null> {
  for (const cmd of ["soffice", "libreoffice"]) {
    try {
      await run(cmd, ["--version"], { timeout: 30_000 });
      return cmd;
    } catch {
      /* try the next name */
    }
  }
  return null;
}

/** Converts one .docx and returns the PDF bytes. */
export async function docxToPdf(soffice: string, docxPath: string): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "pipia-pdf-"));
  try {
    await run(soffice, ["--headless", "--norestore", `-env:UserInstallation=file://${join(work, "profile")}`, "--convert-to", "pdf", "--outdir", work, docxPath], {
      timeout: 180_000,
    });
    return await readFile(join(work, basename(docxPath).replace(/\.docx$/, ".pdf")));
  } catch (e) {
    throw new PipiaError(`${docxPath}: LibreOffice could not convert it to PDF (${(e as Error).message.split("\n")[0]})`, 1);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Converts .docx bytes (not yet written anywhere) and returns the PDF bytes. */
export async function docxBytesToPdf(soffice: string, name: string, docx: Uint8Array): Promise<Buffer> {
  const work = await mkdtemp(join(tmpdir(), "pipia-pdf-src-"));
  try {
    const file = join(work, name);
    await writeFile(file, docx);
    return await docxToPdf(soffice, file);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function requireSoffice(): Promise<string> {
  const s = await findSoffice();
  if (!s)
    throw new PipiaError(
      "--pdf needs LibreOffice, which is not installed; install it (Debian: apt-get install -y libreoffice-writer-nogui) or leave out --pdf",
      2,
    );
  return s;
}
