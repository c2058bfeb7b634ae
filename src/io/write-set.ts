// Writes a document set all-or-nothing. Every file is first written and synced into a hidden
// staging folder inside the output folder, so a full disk or a kill leaves nothing half-written
// in place. The files are then moved into place:
//   - without --force, each with link(2), which fails if the name exists. Two runs racing for
//     the same name cannot both win: the loser removes what it already placed and reports it.
//   - with --force, each with rename(2), after keeping a link to the file it replaces. A failure
//     midway puts the old files back.
// Stale `.pipia-tmp-*` entries that earlier runs left behind (killed with -9) are removed first.
import { link, mkdir, mkdtemp, open, readdir, rename, rm, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import { PipiaError } from "../errors.js";

/** Prefix of every temporary entry pipia creates in an output folder (files and staging folders). */
export const TMP_PREFIX = ".pipia-tmp-";
/** A temporary entry whose process is gone, or older than this, is stale. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

export type SetFile = { readonly name: string; readonly data: Uint8Array | string };

/** A plain reason for a file-system error code, for messages a user can act on. */
export function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "the disk is full";
    case "EDQUOT":
      return "the disk quota is used up";
    case "ENOTDIR":
    case "EEXIST":
      return "a file is in the way where a folder should be";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return code ?? (e as Error).message;
  }
}

/** Create the output folder, with a plain message for a file at that path or a read-only place. */
export async function ensureOutputFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info !== null && !info.isDirectory()) throw new PipiaError(`${dir}: is a file, expected the output folder; choose another --out folder`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new PipiaError(`${dir}: cannot create the output folder (${reason(e)}); choose another --out folder`);
  }
}

function pidOf(name: string): number | null {
  const m = /-(\d+)-[0-9a-zA-Z]+$/.exec(name);
  return m ? Number(m[1]) : null;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

/** Remove temporary entries of earlier runs whose process has ended (or that are a day old). */
export async function cleanStale(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const now = Date.now();
  for (const name of names) {
    if (!name.startsWith(TMP_PREFIX)) continue;
    const path = join(dir, name);
    const pid = pidOf(name);
    const info = await stat(path).catch(() => null);
    if (info === null) continue;
    if ((pid !== null && !alive(pid)) || now - info.mtimeMs > STALE_AFTER_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function writeSynced(path: string, data: Uint8Array | string): Promise<void> {
  const handle = await open(path, "wx");
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes `files` into `dir` all-or-nothing and returns their paths in order. Throws a PipiaError
 * (exit 2) when a file exists and `force` is false, or when the folder cannot be written.
 */
export async function writeDocumentSet(dir: string, files: readonly SetFile[], options: { readonly force: boolean }): Promise<string[]> {
  await ensureOutputFolder(dir);
  await cleanStale(dir);
  let stage: string;
  try {
    stage = await mkdtemp(join(dir, `${TMP_PREFIX}set-${process.pid}-`));
  } catch (e) {
    throw new PipiaError(`${dir}: cannot write to the output folder (${reason(e)}); choose another --out folder`);
  }
  try {
    for (const f of files) {
      try {
        await writeSynced(join(stage, f.name), f.data);
      } catch (e) {
        throw new PipiaError(`${join(dir, f.name)}: writing failed (${reason(e)}); nothing was written`);
      }
    }
    return options.force ? await replaceAll(dir, stage, files) : await placeExclusively(dir, stage, files);
  } finally {
    await rm(stage, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function placeExclusively(dir: string, stage: string, files: readonly SetFile[]): Promise<string[]> {
  const placed: string[] = [];
  for (const f of files) {
    const target = join(dir, f.name);
    try {
      await link(join(stage, f.name), target);
      placed.push(target);
    } catch (e) {
      for (const p of placed) await unlink(p).catch(() => undefined);
      if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new PipiaError(`${target}: already exists; pass --force to overwrite`);
      throw new PipiaError(`${target}: cannot move the finished file into place (${reason(e)}); nothing was written`);
    }
  }
  return placed;
}

async function replaceAll(dir: string, stage: string, files: readonly SetFile[]): Promise<string[]> {
  const done: Array<{ readonly target: string; readonly backup: string | null }> = [];
  for (const [i, f] of files.entries()) {
    const target = join(dir, f.name);
    const backup = join(stage, `.old-${i}`);
    try {
      const kept = await link(target, backup).then(
        () => backup,
        (e: NodeJS.ErrnoException) => {
          if (e.code === "ENOENT") return null;
          throw e;
        },
      );
      await rename(join(stage, f.name), target);
      done.push({ target, backup: kept });
    } catch (e) {
      for (const d of done.reverse()) {
        if (d.backup === null) await unlink(d.target).catch(() => undefined);
        else await rename(d.backup, d.target).catch(() => undefined);
      }
      throw new PipiaError(`${target}: cannot move the finished file into place (${reason(e)}); the earlier files were kept`);
    }
  }
  return done.map((d) => d.target);
}
