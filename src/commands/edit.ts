// `pipia edit FILE`: review and change an answers file through the questionnaire's section menu.
import type { Command } from "./command.js";
import { interfaceLang, parseCommandArgs } from "../cli/parse-args.js";
import { ExitCode, PipiaError } from "../errors.js";
import { setMessageLang } from "../model/message-lang.js";
import { readPartial } from "../questionnaire/read-partial.js";
import { editSession } from "./edit-session.js";

export const command: Command = {
  name: "edit",
  summary: "review and change an answers file section by section",
  help: `Usage: pipia edit FILE [--lang zh-CN|en]

Shows the questionnaire's sections with their state (complete, open questions, invalid). Choose
one to walk its questions with the current answers as defaults: Enter keeps an answer, Esc goes
back to the previous question (from the first one, back to the menu). Every changed answer is
saved to FILE at once. Choose "done" to finish; FILE is then validated.

Options:
  --lang zh-CN|en   language of the questions (default zh-CN)

Examples:
  pipia edit office.yaml
  pipia edit office.yaml --lang en`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("edit", argv, { lang: { type: "string" } });
    if (positionals.length !== 1) throw new PipiaError("pipia edit: expected exactly one answers file", ExitCode.INVALID_INPUT, "usage: pipia edit FILE [--lang zh-CN|en]");
    const file = positionals[0] as string;
    const lang = interfaceLang(values.lang);
    setMessageLang(lang);
    const answers = await readPartial(file, { mustExist: true });
    return editSession({ file, answers, lang });
  },
};
