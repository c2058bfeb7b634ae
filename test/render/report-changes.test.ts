// The report's "changes since the previous assessment": with assessment.previous.file (read relative
// to the answers file) the report sets out the facts changed, the findings opened and closed and the
// conclusions before and after; without it, or when it cannot be read, the report is as before.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";

const V2 = join(ROOT, "test", "fixtures", "diff", "office-v2.yaml");

/** The report's Markdown for `file` in `lang`, and what the command wrote to stderr. */
async function report(file: string, lang: "zh-CN" | "en"): Promise<{ md: string; stderr: string }> {
  const out = mkdtempSync(join(tmpdir(), "pipia-changes-"));
  const r = await runMain(["render", file, "--out", out, "--only", "report", "--markdown", "--lang", lang]);
  expect(r.code, r.stderr).toBe(0);
  const stem = file.replace(/^.*\//, "").replace(/\.yaml$/, "");
  return { md: readFileSync(join(out, `${stem}-report${lang === "en" ? ".en" : ""}.md`), "utf8"), stderr: r.stderr };
}

/** The lines of the section, from its heading to the next heading of the report. */
function section(md: string, heading: string): string[] {
  const lines = md.split("\n");
  const start = lines.indexOf(heading);
  expect(start, `no "${heading}" in the report`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && /^#{1,3} /.test(l));
  return lines.slice(start, end);
}

describe("report: changes since the previous assessment", () => {
  it("zh-CN: lists the closed FR-019 and the opened FR-024, the two facts behind them and the conclusion before → after", async () => {
    const { md, stderr } = await report(V2, "zh-CN");
    expect(stderr).toBe("");
    const s = section(md, "### 与上次评估相比的变化");
    expect(s).toContain(
      "与上次评估（CM\\-PIA\\-2026\\-007，2026年11月16日）相比，处理活动的事实变化 2 项；新发现问题 1 项，上次评估发现的问题中已不再存在的 1 项（已整改或因事实变化不再适用），严重程度或处理要求发生变化的 0 项。整体结论由“可以继续处理，但须在期限内完成整改”变为“可以继续处理”。",
    );
    expect(s).toContain("| 员工人脸识别考勤 | 可以继续处理，但须在期限内完成整改 | 可以继续处理 | 中（高风险处理活动） | 中（高风险处理活动） |");
    expect(s).toContain("| 员工人脸识别考勤 | 标识是否位于进入采集区域之前、能被提前看到？ | 是 | 否 |");
    expect(s).toContain("| 全局 | 是否记录并留存操作日志（安全审计）？ | 否 | 是 |");
    const opened = s.indexOf("**新发现的问题。**下列问题为本次评估新发现，详见本报告第五部分第（五）节：");
    const closed = s.indexOf("**已不再存在的问题。**上次评估发现的下列问题，本次评估已不再存在（已整改，或因事实变化不再适用）：");
    expect(opened).toBeGreaterThan(0);
    expect(closed).toBeGreaterThan(opened);
    expect(s.indexOf("| FR\\-024 | 员工人脸识别考勤 | 公共场所安装图像采集、人脸识别设备未设置显著的提示标识 | 风险，建议改进 |")).toBe(opened + 5);
    expect(s.indexOf("| FR\\-019 | 员工人脸识别考勤 | 未采取法定的安全保护措施 | 必须，限期整改 |")).toBe(closed + 5);
    // the report's own particulars are not "facts that changed"; the client document never names the answers file
    expect(s.join("\n")).not.toMatch(/CM\\-PIA\\-2026\\-012|office\\?-v1|答卷|pipia/);
  });

  it("en: the same section in English", async () => {
    const { md } = await report(V2, "en");
    const s = section(md, "### Changes since the previous assessment");
    expect(s).toContain("| Organisation\\-wide | Are operations logged and the logs kept \\(security audit\\)\\? | No | Yes |");
    expect(s).toContain("| FR\\-024 | 员工人脸识别考勤 | Image\\-capture or face\\-recognition devices in a public place have no prominent signage | Risk\\, Improvement recommended |");
    expect(s).toContain("| FR\\-019 | 员工人脸识别考勤 | Security measures required by law are missing | Required\\, Rectify by the date set |");
  });

  it("without previous.file the report keeps today's wording; with a file that cannot be read it warns and leaves the section out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-changes-"));
    const a = parse(readFileSync(V2, "utf8")) as { assessment: { previous: Record<string, unknown> } };
    delete a.assessment.previous["file"];
    const plain = join(dir, "plain.yaml");
    writeFileSync(plain, stringify(a));
    const without = await report(plain, "zh-CN");
    expect(without.stderr).toBe("");
    expect(without.md).toContain("上次评估：CM\\-PIA\\-2026\\-007（2026年11月16日）。");
    expect(without.md).not.toContain("与上次评估相比的变化");

    a.assessment.previous["file"] = "gone.yaml";
    const gone = join(dir, "gone-prev.yaml");
    writeFileSync(gone, stringify(a));
    const missing = await report(gone, "zh-CN");
    expect(missing.stderr).toContain(`${join(dir, "gone.yaml")}：无法读取上次评估的答卷，报告中不列出与上次评估相比的变化`);
    expect(missing.md).not.toContain("与上次评估相比的变化");
  });
});
