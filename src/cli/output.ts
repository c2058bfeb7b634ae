// The only place that writes to the terminal (besides prompts.ts).
let quiet = false;

/** `--quiet`: progress and "wrote …" lines are dropped; results, warnings and errors are not. */
export function setQuiet(value: boolean): void {
  quiet = value;
}
export function isQuiet(): boolean {
  return quiet;
}

export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
/** A progress or confirmation line (stdout), silent under --quiet. */
export function info(text: string): void {
  if (!quiet) out(text);
}
export function err(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}
/**
 * Colour: FORCE_COLOR decides when set ("0" or "false" turns it off, anything else on), as in
 * Node itself; otherwise never with NO_COLOR (non-empty), else only on a TTY.
 */
export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
  const force = process.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  const noColor = process.env["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") return false;
  return Boolean(stream.isTTY);
}
