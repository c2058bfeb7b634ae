import type { Command } from "./command.js";
import { loadAssessment } from "../io/load-answers.js";
import { interfaceLang, parseCommandArgs } from "../cli/parse-args.js";
import { setMessageLang } from "../model/message-lang.js";
import { PipiaError } from "../errors.js";
import { info } from "../cli/output.js";
import { STDIN_NAME } from "../io/stdin.js";

export const command: Command = {
  name: "validate",
  summary: "check an answers file",
  help: `Usage: pipia validate FILE [--lang zh-CN|en]

Checks an answers file (YAML or JSON) against the assessment schema, then checks that the answers
agree with one another (dates in order, counts within the totals, signage, sensitive categories,
cross-border answers against the recipients' countries), and lists every problem, one per line,
as "FILE: path: message (line L, column C)"; a contradiction names both fields.
Exit 0 when valid, 2 when not. FILE "-" reads the answers from standard input.

Options:
  --lang zh-CN|en   language of the messages (default zh-CN; from LANG when not given)

Example:
  pipia validate samples/office-attendance.yaml
  pipia validate assessment.yaml --lang en`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("validate", argv, { lang: { type: "string" } });
    setMessageLang(interfaceLang(values.lang));
    if (positionals.length !== 1) throw new PipiaError("pipia validate: expected exactly one answers file", 2, "usage: pipia validate FILE");
    const file = positionals[0] as string;
    const a = await loadAssessment(file);
    info(`${file === "-" ? STDIN_NAME : file}: valid (${a.activities.length} processing ${a.activities.length === 1 ? "activity" : "activities"})`);
    return 0;
  },
};
