// `pipia new [FILE]`: the interactive questionnaire. Every answer is written to FILE at once (atomic
// rename), so Ctrl-C, SIGTERM or even SIGKILL loses nothing; running it again resumes at the first
// unanswered question. Only modules needed for prompting are imported before the first prompt.
import { dirname, join, relative, sep } from "node:path";
import type { Command } from "./command.js";
import { interfaceLang, parseCommandArgs } from "../cli/parse-args.js";
import { err, out } from "../cli/output.js";
import { isPromptCancel, terminalPrompts } from "../cli/prompts.js";
import { ExitCode, PipiaError, ValidationError } from "../errors.js";
import { exists, writeFileAtomic } from "../io/atomic-write.js";
import { validateAnswers } from "../io/load-answers.js";
import { assessmentSchema } from "../model/assessment.js";
import type { Lang } from "../model/enums.js";
import { setMessageLang } from "../model/message-lang.js";
import { countAnswers } from "../questionnaire/answers.js";
import { answersFileText } from "../io/answers-file-text.js";
import { lazySteps } from "../questionnaire/load.js";
import { readPartial } from "../questionnaire/read-partial.js";
import { startFrom } from "../questionnaire/reassess.js";
import { runQuestionnaire } from "../questionnaire/runner.js";
import { editSession, requireTerminal, shellWord } from "./edit-session.js";

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
      fromExists: `${file} 已存在；复评请指定一个新文件，如 pipia new 2027.yaml --from ${f}`,
      fromWritten: (last: string) => `已从 ${last} 复制上次的回答到 ${file}，并填写了“上次评估”；在终端中运行 pipia edit ${f} 逐部分确认。`,
    },
    en: {
      start: `Answer question by question; each answer is saved to ${file} at once. Press Ctrl-C at any time and continue later with ${resumeCommand}.`,
      resuming: (n: number) => `Resuming: ${n} answer${n === 1 ? "" : "s"} saved`,
      cancelled: `resume with: ${resumeCommand}`,
      complete: `${file} is complete and valid; see the findings with pipia check ${f}, write the documents with pipia render ${f}`,
      finished: `Questionnaire complete; answers saved to ${file}.`,
      renderNow: "Write the Word documents now?",
      renderLater: `Write the documents later with: pipia render ${f}`,
      fromExists: `${file} already exists; a reassessment starts a new file, e.g. pipia new 2027.yaml --from ${f}`,
      fromWritten: (last: string) => `copied last year's answers from ${last} to ${file} and filled in the previous assessment; confirm each section in a terminal with pipia edit ${f} --lang en`,
    },
  }[lang];
};

export const command: Command = {
  name: "new",
  summary: "answer the questionnaire interactively; saves after every answer and resumes",
  help: `Usage: pipia new [FILE] [--lang zh-CN|en] [--from LAST.yaml]

Asks every question of the assessment in the terminal and writes FILE (default ${DEFAULT_FILE})
after each answer. If FILE exists, only the questions it does not answer yet are asked.
Ctrl-C stops at once and prints the command that resumes (exit code 130). When all questions
are answered, the file is validated, the findings are shown and you can write the documents.
If FILE is already complete, the section menu of pipia edit opens to review and change it.

Reassessment: --from LAST.yaml starts FILE from last year's answers, fills in the previous
assessment (date, report number and LAST.yaml's path, so the report and pipia diff can compare
the two) and clears this report's date, number and version; the
section menu then asks to confirm each section, and to answer what was cleared.

Options:
  --lang zh-CN|en   language of the questions (default zh-CN)
  --from LAST.yaml  start from last year's answers (FILE must not exist yet)

Examples:
  pipia new
  pipia new office.yaml --lang en
  pipia new office-2027.yaml --from office-2026.yaml`,
  helpZh: `用法：pipia new [文件] [--lang zh-CN|en] [--from 上次.yaml]

在终端中逐题提问，每答一题即写入文件（默认 ${DEFAULT_FILE}）。文件已存在时只问尚未回答的问题。
按 Ctrl-C 立即停止并显示继续填写的命令（退出码 130）。全部答完后检查答卷、显示问题清单，并可直接生成文档。
文件已填写完整时，打开 pipia edit 的分部分菜单以查看和修改。

复评：--from 上次.yaml 以上一年的回答为起点，填写“上次评估”（日期、报告编号和上次答卷的路径，供报告和
pipia diff 比较两次评估），清空本次报告的日期、编号和版本；
随后的分部分菜单请您逐部分确认，并回答被清空的问题。

选项：
  --lang zh-CN|en   问题的语言（默认 zh-CN；未指定时按 LANG 环境变量）
  --from 上次.yaml  以上一年的答卷为起点（文件须尚不存在）

示例：
  pipia new
  pipia new office.yaml --lang en
  pipia new office-2027.yaml --from office-2026.yaml`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("new", argv, { lang: { type: "string" }, from: { type: "string" } });
    if (positionals.length > 1) throw new PipiaError("pipia new: expected at most one answers file", ExitCode.INVALID_INPUT, "usage: pipia new [FILE] [--lang zh-CN|en]");
    const file = positionals[0] ?? DEFAULT_FILE;
    const lang = interfaceLang(values.lang);
    setMessageLang(lang);
    const say = messages(file, lang);

    if (values.from !== undefined) {
      if (await exists(file)) throw new PipiaError(say.fromExists, ExitCode.INVALID_INPUT);
      const lastFile = relative(dirname(file), values.from).split(sep).join("/");
      const next = startFrom(await readPartial(values.from, { mustExist: true }), lastFile);
      await writeFileAtomic(file, answersFileText(file, next), { force: false });
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        out(say.fromWritten(values.from));
        return ExitCode.OK;
      }
      return editSession({ file, answers: next, lang, confirmEach: true });
    }

    const answers = await readPartial(file);
    if (assessmentSchema.safeParse(answers).success) {
      // Complete: on a terminal, review and change it through the section menu.
      if (process.stdin.isTTY && process.stdout.isTTY) return editSession({ file, answers, lang });
      out(say.complete);
      return ExitCode.OK;
    }
    requireTerminal("new", lang);
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
        save: (a) => writeFileAtomic(file, answersFileText(file, a), { force: true }),
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
