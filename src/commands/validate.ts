import type { Command } from "./command.js";
import { loadAssessment } from "../io/load-answers.js";
import { parseCommandArgs } from "../cli/parse-args.js";
import { PipiaError } from "../errors.js";
import { info } from "../cli/output.js";
import { STDIN_NAME } from "../io/stdin.js";

export const command: Command = {
  name: "validate",
  summary: "check an answers file",
  help: `Usage: pipia validate FILE

Checks an answers file (YAML or JSON) against the assessment schema and lists every problem,
one per line, as "FILE: path: message (line L, column C)". Exit 0 when valid, 2 when not.
FILE "-" reads the answers from standard input.

Example:
  pipia validate samples/office-attendance.yaml`,
  async run(argv) {
    const { positionals } = parseCommandArgs("validate", argv, {});
    if (positionals.length !== 1) throw new PipiaError("pipia validate: expected exactly one answers file", 2, "usage: pipia validate FILE");
    const file = positionals[0] as string;
    const a = await loadAssessment(file);
    info(`${file === "-" ? STDIN_NAME : file}: valid (${a.activities.length} processing ${a.activities.length === 1 ? "activity" : "activities"})`);
    return 0;
  },
};
