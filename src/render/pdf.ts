// --pdf: LibreOffice (headless, a private profile per run so runs can go in parallel) opens each
// .docx through a Python-UNO script (pdf-uno.ts) that updates the contents and every page-number
// field before exporting a tagged PDF. A clear error, exit 2, when LibreOffice or its Python bridge
// is missing; `--soffice PATH` / PIPIA_SOFFICE name a LibreOffice that is not on PATH.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { PipiaError } from "../errors.js";
import { fontReplacementXcu, UNO_SCRIPT } from "./pdf-uno.js";

const run = promisify(execFile);

/** A LibreOffice to convert with, and a Python that can drive it over UNO. */
export type Soffice = { readonly soffice: string; readonly python: string };

async function works(cmd: string, args: readonly string[]): Promise<boolean> {
  try {
    await run(cmd, [...args], { timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

export async function findSoffice(explicit?: string): Promise<string | null> {
  const candidates = explicit !== undefined ? [explicit] : ["soffice", "libreoffice"];
  for (const cmd of candidates) if (await works(cmd, ["--version"])) return cmd;
  return null;
}

/** LibreOffice's bundled Python first (Windows, macOS), then the system's (Debian: python3-uno). */
function pythonCandidates(soffice: string): string[] {
  const found: string[] = [];
  try {
    const dir = dirname(realpathSync(soffice));
    found.push(join(dir, "python"), join(dir, "python.exe"), join(dir, "..", "Resources", "python"));
  } catch {
    /* soffice is a bare name on PATH */
  }
  return [...found, "/usr/bin/python3", "python3", "python"];
}

export async function findUnoPython(soffice: string): Promise<string | null> {
  for (const py of pythonCandidates(soffice)) if (await works(py, ["-c", "import uno"])) return py;
  return null;
}

/** The LibreOffice named by --soffice, else PIPIA_SOFFICE, else soffice/libreoffice on PATH. */
export async function requireSoffice(explicit?: string): Promise<Soffice> {
  const named = explicit ?? (process.env["PIPIA_SOFFICE"] || undefined);
  const source = explicit !== undefined ? "--soffice" : "PIPIA_SOFFICE";
  const soffice = await findSoffice(named);
  if (!soffice) {
    if (named !== undefined) throw new PipiaError(`${source}: "${named}" is not a working LibreOffice (soffice --version failed)`, 2);
    throw new PipiaError(
      "--pdf needs LibreOffice, which is not installed; install it (Debian: apt-get install -y libreoffice-writer-nogui) or leave out --pdf",
      2,
      "if LibreOffice is installed but not on PATH, name it with --soffice PATH or PIPIA_SOFFICE",
    );
  }
  const python = await findUnoPython(soffice);
  if (!python)
    throw new PipiaError(
      "--pdf needs LibreOffice's Python bridge to update the contents and page numbers, and no Python here can import uno; install it (Debian: apt-get install -y python3-uno) or leave out --pdf",
      2,
    );
  return { soffice, python };
}

// Chinese fonts the documents may name that Linux machines rarely have, and the Simplified Chinese
// faces to print them in instead.
const SERIF_SC = "Noto Serif CJK SC";
const SANS_SC = "Noto Sans CJK SC";
const REPLACEABLE: ReadonlyArray<readonly [string, string]> = [
  ["SimSun", SERIF_SC],
  ["NSimSun", SERIF_SC],
  ["宋体", SERIF_SC],
  ["FangSong", SERIF_SC],
  ["仿宋", SERIF_SC],
  ["KaiTi", SERIF_SC],
  ["楷体", SERIF_SC],
  ["SimHei", SANS_SC],
  ["黑体", SANS_SC],
  ["Microsoft YaHei", SANS_SC],
  ["微软雅黑", SANS_SC],
];

/** Replacement pairs for the fonts missing here whose Simplified Chinese substitute is installed. */
export async function cjkReplacements(): Promise<Array<readonly [string, string]>> {
  let families: Set<string>;
  try {
    const { stdout } = await run("fc-list", [":", "family"], { timeout: 30_000, maxBuffer: 16 * 1024 * 1024 });
    families = new Set(stdout.split("\n").flatMap((l) => l.split(",").map((s) => s.trim())));
  } catch {
    return []; // no fontconfig (Windows, most Macs): the system has its own Chinese fonts
  }
  return REPLACEABLE.filter(([from, to]) => !families.has(from) && families.has(to));
}

export type PdfSource = { readonly name: string; readonly docx: Uint8Array };

/** Converts .docx bytes (not yet written anywhere) in one LibreOffice run; PDFs in the same order. */
export async function docxSetToPdf(office: Soffice, sources: readonly PdfSource[]): Promise<Buffer[]> {
  if (sources.length === 0) return [];
  const work = await mkdtemp(join(tmpdir(), "pipia-pdf-"));
  try {
    const profile = join(work, "profile");
    await mkdir(join(profile, "user"), { recursive: true });
    await writeFile(join(profile, "user", "registrymodifications.xcu"), fontReplacementXcu(await cjkReplacements()));
    const script = join(work, "to-pdf.py");
    await writeFile(script, UNO_SCRIPT);
    const pairs: string[] = [];
    for (const [i, s] of sources.entries()) {
      const dir = join(work, String(i));
      await mkdir(dir);
      const src = join(dir, s.name);
      await writeFile(src, s.docx);
      pairs.push(src, src.replace(/\.docx$/, "") + ".pdf");
    }
    const pipe = `pipia-${process.pid}-${randomBytes(6).toString("hex")}`;
    try {
      await run(office.python, [script, office.soffice, profile, pipe, ...pairs], { timeout: 240_000 + 120_000 * sources.length });
    } catch (e) {
      const err = e as Error & { stderr?: string };
      const why = (err.stderr?.trim() || err.message).split("\n")[0];
      throw new PipiaError(`${sources.map((s) => s.name).join(", ")}: LibreOffice could not convert to PDF (${why})`, 1);
    }
    const out: Buffer[] = [];
    for (let i = 1; i < pairs.length; i += 2) out.push(await readFile(pairs[i] as string));
    return out;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Converts one document's .docx bytes and returns the PDF bytes. */
export async function docxBytesToPdf(office: Soffice, name: string, docx: Uint8Array): Promise<Buffer> {
  const [pdf] = await docxSetToPdf(office, [{ name, docx }]);
  if (pdf === undefined) throw new Error("docxBytesToPdf: no PDF");
  return pdf;
}
