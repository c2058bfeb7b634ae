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
  helpZh: `用法：pipia edit 文件 [--lang zh-CN|en]

列出问卷的各个部分及其状态（已完成、有待答问题、有误）。选择一个部分，即以当前答案为默认值逐题提问：
回车保留原答案，Esc 返回上一题（在第一题按 Esc 回到菜单）。每修改一题即保存到文件。
选择“完成”退出，随后检查整个答卷。

选项：
  --lang zh-CN|en   问题的语言（默认 zh-CN；未指定时按 LANG 环境变量）

示例：
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
