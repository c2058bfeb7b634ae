// Argument dispatch and the one top-level catch (design §6, after marp-cli): returns an exit code.
import type { Command } from "./commands/command.js";
import { ExitCode, PipiaError } from "./errors.js";
import { err, out, setQuiet } from "./cli/output.js";
import { toolVersion } from "./version.js";

type Loader = () => Promise<{ command: Command }>;

/** Command name → lazy loader, in the order `pipia --help` lists them. */
const commands: Readonly<Record<string, { summary: string; load: Loader }>> = {
  new: { summary: "answer the questionnaire interactively; saves after every answer and resumes", load: () => import("./commands/new.js") },
  validate: { summary: "check an answers file (YAML or JSON) and list every problem", load: () => import("./commands/validate.js") },
  check: { summary: "run the legal rules: findings, risk rating, deadlines, conclusion", load: () => import("./commands/check.js") },
  render: { summary: "write the Word documents (report, records, signage, filing pack)", load: () => import("./commands/render.js") },
  batch: { summary: "render many assessments in parallel, one folder each", load: () => import("./commands/batch.js") },
  rules: { summary: "list every rule with its id, severity and citations", load: () => import("./commands/rules.js") },
  schema: { summary: "print the JSON Schema of the answers file", load: () => import("./commands/schema.js") },
  templates: { summary: "export the default templates to customise them", load: () => import("./commands/templates.js") },
};

export function version(): string {
  return toolVersion();
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  return [
    `pipia ${version()} — PIPL impact assessments, processing records and face-recognition notices as Word documents`,
    "",
    "Usage: pipia <command> [options]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Options for every command:",
    "  --help, -h      the command's options and examples",
    "  --version       pipia's version",
    "  --quiet, -q     no progress or \"wrote …\" lines; results, warnings and errors still print",
    "Colour follows FORCE_COLOR and NO_COLOR. A FILE of \"-\" reads the answers from standard input.",
    "",
    "Run `pipia <command> --help` for a command's options and examples.",
    "Exit codes: 0 ok · 1 unexpected error · 2 invalid input · 3 prohibited findings · 130 cancelled",
  ].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  // --quiet / -q work with every command, anywhere before a "--".
  const end = argv.includes("--") ? argv.indexOf("--") : argv.length;
  const quiet = argv.slice(0, end).some((a) => a === "--quiet" || a === "-q");
  setQuiet(quiet);
  const args = quiet ? [...argv.slice(0, end).filter((a) => a !== "--quiet" && a !== "-q"), ...argv.slice(end)] : [...argv];
  const [name, ...rest] = args;
  if (name === undefined) {
    // No command is a usage error: the usage goes to stderr, so a script's output stays clean.
    err(usage());
    return ExitCode.INVALID_INPUT;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return ExitCode.OK;
  }
  if (name === "--version" || name === "-v") {
    out(version());
    return ExitCode.OK;
  }
  const entry = commands[name];
  if (!entry) {
    err(`pipia: unknown command "${name}"; expected one of ${Object.keys(commands).join(", ")}`);
    return ExitCode.INVALID_INPUT;
  }
  const options = rest.slice(0, rest.includes("--") ? rest.indexOf("--") : rest.length);
  if (options.includes("--version")) {
    out(version());
    return ExitCode.OK;
  }
  try {
    const { command } = await entry.load();
    if (options.includes("--help") || options.includes("-h")) {
      out(command.help);
      return ExitCode.OK;
    }
    return await command.run(rest);
  } catch (e) {
    if (e instanceof PipiaError) {
      err(e.message);
      if (e.hint) err(e.hint);
      return e.exitCode;
    }
    if (e instanceof Error && (e.name === "ExitPromptError" || e.name === "AbortPromptError")) return ExitCode.CANCELLED;
    err(e instanceof Error && e.stack ? e.stack : String(e));
    err("pipia: this is a bug; please report it with the command you ran.");
    return ExitCode.UNEXPECTED;
  }
}
