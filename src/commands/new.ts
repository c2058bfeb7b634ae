// `pipia new [FILE]`: the interactive questionnaire. Every answer is written to FILE at once (atomic
// rename), so Ctrl-C, SIGTERM or even SIGKILL loses nothing; running it again resumes at the first
// unanswered question. Only modules needed for prompting are imported before the first prompt.
import { dirname, join } from "node:path";
import type { Command } from "./command.js";
import { parseCommandArgs, oneOf } from "../cli/parse-args.js";
import { err, out } from "../cli/output.js";
import { isPromptCancel, terminalPrompts } from "../cli/prompts.js";
import { ExitCode, PipiaError } from "../errors.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { validateAnswers } from "../io/load-answers.js";
import { assessmentSchema } from "../model/assessment.js";
import { LANGS, type Lang } from "../model/enums.js";
import { countAnswers, serializeAnswers } from "../questionnaire/answers.js";
import { lazySteps } from "../questionnaire/load.js";
import { readPartial } from "../questionnaire/read-partial.js";
import { runQuestionnaire } from "../questionnaire/runner.js";
import { editSession, shellWord } from "./edit-session.js";

const DEFAULT_FILE = "assessment.yaml";

const messages = (file: string, lang: Lang) => {
  const f = shellWord(file);
  const resumeCommand = `pipia new ${f}${lang === "en" ? " --lang en" : ""}`;
  return {
    "zh-CN": {
      start: `逐题回答；每答一题即保存到 ${file}。随时可按 Ctrl-C 退出，之后运行 ${resumeCommand} 继续。`,
      resuming: (n: number) => `继续填写：已保存 ${n} 项回答`,
      cancelled: `继续填写：${resumeCommand}`,
      complete: `${file} 已填写完整且有效；查看结论：pipia check ${f}，生成文档：pipia render ${f}`,
      finished: `问卷已完成，答案已保存到 ${file}。`,
      renderNow: "现在生成 Word 文档吗？",
      renderLater: `稍后生成文档：pipia render ${f}`,
    },
    en: {
      start: `Answer question by question; each answer is saved to ${file} at once. Press Ctrl-C at any time and continue later with ${resumeCommand}.`,
      resuming: (n: number) => `Resuming: ${n} answer${n === 1 ? "" : "s"} saved`,
      cancelled: `resume with: ${resumeCommand}`,
      complete: `${file} is complete and valid; see the findings with pipia check ${f}, write the documents with pipia render ${f}`,
      finished: `Questionnaire complete; answers saved to ${file}.`,
      renderNow: "Write the Word documents now?",
      renderLater: `Write the documents later with: pipia render ${f}`,
    },
  }[lang];
};

export const command: Command = {
  name: "new",
  summary: "answer the questionnaire interactively; saves after every answer and resumes",
  help: `Usage: pipia new [FILE] [--lang zh-CN|en]

Asks every question of the assessment in the terminal and writes FILE (default ${DEFAULT_FILE})
after each answer. If FILE exists, only the questions it does not answer yet are asked.
Ctrl-C stops at once and prints the command that resumes (exit code 130). When all questions
are answered, the file is validated, the findings are shown and you can write the documents.
If FILE is already complete, the section menu of pipia edit opens to review and change it.

Options:
  --lang zh-CN|en   language of the questions (default zh-CN)

Examples:
  pipia new
  pipia new office.yaml --lang en`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("new", argv, { lang: { type: "string" } });
    if (positionals.length > 1) throw new PipiaError("pipia new: expected at most one answers file", ExitCode.INVALID_INPUT, "usage: pipia new [FILE] [--lang zh-CN|en]");
    const file = positionals[0] ?? DEFAULT_FILE;
    const lang = oneOf("--lang", values.lang, LANGS, "zh-CN");
    const say = messages(file, lang);

    const answers = await readPartial(file);
    if (assessmentSchema.safeParse(answers).success) {
      // Complete: on a terminal, review and change it through the section menu.
      if (process.stdin.isTTY && process.stdout.isTTY) return editSession({ file, answers, lang });
      out(say.complete);
      return ExitCode.OK;
    }
    if (!process.stdin.isTTY || !process.stdout.isTTY)
      throw new PipiaError(
        "pipia new: needs an interactive terminal (stdin or stdout is not a TTY)",
        ExitCode.INVALID_INPUT,
        "run it in a terminal, or write the answers file by hand (see: pipia schema) and check it with pipia validate",
      );
    const prompts = terminalPrompts(lang);
    const n = countAnswers(answers);
    out(n > 0 ? say.resuming(n) : say.start);
    try {
      await runQuestionnaire({
        steps: lazySteps(),
        prompts,
        lang,
        answers,
        file,
        save: (a) => writeFileAtomic(file, serializeAnswers(file, a), { force: true }),
      });
    } catch (e) {
      if (!isPromptCancel(e)) throw e;
      err(say.cancelled); // every answer is already on disk
      return ExitCode.CANCELLED;
    }

    validateAnswers(file, answers);
    out(say.finished);
    await (await import("./check.js")).command.run([file, "--lang", lang]);
    let renderNow: boolean;
    try {
      renderNow = await prompts.confirm({ name: "render", message: say.renderNow, default: true });
    } catch (e) {
      if (!isPromptCancel(e)) throw e;
      err(say.renderLater);
      return ExitCode.CANCELLED;
    }
    if (!renderNow) {
      out(say.renderLater);
      return ExitCode.OK;
    }
    return (await import("./render.js")).command.run([file, "--out", join(dirname(file), "out"), "--lang", lang]);
  },
};
