// Outputs are written to a temp file in the same folder and renamed into place, so a crash or a
// kill never leaves a partial file, and an existing file is never replaced without `force`.
import { open, rename, unlink, access, mkdir, link } from "node:fs/promises";
import { dirname, basename, join } from "node:path";
import { randomBytes } from "node:crypto";
import { PipiaError } from "../errors.js";
import { cleanStale, reason, TMP_PREFIX } from "./write-set.js";

/** Folders already cleaned of stale temporary files by this process. */
const cleaned = new Set<string>();

export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

export type WriteOptions = { readonly force: boolean };

export async function writeFileAtomic(path: string, data: Uint8Array | string, options: WriteOptions = { force: true }): Promise<void> {
  if (!options.force && (await exists(path)))
    throw new PipiaError(`${path}: already exists; pass --force to overwrite it`);
  const dir = dirname(path);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new PipiaError(`${dir}: cannot create the output folder (${reason(e)}); choose another --out folder`);
  }
  if (!cleaned.has(dir)) {
    cleaned.add(dir);
    await cleanStale(dir); // left by a run killed mid-write
  }
  const tmp = join(dir, `${TMP_PREFIX}${basename(path)}-${process.pid}-${randomBytes(4).toString("hex")}`);
  let handle;
  try {
    handle = await open(tmp, "w");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PipiaError(`${dir}: cannot write to the output folder (${code === "EACCES" || code === "EPERM" ? "permission denied" : reason(e)}); choose another --out folder`);
  }
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw new PipiaError(`${path}: writing failed (${reason(e)})`);
  }
  await handle.close();
  try {
    // Without force, link(2) fails if the name appeared meanwhile: no check-then-rename race.
    if (options.force) await rename(tmp, path);
    else await link(tmp, path).finally(() => unlink(tmp).catch(() => undefined));
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new PipiaError(`${path}: already exists; pass --force to overwrite it`);
    throw new PipiaError(`${path}: cannot move the finished file into place (${reason(e)})`);
  }
}
