// `pipia diff OLD NEW`: what changed from one assessment to the next (usually last year's and this
// year's): facts by answers-file path, findings opened / closed / changed, risk levels and
// conclusions. Both files are validated as `pipia validate` does; differences are not an error.
import type { Command } from "./command.js";
import { interfaceLang, parseCommandArgs } from "../cli/parse-args.js";
import { out } from "../cli/output.js";
import { DIFF_FORMATS, formatDiffMarkdown, formatDiffText, VALUE_MAX, type DiffFormat } from "../cli/format-diff.js";
import { ExitCode, PipiaError } from "../errors.js";
import { loadAssessment } from "../io/load-answers.js";
import { analyze } from "../analysis/analyze.js";
import { diffAssessments } from "../diff/compare.js";
import { setMessageLang } from "../model/message-lang.js";

export const command: Command = {
  name: "diff",
  summary: "show what changed between two assessments: facts, findings, risk levels, conclusions",
  help: `Usage: pipia diff OLD.yaml NEW.yaml [--format text|json|markdown] [--lang zh-CN|en]

Compares two answers files, usually last year's assessment and this year's (see pipia new --from),
and prints what changed:
  facts       by answers-file path, added / removed / changed, with the old and new values;
              list items are matched by a natural key: activities by id (activities[id=gate]),
              personal information by category, recipients and assessors by name, risks by
              activity and event, overrides by activity (and rule or category); other lists
              (incidents) by position; lists of choices (purposes, channels…) as one value,
              regardless of order
  findings    opened, closed (fixed or no longer applicable), or changed severity, consequence
              or status; matched by rule id + activity + answers-file path (met obligations are
              not compared)
  risk        the GB/T 39335 risk level of each activity, before → after
  conclusion  the outcome of each activity and overall, before → after
Text and Markdown cut values longer than ${VALUE_MAX} characters; --format json has them in full and is
versioned ({ "schemaVersion": 1, … }; schema/diff.schema.json describes it).
Both files are validated first, with the same messages as pipia validate.

Options:
  --format text|json|markdown   output format (default text)
  --lang zh-CN|en               language of the output (default zh-CN; else from LANG)

Exit codes: 0 whether or not the assessments differ · 2 invalid input (a file missing or invalid).

Examples:
  pipia diff office-2026.yaml office-2027.yaml
  pipia diff office-2026.yaml office-2027.yaml --format markdown > changes.md
  pipia diff office-2026.yaml office-2027.yaml --format json --lang en`,
  helpZh: `用法：pipia diff 上次.yaml 本次.yaml [--format text|json|markdown] [--lang zh-CN|en]

比较两份答卷（通常是上一年和本年的评估，见 pipia new --from），列出变化：
  事实    按答卷路径列出新增、删除和修改的事实及其前后取值；列表中的条目按自然键对应：
          处理活动按编号（activities[id=gate]），个人信息按种类，接收方和评估人员按名称，
          风险情形按处理活动和事件类型，人工调整按处理活动（及规则或影响类别）；
          其他列表（安全事件）按位置对应；多选项（处理目的、告知渠道等）作为一个整体比较，不计顺序
  问题    新出现、已关闭（已整改或不再适用）、严重程度或处理要求或状态发生变化的问题；
          按规则编号 + 处理活动 + 答卷路径对应（已满足的义务不比较）
  风险    各处理活动的风险等级（GB/T 39335），上次 → 本次
  结论    各处理活动及整体的结论，上次 → 本次
文本和 Markdown 格式中超过 ${VALUE_MAX} 个字符的取值会被截断；--format json 给出完整取值，并带版本号
（{ "schemaVersion": 1, … }；其结构见 schema/diff.schema.json）。
比较前先检查两份答卷，提示与 pipia validate 相同。

选项：
  --format text|json|markdown   输出格式（默认 text）
  --lang zh-CN|en               输出语言（默认 zh-CN；未指定时按 LANG 环境变量）

退出码：0 无论两次评估是否有差异 · 2 输入无效（文件不存在或答卷有误）。

示例：
  pipia diff office-2026.yaml office-2027.yaml
  pipia diff office-2026.yaml office-2027.yaml --format markdown > changes.md
  pipia diff office-2026.yaml office-2027.yaml --format json --lang en`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs("diff", argv, { format: { type: "string" }, lang: { type: "string" } });
    const lang = interfaceLang(values.lang);
    setMessageLang(lang);
    const zh = lang === "zh-CN";
    const usage = zh ? "用法：pipia diff 上次.yaml 本次.yaml [--format text|json|markdown]" : "usage: pipia diff OLD.yaml NEW.yaml [--format text|json|markdown]";
    if (positionals.length !== 2) throw new PipiaError(zh ? `pipia diff：需要两份答卷，收到 ${positionals.length} 份` : `pipia diff: expected two answers files, got ${positionals.length}`, ExitCode.INVALID_INPUT, usage);
    const format = values.format ?? "text";
    if (!(DIFF_FORMATS as readonly string[]).includes(format))
      throw new PipiaError(zh ? `--format：不支持“${format}”，可选 ${DIFF_FORMATS.join("、")}` : `--format: "${format}" is not allowed; expected one of ${DIFF_FORMATS.join(", ")}`, ExitCode.INVALID_INPUT, usage);
    const [oldFile, newFile] = positionals as [string, string];
    if (oldFile === "-" && newFile === "-") throw new PipiaError(zh ? "pipia diff：只有一份答卷可以从标准输入读取" : "pipia diff: only one of the files can be standard input", ExitCode.INVALID_INPUT, usage);
    const before = analyze(await loadAssessment(oldFile));
    const after = analyze(await loadAssessment(newFile));
    const d = diffAssessments({ file: oldFile, analysis: before }, { file: newFile, analysis: after });
    const f = format as DiffFormat;
    out(f === "json" ? JSON.stringify(d, null, 2) : f === "markdown" ? formatDiffMarkdown(d, lang) : formatDiffText(d, lang));
    return ExitCode.OK;
  },
};
