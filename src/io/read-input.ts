// Every file pipia reads on the user's behalf (answers, configs, templates, partials, logos) comes
// through here: opened once (non-blocking, so a FIFO cannot hang the open), checked with fstat on
// that same descriptor to be a regular file (no device, FIFO, socket or folder), and read with a
// byte limit, so /dev/zero, a named pipe or a huge file is refused at once instead of exhausting
// memory. Templates, partials and logos must also resolve inside their folder: no symlink or `..`
// escape. Every refusal is a PipiaError (exit 2) naming the file.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, type Stats } from "node:fs";
import { open, realpath } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { PipiaError } from "../errors.js";

/** Byte limits per kind of input; each comfortably above real files (a sample is ~20 KB). */
export const INPUT_LIMITS = {
  answers: 10 * 1024 * 1024,
  config: 256 * 1024,
  template: 1024 * 1024,
  logo: 2 * 1024 * 1024,
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;

const WHAT: Readonly<Record<InputKind, string>> = {
  answers: "an answers file (.yaml, .yml or .json)",
  config: "a config file (pipia.config.yaml)",
  template: "a template file (.md.hbs)",
  logo: "a PNG or JPEG logo file",
};

// O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

const PLURAL: Readonly<Record<InputKind, string>> = { answers: "answers files", config: "config files", template: "templates", logo: "logos" };

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
const limitText = (bytes: number): string => (bytes >= 1024 * 1024 ? `${bytes / 1048576} MB` : `${bytes / 1024} KB`);

function openError(file: string, kind: InputKind, e: unknown): PipiaError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT")
    return new PipiaError(kind === "answers" ? `${file}: no such file; check the path or create one with: pipia new ${file}` : `${file}: no such file; expected ${WHAT[kind]}`);
  if (code === "EACCES" || code === "EPERM") return new PipiaError(`${file}: permission denied; make the file readable`);
  if (code === "ELOOP") return new PipiaError(`${file}: a symbolic link that loops; expected ${WHAT[kind]}`);
  if (code === "EISDIR") return new PipiaError(`${file}: is a folder, expected ${WHAT[kind]}`);
  return new PipiaError(`${file}: cannot be read (${code ?? "unknown error"})`);
}

function checkStats(file: string, kind: InputKind, st: Stats): void {
  if (st.isDirectory()) throw new PipiaError(`${file}: is a folder, expected ${WHAT[kind]}`);
  if (!st.isFile()) throw new PipiaError(`${file}: is not a regular file (a device, pipe or socket); expected ${WHAT[kind]}`);
  if (st.size > INPUT_LIMITS[kind]) throw tooBig(file, kind, st.size);
}

function tooBig(file: string, kind: InputKind, size?: number): PipiaError {
  const is = size === undefined ? `is larger than ${limitText(INPUT_LIMITS[kind])}` : `is ${sizeText(size)}`;
  return new PipiaError(`${file}: ${is}; ${PLURAL[kind]} are limited to ${limitText(INPUT_LIMITS[kind])}`);
}

/** A buffer sized from fstat that grows (a file may grow while read) but never past limit + 1 bytes. */
class BoundedReader {
  private buf: Buffer;
  private used = 0;
  private readonly limit: number;
  constructor(
    private readonly file: string,
    private readonly kind: InputKind,
    sizeHint: number,
  ) {
    this.limit = INPUT_LIMITS[kind];
    this.buf = Buffer.allocUnsafe(Math.min(this.limit + 1, sizeHint + 1));
  }
  /** Where the next read goes. */
  space(): Buffer {
    if (this.used === this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.min(this.limit + 1, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
    return this.buf.subarray(this.used);
  }
  /** Counts `n` bytes read; false at end of file. Throws once more than the limit was read. */
  took(n: number): boolean {
    this.used += n;
    if (this.used > this.limit) throw tooBig(this.file, this.kind);
    return n > 0;
  }
  bytes(): Buffer {
    return this.buf.subarray(0, this.used);
  }
}

/** The file's bytes, refusing anything but a regular file of at most INPUT_LIMITS[kind] bytes. */
export async function readInput(file: string, kind: InputKind): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (e) {
    throw openError(file, kind, e);
  }
  try {
    const st = await handle.stat();
    checkStats(file, kind, st);
    const reader = new BoundedReader(file, kind, st.size);
    for (;;) {
      const target = reader.space();
      const { bytesRead } = await handle.read(target, 0, target.length, null);
      if (!reader.took(bytesRead)) return reader.bytes();
    }
  } catch (e) {
    if (e instanceof PipiaError) throw e;
    throw openError(file, kind, e);
  } finally {
    await handle.close();
  }
}

/** Synchronous readInput, for the template loader (Handlebars partials are resolved synchronously). */
export function readInputSync(file: string, kind: InputKind): Buffer {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    throw openError(file, kind, e);
  }
  try {
    const st = fstatSync(fd);
    checkStats(file, kind, st);
    const reader = new BoundedReader(file, kind, st.size);
    for (;;) {
      const target = reader.space();
      if (!reader.took(readSync(fd, target, 0, target.length, null))) return reader.bytes();
    }
  } catch (e) {
    if (e instanceof PipiaError) throw e;
    throw openError(file, kind, e);
  } finally {
    closeSync(fd);
  }
}

/** UTF-8 text of the bytes (a leading BOM dropped); other encodings are refused naming the file. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
  let t: string;
  try {
    t = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new PipiaError(`${file}: is not UTF-8 text; save it as UTF-8 (GBK and other encodings are not accepted)`);
  }
  return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
}

function inside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(".." + sep) && rel !== ".." && !isAbsolute(rel));
}

function escapeError(file: string, folder: string): PipiaError {
  return new PipiaError(`${file}: resolves outside its folder ${folder} (a symbolic link or '..'); copy the file into the folder instead`);
}

/** `file`, checked to resolve (symbolic links followed) inside `folder`. Missing files pass through. */
export function requireInsideSync(file: string, folder: string): string {
  let real: string;
  let root: string;
  try {
    root = realpathSync(folder);
    real = realpathSync(file);
  } catch {
    if (!inside(resolve(folder), resolve(file))) throw escapeError(file, folder);
    return file; // does not exist: the read reports it
  }
  if (!inside(root, real)) throw escapeError(file, folder);
  return file;
}

/** Async requireInsideSync. */
export async function requireInside(file: string, folder: string): Promise<string> {
  let real: string;
  let root: string;
  try {
    root = await realpath(folder);
    real = await realpath(file);
  } catch {
    if (!inside(resolve(folder), resolve(file))) throw escapeError(file, folder);
    return file;
  }
  if (!inside(root, real)) throw escapeError(file, folder);
  return file;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

/** The image type its signature shows, or null when the bytes are neither PNG nor JPEG. */
export function imageType(bytes: Uint8Array): "png" | "jpg" | null {
  const starts = (sig: readonly number[]): boolean => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  return starts(PNG) ? "png" : starts(JPEG) ? "jpg" : null;
}
