// The interactive part shared by `pipia edit` and `pipia new` (on a complete file, or --from): the
// section menu over FILE, saving atomically after every changed answer, then the result in words.
import { err, out } from "../cli/output.js";
import { isPromptCancel, terminalPrompts } from "../cli/prompts.js";
import { ExitCode, PipiaError } from "../errors.js";
import { writeFileAtomic } from "../io/atomic-write.js";
import { assessmentSchema } from "../model/assessment.js";
import type { Lang } from "../model/enums.js";
import { formatIssues } from "../model/format-issues.js";
import { serializeAnswers, type Answers } from "../questionnaire/answers.js";
import { editMenu } from "../questionnaire/edit-menu.js";
import { loadQuestionnaire } from "../questionnaire/load.js";

/** Quote a path for a copy-paste hint only when the shell needs it. */
export function shellWord(s: string): string {
  return /^[\w./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

const say = (file: string, lang: Lang) => {
  const f = shellWord(file);
  return {
    "zh-CN": {
      intro: `逐部分查看和修改 ${file}；每改一题即保存。`,
      valid: `${file} 已保存，完整且有效；查看结论：pipia check ${f}，生成文档：pipia render ${f}`,
      invalid: `${file} 已保存，但还有以下问题；再次运行 pipia edit ${f} 修改：`,
      cancelled: `已保存；继续修改：pipia edit ${f}`,
    },
    en: {
      intro: `Review and change ${file} section by section; each changed answer is saved at once.`,
      valid: `${file} is saved, complete and valid; see the findings with pipia check ${f}, write the documents with pipia render ${f}`,
      invalid: `${file} is saved but has these problems; run pipia edit ${f} --lang en again to fix them:`,
      cancelled: `saved; continue with: pipia edit ${f} --lang en`,
    },
  }[lang];
};

export function requireTerminal(command: string, lang: Lang): void {
  if (process.stdin.isTTY && process.stdout.isTTY) return;
  if (lang === "zh-CN")
    throw new PipiaError(
      `pipia ${command}：需要在交互式终端中运行（标准输入或输出不是终端）`,
      ExitCode.INVALID_INPUT,
      "请在终端中运行；或手工编写答卷文件（格式见 pipia schema），再用 pipia validate 检查",
    );
  throw new PipiaError(
    `pipia ${command}: needs an interactive terminal (stdin or stdout is not a TTY)`,
    ExitCode.INVALID_INPUT,
    "run it in a terminal, or write the answers file by hand (see: pipia schema) and check it with pipia validate",
  );
}

export async function editSession(o: { readonly file: string; readonly answers: Answers; readonly lang: Lang; readonly confirmEach?: boolean }): Promise<number> {
  requireTerminal("edit", o.lang);
  const s = say(o.file, o.lang);
  out(s.intro);
  try {
    await editMenu({
      steps: loadQuestionnaire().steps,
      prompts: terminalPrompts(o.lang),
      lang: o.lang,
      answers: o.answers,
      save: (a) => writeFileAtomic(o.file, serializeAnswers(o.file, a), { force: true }),
      ...(o.confirmEach ? { confirmEach: true } : {}),
    });
  } catch (e) {
    if (!isPromptCancel(e)) throw e;
    err(s.cancelled);
    return ExitCode.CANCELLED;
  }
  const r = assessmentSchema.safeParse(o.answers);
  if (r.success) {
    out(s.valid);
    return ExitCode.OK;
  }
  err(s.invalid);
  for (const line of formatIssues(o.file, r.error.issues)) err(line);
  return ExitCode.INVALID_INPUT;
}
