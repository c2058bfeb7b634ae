// Drive a real terminal: a tmux session on a private socket (so nothing else's tmux is touched),
// with helpers to type, press keys, and wait for text on the screen.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

export type Tmux = {
  /** Type text literally (no key names), without Enter. */
  readonly type: (text: string) => void;
  /** Press keys by tmux name: "Enter", "C-c", "Space", "Down". */
  readonly press: (...keys: string[]) => void;
  /** Type a line and press Enter. */
  readonly line: (text: string) => void;
  /** The visible screen, wrapped lines joined. */
  readonly screen: () => string;
  /** Poll the screen until `pattern` appears; fails with the screen shown. */
  readonly waitFor: (pattern: string | RegExp, timeoutMs?: number) => Promise<string>;
  /** Poll until `file` exists and `pattern` matches its text. */
  readonly waitForFile: (file: string, pattern: RegExp, timeoutMs?: number) => Promise<string>;
  readonly close: () => void;
};

const matches = (text: string, pattern: string | RegExp): boolean => (typeof pattern === "string" ? text.includes(pattern) : pattern.test(text));

export function startTmux(opts: { readonly cwd: string; readonly width?: number; readonly height?: number }): Tmux {
  const socket = `pipia-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]): string => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  // A plain shell: no rc files, so the prompt and environment are predictable (a neutral locale:
  // pipia's interface language then is its default, Chinese).
  tmux(
    "new-session", "-d", "-s", "e2e", "-x", String(opts.width ?? 200), "-y", String(opts.height ?? 50), "-c", opts.cwd,
    "env", "-u", "EDITOR", "-u", "VISUAL", "-u", "LC_ALL", "-u", "LC_MESSAGES", "LANG=C.UTF-8", "NO_COLOR=1", "PS1=$ ", "bash", "--norc", "--noprofile",
  );
  const screen = (): string => tmux("capture-pane", "-p", "-J", "-t", "e2e");
  const poll = async <T>(what: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> => {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const got = what();
      if (got !== undefined) return got;
      if (Date.now() > until) throw new Error(`${describe()}\n--- screen ---\n${screen()}\n--------------`);
      await sleep(50);
    }
  };
  return {
    type: (text) => void tmux("send-keys", "-t", "e2e", "-l", text),
    press: (...keys) => void tmux("send-keys", "-t", "e2e", ...keys),
    line: (text) => {
      if (text !== "") tmux("send-keys", "-t", "e2e", "-l", text);
      tmux("send-keys", "-t", "e2e", "Enter");
    },
    screen,
    waitFor: (pattern, timeoutMs = 10_000) =>
      poll(
        () => {
          const s = screen();
          return matches(s, pattern) ? s : undefined;
        },
        timeoutMs,
        () => `timed out after ${timeoutMs} ms waiting for ${String(pattern)} on the screen`,
      ),
    waitForFile: (file, pattern, timeoutMs = 10_000) =>
      poll(
        () => {
          const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
          return text !== undefined && pattern.test(text) ? text : undefined;
        },
        timeoutMs,
        () => `timed out after ${timeoutMs} ms waiting for ${file} to match ${String(pattern)}${existsSync(file) ? `; it holds: ${readFileSync(file, "utf8")}` : "; it does not exist"}`,
      ),
    close: () => {
      try {
        tmux("kill-server");
      } catch {
        // already gone
      }
    },
  };
}
