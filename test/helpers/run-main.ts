// Run `main(argv)` in this process, as the binary would, capturing what it writes: faster than
// spawning node, for tests of exit codes and messages.
import { vi } from "vitest";
import { main } from "../../src/main.js";
import { messageLang, setMessageLang } from "../../src/model/message-lang.js";
import type { CliResult } from "./run-cli.js";

export async function runMain(args: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const outSpy = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  const errSpy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    stderr += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  });
  // Commands set the validation messages' language for the process (the binary's whole life);
  // put it back so a later test in this worker reads messages as before.
  const lang = messageLang();
  const saved = new Map<string, string | undefined>();
  for (const [k, v] of Object.entries({ NO_COLOR: "1", ...env })) {
    saved.set(k, process.env[k]);
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    outSpy.mockRestore();
    errSpy.mockRestore();
    setMessageLang(lang);
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
