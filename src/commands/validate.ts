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
  helpZh: `用法：pipia validate 文件 [--lang zh-CN|en]

按评估答复的结构检查答复文件（YAML 或 JSON），再检查各项答复之间是否一致（日期先后、各活动人数
不超过总人数、提示标识、依法属于敏感个人信息的种类、跨境答复与接收方所在国家或地区），逐行列出
全部问题：“文件: 路径: 说明 (line 行, column 列)”；相互矛盾的答复同时写明两处路径。
有效时退出码为 0，否则为 2。文件为 "-" 时从标准输入读取。

选项：
  --lang zh-CN|en   提示语言（默认 zh-CN；未指定时按 LANG 环境变量）

示例：
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
