// Argument dispatch and the one top-level catch (design §6, after marp-cli): returns an exit code.
import type { Command } from "./commands/command.js";
import { ExitCode, PipiaError } from "./errors.js";
import { err, out, setQuiet } from "./cli/output.js";
import { toolVersion } from "./version.js";
import { helpLang } from "./cli/help-lang.js";
import type { Lang } from "./model/enums.js";

type Loader = () => Promise<{ command: Command }>;

/** Command name → lazy loader, in the order `pipia --help` lists them. */
const commands: Readonly<Record<string, { summary: string; summaryZh?: string; load: Loader }>> = {
  new: { summary: "answer the questionnaire interactively; saves after every answer and resumes", summaryZh: "交互式填写问卷；每答一题即保存，可随时中断后继续", load: () => import("./commands/new.js") },
  edit: { summary: "review and change an answers file section by section", summaryZh: "逐部分查看和修改答卷（已完成 / 有待答问题 / 有误）", load: () => import("./commands/edit.js") },
  validate: { summary: "check an answers file (YAML or JSON) and list every problem", summaryZh: "检查答卷文件（YAML 或 JSON）并列出全部问题", load: () => import("./commands/validate.js") },
  check: { summary: "run the legal rules: findings, risk rating, deadlines, conclusion", summaryZh: "运行法律规则：问题清单、风险评级、期限和结论", load: () => import("./commands/check.js") },
  diff: { summary: "show what changed between two assessments: facts, findings, risk levels, conclusions", summaryZh: "比较两次评估：事实、问题、风险等级和结论的变化", load: () => import("./commands/diff.js") },
  render: { summary: "write the Word documents (report, records, signage, filing pack)", summaryZh: "生成 Word 文档（评估报告、处理情况记录、提示标识、备案材料）", load: () => import("./commands/render.js") },
  batch: { summary: "render many assessments in parallel, one folder each", summaryZh: "并行生成多份评估的文档，每份一个文件夹", load: () => import("./commands/batch.js") },
  actions: { summary: "export the action plan to Excel and import owners, dates and status back", summaryZh: "将整改计划导出为 Excel，并读回责任人、期限和状态", load: () => import("./commands/actions.js") },
  rules: { summary: "list every rule with its id, severity and citations", summaryZh: "列出全部规则及其编号、严重程度和法律依据", load: () => import("./commands/rules.js") },
  schema: { summary: "print the JSON Schema of the answers file", summaryZh: "输出答卷文件的 JSON Schema", load: () => import("./commands/schema.js") },
  templates: { summary: "export the default templates to customise them", summaryZh: "导出默认模板以便定制", load: () => import("./commands/templates.js") },
};

export function version(): string {
  return toolVersion();
}

function usage(lang: Lang): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  if (lang === "zh-CN")
    return [
      `pipia ${version()} — 以 Word 文档生成个人信息保护影响评估报告、处理情况记录和人脸识别提示标识`,
      "",
      "用法：pipia <命令> [选项]",
      "",
      "命令：",
      ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summaryZh ?? c.summary}`),
      "",
      "运行 pipia <命令> --help 查看该命令的选项和示例；--lang en 显示英文。",
      "退出码：0 成功 · 1 意外错误 · 2 输入无效 · 3 存在禁止性问题 · 130 已取消",
    ].join("\n");
  return [
    `pipia ${version()} — PIPL impact assessments, processing records and face-recognition notices as Word documents`,
    "",
    "Usage: pipia <command> [options]",
    "",
    "Commands:",
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    "",
    "Options for every command:",
    "  --help, -h      the command's options and examples",
    "  --version       pipia's version",
    "  --quiet, -q     no progress or \"wrote …\" lines; results, warnings and errors still print",
    "Colour follows FORCE_COLOR and NO_COLOR. A FILE of \"-\" reads the answers from standard input.",
    "",
    "Run `pipia <command> --help` for a command's options and examples.",
    "Exit codes: 0 ok · 1 unexpected error · 2 invalid input · 3 prohibited findings · 130 cancelled",
  ].join("\n");
}

export async function main(argv: readonly string[]): Promise<number> {
  // --quiet / -q work with every command, anywhere before a "--".
  const end = argv.includes("--") ? argv.indexOf("--") : argv.length;
  const quiet = argv.slice(0, end).some((a) => a === "--quiet" || a === "-q");
  setQuiet(quiet);
  const args = quiet ? [...argv.slice(0, end).filter((a) => a !== "--quiet" && a !== "-q"), ...argv.slice(end)] : [...argv];
  const [name, ...rest] = args;
  if (name === undefined) {
    // No command is a usage error: the usage goes to stderr, so a script's output stays clean.
    err(usage(helpLang(argv)));
    return ExitCode.INVALID_INPUT;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    out(usage(helpLang(argv)));
    return ExitCode.OK;
  }
  if (name === "--version" || name === "-v") {
    out(version());
    return ExitCode.OK;
  }
  const entry = commands[name];
  if (!entry) {
    err(`pipia: unknown command "${name}"; expected one of ${Object.keys(commands).join(", ")}`);
    return ExitCode.INVALID_INPUT;
  }
  const options = rest.slice(0, rest.includes("--") ? rest.indexOf("--") : rest.length);
  if (options.includes("--version")) {
    out(version());
    return ExitCode.OK;
  }
  try {
    const { command } = await entry.load();
    if (options.includes("--help") || options.includes("-h")) {
      out(helpLang(options) === "zh-CN" && command.helpZh !== undefined ? command.helpZh : command.help);
      return ExitCode.OK;
    }
    return await command.run(rest);
  } catch (e) {
    if (e instanceof PipiaError) {
      err(e.message);
      if (e.hint) err(e.hint);
      return e.exitCode;
    }
    if (e instanceof Error && (e.name === "ExitPromptError" || e.name === "AbortPromptError")) return ExitCode.CANCELLED;
    err(e instanceof Error && e.stack ? e.stack : String(e));
    err("pipia: this is a bug; please report it with the command you ran.");
    return ExitCode.UNEXPECTED;
  }
}
