// Where pipia's own data (templates, questionnaires, samples) lives, from src/ or dist/ alike.
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
/** The package root: the folder holding package.json, templates/ and questionnaires/. */
export const packageRoot = join(here, "..");

export function dataPath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}
