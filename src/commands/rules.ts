import type { Command } from "./command.js";
import { parseCommandArgs, oneOf } from "../cli/parse-args.js";
import { out } from "../cli/output.js";
import { rulesListing } from "../api/rules-listing.js";
import { rulesMarkdownTable } from "../rules/markdown-table.js";
import { LANGS } from "../model/enums.js";

export const command: Command = {
  name: "rules",
  summary: "list every rule with its id, severity and citations",
  help: `Usage: pipia rules [--format text|json|markdown] [--lang zh-CN|en]

Lists every rule pipia checks: id, slug, severity, one-line summary and the articles it cites
(† = article number or wording not confirmed against the official text).
--format json prints { schemaVersion, tool, rules: [...] }, described by schema/rules.schema.json.
--format markdown prints the table the README embeds.

Examples:
  pipia rules
  pipia rules --format json`,
  async run(argv) {
    const { values } = parseCommandArgs("rules", argv, { format: { type: "string" }, lang: { type: "string" } });
    const format = oneOf("--format", values.format, ["text", "json", "markdown"] as const, "text");
    const lang = oneOf("--lang", values.lang, LANGS, "zh-CN");
    if (format === "markdown") {
      out(rulesMarkdownTable());
      return 0;
    }
    const listing = rulesListing();
    const list = listing.rules;
    if (format === "json") out(JSON.stringify(listing, null, 2));
    else
      out(
        list
          .map((r) => `${r.id}  ${r.severity.padEnd(10)} ${r.summary[lang]}\n      ${r.citations.map((c) => c.label[lang] + (c.unconfirmed ? "†" : "")).join("; ")}`)
          .join("\n"),
      );
    return 0;
  },
};
