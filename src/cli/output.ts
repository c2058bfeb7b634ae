// The only place that writes to the terminal (besides prompts.ts).
export function out(text: string): void {
  process.stdout.write(text.endsWith("\n") ? text : `${text}\n`);
}
export function err(text: string): void {
  process.stderr.write(text.endsWith("\n") ? text : `${text}\n`);
}
/** Colour only on a TTY, and never when NO_COLOR is set. */
export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
  return Boolean(stream.isTTY) && process.env["NO_COLOR"] === undefined;
}
