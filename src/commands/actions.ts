// `pipia actions FILE --xlsx OUT.xlsx` writes the action plan and the processing records as an
// Excel workbook; `pipia actions FILE --import OUT.xlsx` reads owners, due dates and status back
// into the answers file's overrides.actions, keeping the rest of the file (and its comments) as is.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { parseDocument } from "yaml";
import type { Command } from "./command.js";
import { interfaceLang, parseCommandArgs } from "../cli/parse-args.js";
import { out } from "../cli/output.js";
import { ExitCode, PipiaError } from "../errors.js";
import { exists, writeFileAtomic } from "../io/atomic-write.js";
import { loadAssessment, parseAnswersText, readAnswersText, validateAnswers } from "../io/load-answers.js";
import type { Lang } from "../model/enums.js";
import { setMessageLang } from "../model/message-lang.js";
import { analyze } from "../analysis/analyze.js";
import { planRows } from "../actions/plan-rows.js";
import { actionsWorkbook } from "../actions/xlsx-export.js";
import { mergeOverrides, readPlanRows, type ActionOverride } from "../actions/xlsx-import.js";
import { isRecord } from "../questionnaire/answers.js";

const USAGE = "usage: pipia actions FILE --xlsx OUT.xlsx [--force] | pipia actions FILE --import IN.xlsx";

/** The answers text with overrides.actions replaced; YAML keeps its comments and layout. */
function withOverrides(file: string, text: string, actions: readonly ActionOverride[]): string {
  if (extname(file).toLowerCase() === ".json") {
    const data = parseAnswersText(file, text);
    if (!isRecord(data)) throw new PipiaError(`${file}: expected a mapping of sections`);
    const overrides = isRecord(data["overrides"]) ? data["overrides"] : {};
    return `${JSON.stringify({ ...data, overrides: { ...overrides, actions } }, null, 2)}\n`;
  }
  const doc = parseDocument(text);
  doc.setIn(["overrides", "actions"], doc.createNode(actions));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export const command: Command = {
  name: "actions",
  summary: "export the action plan and processing records to Excel, and import owners, dates and status back",
  help: `Usage: pipia actions FILE --xlsx OUT.xlsx [--force] [--lang zh-CN|en]
       pipia actions FILE --import IN.xlsx [--lang zh-CN|en]

--xlsx writes an Excel workbook with two sheets: the action plan (rule, activity, finding, article,
action, owner, due date, status) and the processing records, one row per activity.
Fill in owners, change due dates and status in Excel, then --import reads them back into FILE's
overrides.actions (only the rows that differ from the current plan). Every row is checked first;
problems name the sheet, row and column, and nothing is written (exit 2).

Options:
  --xlsx OUT.xlsx    write the workbook (refuses to overwrite without --force)
  --import IN.xlsx   read owners, due dates and status back into FILE
  --lang zh-CN|en    language of the sheets and messages (default zh-CN)

Examples:
  pipia actions office.yaml --xlsx office-actions.xlsx
  pipia actions office.yaml --import office-actions.xlsx`,
  helpZh: `用法：pipia actions 文件 --xlsx 输出.xlsx [--force] [--lang zh-CN|en]
      pipia actions 文件 --import 输入.xlsx [--lang zh-CN|en]

--xlsx 写出 Excel 工作簿，含两张工作表：整改计划（规则、处理活动、问题、依据条款、整改措施、责任人、
完成期限、状态）和处理情况记录（每个处理活动一行）。
在 Excel 中填写责任人、修改期限和状态后，用 --import 读回答卷的 overrides.actions（只写入与当前计划
不同的行）。读入前逐行检查；有问题时列出工作表、行和列，不写入任何内容（退出码 2）。

选项：
  --xlsx 输出.xlsx    写出工作簿（已存在时须加 --force 才覆盖）
  --import 输入.xlsx  把责任人、完成期限和状态读回答卷
  --lang zh-CN|en     工作表和提示的语言（默认 zh-CN）

示例：
  pipia actions office.yaml --xlsx office-actions.xlsx
  pipia actions office.yaml --import office-actions.xlsx`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("actions", argv, {
      xlsx: { type: "string" },
      import: { type: "string" },
      force: { type: "boolean" },
      lang: { type: "string" },
    });
    if (positionals.length !== 1) throw new PipiaError("pipia actions: expected exactly one answers file", ExitCode.INVALID_INPUT, USAGE);
    if ((values.xlsx === undefined) === (values.import === undefined))
      throw new PipiaError("pipia actions: give exactly one of --xlsx OUT.xlsx or --import IN.xlsx", ExitCode.INVALID_INPUT, USAGE);
    const file = positionals[0] as string;
    const lang: Lang = interfaceLang(values.lang);
    setMessageLang(lang);
    const zh = lang === "zh-CN";

    if (values.xlsx !== undefined) {
      const an = analyze(await loadAssessment(file));
      await writeFileAtomic(values.xlsx, await actionsWorkbook(an, lang), { force: values.force === true });
      out(zh ? `已写入 ${values.xlsx}（整改事项 ${an.actions.length} 项）` : `wrote ${values.xlsx} (${an.actions.length} action${an.actions.length === 1 ? "" : "s"})`);
      return ExitCode.OK;
    }

    const xlsx = values.import as string;
    if (!(await exists(xlsx))) throw new PipiaError(zh ? `${xlsx}：文件不存在` : `${xlsx}: no such file`);
    const text = await readAnswersText(file);
    const a = validateAnswers(file, parseAnswersText(file, text));
    const rows = await readPlanRows(xlsx, new Uint8Array(await readFile(xlsx)), lang);
    const { actions, changed } = mergeOverrides(xlsx, rows, planRows(analyze(a), lang), a.overrides?.actions ?? [], lang);
    if (changed === 0) {
      out(zh ? `${xlsx} 的 ${rows.length} 行与 ${file} 的整改计划一致，无需更新` : `the ${rows.length} rows of ${xlsx} match the action plan of ${file}; nothing to update`);
      return ExitCode.OK;
    }
    const updated = withOverrides(file, text, actions);
    validateAnswers(file, parseAnswersText(file, updated)); // never write a file that does not validate
    await writeFileAtomic(file, updated, { force: true });
    out(zh ? `已从 ${xlsx} 读入 ${rows.length} 行，更新了 ${file} 中 ${changed} 项整改事项` : `read ${rows.length} rows from ${xlsx}; ${changed} action${changed === 1 ? "" : "s"} updated in ${file}`);
    return ExitCode.OK;
  },
};
