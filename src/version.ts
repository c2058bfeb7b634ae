// pipia's own version, read once from package.json.
import { readFileSync } from "node:fs";
import { dataPath } from "./paths.js";

let cached: string | undefined;

export function toolVersion(): string {
  cached ??= (JSON.parse(readFileSync(dataPath("package.json"), "utf8")) as { version: string }).version;
  return cached;
}
