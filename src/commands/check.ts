import type { Command } from "./command.js";
import { parseCommandArgs, oneOf } from "../cli/parse-args.js";
import { PipiaError, ExitCode } from "../errors.js";
import { out, useColour } from "../cli/output.js";
import { loadAssessment } from "../io/load-answers.js";
import { analyze } from "../analysis/analyze.js";
import { formatAnalysis } from "../cli/format-analysis.js";
import { LANGS } from "../model/enums.js";

export const command: Command = {
  name: "check",
  summary: "run the legal rules: findings, risk rating, deadlines, conclusion",
  help: `Usage: pipia check FILE [--format text|json] [--lang zh-CN|en]

Runs every rule over an answers file and prints the findings grouped by severity, the GB/T 39335
risk rating, the face-recognition filing status and the conclusion. --format json prints the whole
analysis (Art 55 triggers, findings with citations, risk, dates, conclusion, action plan);
its shape is documented in docs/analysis-json.md.
FILE "-" reads the answers from standard input.
Citations marked † rest on an article number or wording that is not confirmed against the official text.

Exit codes: 0 every activity may proceed · 3 an activity (or the processor) must stop, suspend or
rectify · 2 invalid input.

Examples:
  pipia check samples/residential-gate.yaml
  pipia check samples/mall-camera.yaml --format json --lang en`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("check", argv, {
      format: { type: "string" },
      lang: { type: "string" },
    });
    if (positionals.length !== 1) throw new PipiaError("pipia check: expected exactly one answers file", 2, "usage: pipia check FILE [--format text|json]");
    const format = oneOf("--format", values.format, ["text", "json"] as const, "text");
    const lang = oneOf("--lang", values.lang, LANGS, "zh-CN");
    const a = await loadAssessment(positionals[0] as string);
    const an = analyze(a);
    out(format === "json" ? JSON.stringify(an, null, 2) : formatAnalysis(an, lang, useColour()));
    // Exit 3 whenever any activity's (or the processor's) conclusion is not "may proceed".
    return an.conclusion.outcome === "may-proceed" ? ExitCode.OK : ExitCode.BLOCKING_FINDINGS;
  },
};
