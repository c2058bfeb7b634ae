// `pipia diff` on two versions of the office sample (test/fixtures/diff): version 2 keeps the audit
// logs version 1 lacked (FR-019 closes) and moved the sign past the capture point (FR-024 opens).
// The whole JSON is written out here; text and Markdown are checked line by line.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diffFacts } from "../../src/diff/facts.js";
import { toolVersion } from "../../src/version.js";
import { runMain } from "../helpers/run-main.js";

const V1 = "test/fixtures/diff/office-v1.yaml";
const V2 = "test/fixtures/diff/office-v2.yaml";

const EXPECTED = {
  schemaVersion: 1,
  tool: { name: "pipia", version: toolVersion() },
  before: { file: V1, date: "2026-11-16", documentNumber: "CM-PIA-2026-007", version: "1.0" },
  after: { file: V2, date: "2026-11-27", documentNumber: "CM-PIA-2026-012", version: "2.0" },
  identical: false,
  counts: { facts: 10, opened: 1, closed: 1, changed: 0 },
  facts: [
    { path: "assessment.documentNumber", field: "assessment.documentNumber", change: "changed", before: "CM-PIA-2026-007", after: "CM-PIA-2026-012" },
    { path: "assessment.version", field: "assessment.version", change: "changed", before: "1.0", after: "2.0" },
    { path: "assessment.date", field: "assessment.date", change: "changed", before: "2026-11-16", after: "2026-11-27" },
    { path: "assessment.startDate", field: "assessment.startDate", change: "changed", before: "2026-10-20", after: "2026-11-20" },
    { path: "assessment.previous.exists", field: "assessment.previous.exists", change: "changed", before: false, after: true },
    { path: "assessment.previous.date", field: "assessment.previous.date", change: "added", after: "2026-11-16" },
    { path: "assessment.previous.reportId", field: "assessment.previous.reportId", change: "added", after: "CM-PIA-2026-007" },
    { path: "assessment.previous.file", field: "assessment.previous.file", change: "added", after: "office-v1.yaml" },
    { path: "activities[id=attendance].signage.beforeCaptureArea", field: "activities[].signage.beforeCaptureArea", change: "changed", before: true, after: false },
    { path: "security.auditLogs", field: "security.auditLogs", change: "changed", before: false, after: true },
  ],
  findings: [
    {
      ruleId: "FR-024",
      activity: "attendance",
      at: "activities[0].signage.beforeCaptureArea",
      title: { "zh-CN": "公共场所安装图像采集、人脸识别设备未设置显著的提示标识", en: "Image-capture or face-recognition devices in a public place have no prominent signage" },
      change: "opened",
      before: null,
      after: { severity: "risk", consequence: "improve", status: "open" },
    },
    {
      ruleId: "FR-019",
      activity: "attendance",
      at: "security.auditLogs",
      title: { "zh-CN": "未采取法定的安全保护措施", en: "Security measures required by law are missing" },
      change: "closed",
      before: { severity: "required", consequence: "rectify-by", status: "open" },
      after: null,
    },
  ],
  risk: [{ activity: "attendance", name: "员工人脸识别考勤", before: { level: "medium", highRisk: true }, after: { level: "medium", highRisk: true }, changed: false }],
  conclusion: {
    overall: { before: "proceed-with-rectification", after: "may-proceed", changed: true },
    processor: { before: "may-proceed", after: "may-proceed", changed: false },
    activities: [{ activity: "attendance", name: "员工人脸识别考勤", before: "proceed-with-rectification", after: "may-proceed", changed: true }],
  },
};

