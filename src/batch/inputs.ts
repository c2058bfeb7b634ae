// FILES|DIR → the answers files of a batch, each with its own sub-folder of --out.
// A folder contributes its *.yaml, *.yml and *.json entries (not recursive, not pipia.config.yaml,
// not hidden files), sorted by name, so the same folder always gives the same order.
import { readdir, stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";

const ANSWERS_EXT = new Set([".yaml", ".yml", ".json"]);
/** render/config.ts CONFIG_FILE, repeated so the main thread does not load zod and yaml (a test pins it). */
export const CONFIG_FILE_NAME = "pipia.config.yaml";

export type BatchInput = {
  readonly file: string;
  /** Unique sub-folder name: the file's stem, with "-2", "-3"… when two inputs share a stem. */
  readonly name: string;
};

export type ExpandedInputs = {
  readonly inputs: readonly BatchInput[];
  /** Folders that hold no answers file: reported as invalid input, like a missing file. */
  readonly emptyFolders: readonly string[];
};

function isAnswersFile(name: string): boolean {
  return !name.startsWith(".") && name !== CONFIG_FILE_NAME && ANSWERS_EXT.has(extname(name).toLowerCase());
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // a missing path stays an input, so its error names it like `render` would
  }
}

export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const files: string[] = [];
  const emptyFolders: string[] = [];
  for (const arg of args) {
    if (!(await isFolder(arg))) {
      files.push(arg);
      continue;
    }
    const entries = await readdir(arg, { withFileTypes: true });
    const found = entries
      // Every entry named like an answers file, whatever it is: a folder, FIFO or device named
      // x.yaml is then reported as invalid by the reader, never skipped silently.
      .filter((e) => isAnswersFile(e.name))
      .map((e) => e.name)
      .sort()
      .map((n) => join(arg, n));
    if (found.length === 0) emptyFolders.push(arg);
    files.push(...found);
  }
  const seen = new Set<string>();
  const taken = new Set<string>();
  const inputs: BatchInput[] = [];
  for (const file of files) {
    const key = resolve(file);
    if (seen.has(key)) continue;
    seen.add(key);
    const stem = basename(file, extname(file));
    let name = stem;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}-${n}`;
    taken.add(name.toLowerCase()); // case-insensitive file systems would merge "A" and "a"
    inputs.push({ file, name });
  }
  return { inputs, emptyFolders };
}
