// `pipia actions`: the Excel round trip (export, change a status and an owner with exceljs, import,
// see both in the re-rendered action plan) and row-by-row checking of an edited workbook.
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { analyze } from "../../src/analysis/analyze.js";
import { command } from "../../src/commands/actions.js";
import { ValidationError } from "../../src/errors.js";
import { loadAssessment } from "../../src/io/load-answers.js";
import { documentsFor, renderMarkdown } from "../../src/render/render-set.js";
import { ROOT } from "../helpers/run-cli.js";

function copySample(name: string): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), "pipia-actions-"));
  const file = join(dir, `${name}.yaml`);
  copyFileSync(join(ROOT, "samples", `${name}.yaml`), file);
  return { dir, file };
}

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

async function reportActions(file: string): Promise<string[]> {
  const an = analyze(await loadAssessment(file));
  const spec = documentsFor(an).find((d) => d.id === "report");
  if (!spec) throw new Error("no report");
  const md = renderMarkdown(an, spec, "zh-CN", null, {});
  return md.split("\n").filter((l) => /^\| \d+ \| FR\\-\d{3} \|/.test(l));
}

describe("pipia actions --xlsx / --import", () => {
  it("exports the plan and the records; an owner and a status changed in Excel come back into the report", async () => {
    const { dir, file } = copySample("residential-gate");
    const xlsx = join(dir, "actions.xlsx");
    const an = analyze(await loadAssessment(file));
    expect(await command.run([file, "--xlsx", xlsx])).toBe(0);

    const wb = await workbook(xlsx);
    const plan = wb.getWorksheet("整改计划");
    const records = wb.getWorksheet("处理情况记录");
    if (!plan || !records) throw new Error("sheets missing");
    expect(plan.getRow(1).values).toEqual([undefined, "序号", "规则编号", "活动编号", "处理活动", "严重程度", "问题", "依据条款", "整改措施", "责任人", "完成期限", "状态"]);
    expect(plan.rowCount).toBe(1 + an.actions.length);
    expect(records.rowCount).toBe(1 + an.assessment.activities.length);
    const first = an.actions[0];
    if (!first) throw new Error("the sample has no actions");
    expect(plan.getCell("B2").value).toBe(first.ruleId);
    expect(plan.getCell("C2").value).toBe(first.activity ?? "");
    expect(plan.getCell("J2").value).toEqual(new Date(`${first.due.date}T00:00:00Z`));
    expect(plan.getCell("K2").value).toBe("待整改");
    expect(String(plan.getCell("G2").value)).toMatch(/第.+条/); // the article cited

    // The DPO's edits, made with the library as Excel would save them.
    plan.getCell("I2").value = "李建国（物业经理）";
    plan.getCell("K2").value = "已完成";
    await wb.xlsx.writeFile(xlsx);
    const before = parse(readFileSync(file, "utf8")) as Record<string, unknown>;

    expect(await command.run([file, "--import", xlsx])).toBe(0);
    const after = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(after["overrides"]).toEqual({
      actions: [{ rule: first.ruleId, ...(first.activity ? { activity: first.activity } : {}), owner: "李建国（物业经理）", status: "done" }],
    });
    expect({ ...after, overrides: undefined }).toEqual({ ...before, overrides: undefined }); // nothing else changed

    // The override applies to every action of that rule and activity; all others are untouched.
    const rows = await reportActions(file);
    expect(rows).toHaveLength(an.actions.length);
    const same = an.actions.filter((x) => x.ruleId === first.ruleId && x.activity === first.activity).length;
    const owned = rows.filter((r) => r.includes("| 李建国（物业经理） |"));
    expect(owned).toHaveLength(same);
    expect(owned[0]).toMatch(new RegExp(`^\\| 1 \\| ${first.ruleId.replace("-", "\\\\-")} \\|.*\\| 李建国（物业经理） \\| [^|]+ \\| 已完成 \\|$`));
    expect(owned.every((r) => r.endsWith("| 已完成 |"))).toBe(true);
    expect(rows.filter((r) => r.includes("| 待指定 |") && r.endsWith("| 待整改 |"))).toHaveLength(an.actions.length - same);

    // Importing the same workbook again changes nothing.
    const text = readFileSync(file, "utf8");
    expect(await command.run([file, "--import", xlsx])).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("checks every row and names sheet, row and column; the answers file is left as it was", async () => {
    const { dir, file } = copySample("office-attendance");
    const xlsx = join(dir, "actions.xlsx");
    expect(await command.run([file, "--xlsx", xlsx])).toBe(0);
    const wb = await workbook(xlsx);
    const plan = wb.getWorksheet("整改计划");
    if (!plan) throw new Error("no plan sheet");
    expect(plan.rowCount).toBeGreaterThanOrEqual(2);
    plan.getCell("K2").value = "完成了";
    plan.getCell("J2").value = "2026-13-01";
    plan.getCell("B2").value = "FR-9";
    await wb.xlsx.writeFile(xlsx);
    const text = readFileSync(file, "utf8");
    const e = await command.run([file, "--import", xlsx]).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).problems).toEqual([
      `${xlsx}: 工作表“整改计划”第 2 行，B 列（规则编号）: “FR-9”不是规则编号；应为 FR-001 这样的编号（请勿修改此列）`,
      `${xlsx}: 工作表“整改计划”第 2 行，J 列（完成期限）: “2026-13-01”不是日期；应为 YYYY-MM-DD 格式的真实日期，如 2026-12-31`,
      `${xlsx}: 工作表“整改计划”第 2 行，K 列（状态）: “完成了”不是状态；应为 待整改、整改中、已完成 之一`,
    ]);
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("refuses a row whose action is not in the plan, in English with --lang en", async () => {
    const { dir, file } = copySample("office-attendance");
    const xlsx = join(dir, "actions.xlsx");
    expect(await command.run([file, "--xlsx", xlsx, "--lang", "en"])).toBe(0);
    const wb = await workbook(xlsx);
    const plan = wb.getWorksheet("Action plan");
    if (!plan) throw new Error("no plan sheet");
    plan.getCell("B2").value = "FR-026";
    plan.getCell("C2").value = "nowhere";
    await wb.xlsx.writeFile(xlsx);
    const e = await command.run([file, "--import", xlsx, "--lang", "en"]).catch((x: unknown) => x);
    expect((e as ValidationError).problems).toEqual([
      `${xlsx}: row 2: the action plan of this assessment has no FR-026 for activity "nowhere"; export the workbook again`,
    ]);
  });
});