describe("pipia diff", () => {
  it("--format json: the audit-log fact closes FR-019, the sign fact opens FR-024, the conclusion moves to may-proceed (exit 0)", async () => {
    const r = await runMain(["diff", V1, V2, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(EXPECTED);
  });

  it("text, in Chinese by default: the comparison line, the conclusion, each finding and each fact", async () => {
    const r = await runMain(["diff", V1, V2], { LANG: "zh_CN.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(`比较：${V1}（2026-11-16，CM-PIA-2026-007） → ${V2}（2026-11-27，CM-PIA-2026-012）`);
    expect(lines).toContain("  整体：可以继续处理，但须在期限内完成整改 → 可以继续处理");
    expect(lines).toContain("  员工人脸识别考勤 (attendance)：中（高风险处理活动） → 中（高风险处理活动） （未变）");
    expect(lines).toContain("  员工人脸识别考勤 (attendance)：可以继续处理，但须在期限内完成整改 → 可以继续处理");
    expect(lines).toContain("问题：新出现 1 项 · 已关闭 1 项 · 严重程度或处理要求变化 0 项");
    expect(lines).toContain("  + FR-024 公共场所安装图像采集、人脸识别设备未设置显著的提示标识 — 员工人脸识别考勤 · activities[0].signage.beforeCaptureArea");
    expect(lines).toContain("  - FR-019 未采取法定的安全保护措施 — 员工人脸识别考勤 · security.auditLogs");
    expect(lines).toContain("事实变化（10 项）");
    expect(lines).toContain("  ~ activities[id=attendance].signage.beforeCaptureArea: true → false");
    expect(lines).toContain("  + assessment.previous.file: \"office-v1.yaml\"");
  });

  it("markdown in English: tables of conclusions, findings and facts", async () => {
    const r = await runMain(["diff", V1, V2, "--format", "markdown", "--lang", "en"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("# Changes between assessments");
    expect(lines).toContain("| Overall | Processing may continue while rectification is completed by the dates set | Processing may proceed |");
    expect(lines).toContain("| Rule | Activity | Finding | Change | Severity, consequence, status |");
    expect(lines).toContain("## Findings: 1 opened · 1 closed · 0 changed severity or consequence");
    expect(lines).toContain("| FR-019 | 员工人脸识别考勤 | Security measures required by law are missing | closed | Required, Rectify by the date set, Open |");
    expect(lines).toContain("| `security.auditLogs` | changed | false | true |");
    expect(lines).toContain("| `assessment.previous.date` | added | — | \"2026-11-16\" |");
  });

  it("the same file twice: no differences, still exit 0", async () => {
    const r = await runMain(["diff", V1, V1, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`Compared: ${V1} (2026-11-16, CM-PIA-2026-007) → ${V1} (2026-11-16, CM-PIA-2026-007)\nThe facts, findings, risk levels and conclusions of the two assessments are the same.\n`);
  });

  it("bad input exits 2: an invalid answers file (validated as usual), a missing one, one file only, an unknown format", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pipia-diff-"));
    const bad = join(dir, "bad.yaml");
    writeFileSync(bad, "processor: {}\n");
    const invalid = await runMain(["diff", V1, bad, "--lang", "en"]);
    expect(invalid.code).toBe(2);
    expect(invalid.stdout).toBe("");
    expect(invalid.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: processor\\.name: `, "m"));
    const missing = await runMain(["diff", join(dir, "nope.yaml"), V2, "--lang", "en"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.yaml");
    const one = await runMain(["diff", V1]);
    expect(one).toMatchObject({ code: 2, stdout: "" });
    expect(one.stderr).toContain("pipia diff：需要两份答卷，收到 1 份");
    const format = await runMain(["diff", V1, V2, "--format", "xml", "--lang", "en"]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format: "xml" is not allowed; expected one of text, json, markdown');
  });

  it("help says both outcomes exit 0, in Chinese by default and in English with --lang en", async () => {
    const zh = await runMain(["diff", "--help"], { LANG: "zh_CN.UTF-8", LC_ALL: undefined, LC_MESSAGES: undefined });
    expect(zh.stdout).toContain("退出码：0 无论两次评估是否有差异 · 2 输入无效");
    const en = await runMain(["diff", "--help", "--lang", "en"]);
    expect(en.stdout).toContain("Exit codes: 0 whether or not the assessments differ · 2 invalid input");
  });
});

describe("diffFacts: how list items are matched", () => {
  it("activities by id (whatever their order), choices regardless of order, incidents by position", () => {
    const before = {
      activities: [
        { id: "a", purposes: ["x", "y"], recipients: [{ name: "R1", contract: true }] },
        { id: "b", purposes: ["x"], recipients: [] },
      ],
      incidents: [{ date: "2026-01-01", major: false }],
    };
    const after = {
      activities: [
        { id: "b", purposes: ["x"], recipients: [] },
        { id: "a", purposes: ["y", "x"], recipients: [{ name: "R1", contract: false }, { name: "R2", contract: true }] },
        { id: "c", purposes: ["x"], recipients: [] },
      ],
      incidents: [{ date: "2026-01-01", major: true }],
    };
    expect(diffFacts(before, after)).toEqual([
      { path: "activities[id=a].recipients[name=R1].contract", field: "activities[].recipients[].contract", change: "changed", before: true, after: false },
      { path: "activities[id=a].recipients[name=R2]", field: "activities[].recipients[]", change: "added", after: { name: "R2", contract: true } },
      { path: "activities[id=c]", field: "activities[]", change: "added", after: { id: "c", purposes: ["x"], recipients: [] } },
      { path: "incidents[0].major", field: "incidents[].major", change: "changed", before: false, after: true },
    ]);
  });
});
