// Argument dispatch and the one top-level catch (design §6, after marp-cli): returns an exit code.
import type { Command } from "./commands/command.js";
import { ExitCode, PipiaError } from "./errors.js";
import { err, out } from "./cli/output.js";
import { toolVersion } from "./version.js";

type Loader = () => Promise<{ command: Command }>;

/** Command name → lazy loader, in the order `pipia --help` lists them. */
const commands: Readonly<Record<string, { summary: string; load: Loader }>> = {
  new: { summary: "answer the questionnaire interactively; saves after every answer and resumes", load: () => import("./commands/new.js") },
  edit: { summary: "review and change an answers file section by section", load: () => import("./commands/edit.js") },
  validate: { summary: "check an answers file (YAML or JSON) and list every problem", load: () => import("./commands/validate.js") },
  check: { summary: "run the legal rules: findings, risk rating, deadlines, conclusion", load: () => import("./commands/check.js") },
  render: { summary: "write the Word documents (report, records, signage, filing pack)", load: () => import("./commands/render.js") },
  batch: { summary: "render many assessments in parallel, one folder each", load: () => import("./commands/batch.js") },
  actions: { summary: "export the action plan to Excel and import owners, dates and status back", load: () => import("./commands/actions.js") },
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
    "Run `pipia <command> --help` for a command's options and examples.",
    "Exit codes: 0 ok · 1 unexpected error · 2 invalid input · 3 prohibited findings · 130 cancelled",
  ].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    out(usage());
    return name === undefined ? ExitCode.INVALID_INPUT : ExitCode.OK;
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
  try {
    const { command } = await entry.load();
    if (rest.includes("--help") || rest.includes("-h")) {
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
