// `-` as the answers file: read it from standard input (`cat a.yaml | pipia check -`), with the same
// limits and encoding rules as a file.
import { PipiaError } from "../errors.js";

/** How messages name standard input. */
export const STDIN_NAME = "<stdin>";

export async function readStdinText(maxBytes: number, stream: NodeJS.ReadStream = process.stdin): Promise<string> {
  if (stream.isTTY) throw new PipiaError(`${STDIN_NAME}: "-" reads the answers from standard input, which is a terminal; pipe or redirect a file, e.g. pipia check - < assessment.yaml`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > maxBytes) throw new PipiaError(`${STDIN_NAME}: more than ${maxBytes / 1048576} MB; answers files are limited to ${maxBytes / 1048576} MB`);
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.toString("utf8").trim() === "") throw new PipiaError(`${STDIN_NAME}: is empty; expected an answers file (see: pipia schema)`);
  try {
    const t = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
  } catch {
    throw new PipiaError(`${STDIN_NAME}: is not UTF-8 text; save it as UTF-8 (GBK and other encodings are not accepted)`);
  }
}
