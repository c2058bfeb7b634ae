// Contradictory answers (model/consistency.ts): `validate` exits 2 naming both fields, in Chinese by
// default and in English with --lang en; `render` refuses them unless --allow-inconsistent, which
// warns and stamps the documents. One case per contradiction, each built from a valid sample.
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { ROOT } from "../helpers/run-cli.js";
import { runMain } from "../helpers/run-main.js";
import { CONSISTENCY_CHECKS } from "../../src/model/consistency.js";

type Answers = Record<string, any>;
const load = (s: string): Answers => parse(readFileSync(join(ROOT, "samples", `${s}.yaml`), "utf8")) as Answers;
const dir = mkdtempSync(join(tmpdir(), "pipia-consistency-"));
const write = (name: string, a: Answers): string => {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, stringify(a));
  return file;
};

type Case = {
  readonly check: string;
  readonly base: string;
  readonly edit: (a: Answers) => void;
  /** The two paths the message must name. */
  readonly paths: readonly [string, string];
  /** A word of the message in each language. */
  readonly zh: string;
  readonly en: string;
};

const CASES: readonly Case[] = [
  {
    check: "start-after-report",
    base: "office-attendance",
    edit: (a) => (a.assessment.startDate = "2026-12-20"),
    paths: ["assessment.startDate", "assessment.date"],
    zh: "晚于报告日期",
    en: "after the report date",
  },
  {
    check: "threshold-date-in-future",
    base: "mall-camera",
    edit: (a) => (a.activities[1].faces.thresholdReachedOn = "2027-01-05"),
    paths: ["activities[1].faces.thresholdReachedOn", "assessment.date"],
    zh: "尚未到来的日期",
    en: "a date still to come",
  },
  {
    check: "people-above-total",
    base: "office-attendance",
    edit: (a) => {
      a.processor.totalPeople = 50_000;
      a.activities[0].subjects.peopleCount = 150_000;
    },
    paths: ["activities[0].subjects.peopleCount", "processor.totalPeople"],
    zh: "多于处理者处理个人信息的总人数",
    en: "exceed the processor's total",
  },
  {
    check: "signage-channel-without-signage",
    base: "office-attendance",
    edit: (a) => (a.activities[0].signage = { present: false, beforeCaptureArea: false }),
    paths: ["activities[0].notice.channels[2]", "activities[0].signage.present"],
    zh: "现场提示标识",
    en: "on-site signage",
  },
  {
    check: "sensitive-by-law-marked-not-sensitive",
    base: "office-attendance",
    edit: (a) => (a.activities[0].personalInfo[0].sensitive = false),
    paths: ["activities[0].personalInfo[0].sensitive", "activities[0].personalInfo[0].category"],
    zh: "属于敏感个人信息",
    en: "sensitive personal information by law",
  },
  {
    check: "cross-border-no-but-recipient-abroad",
    base: "office-attendance",
    edit: (a) => (a.activities[0].recipients[0].country = "HK"),
    paths: ["activities[0].recipients[0].country", "activities[0].crossBorder.transfers"],
    zh: "位于中国香港",
    en: "is in Hong Kong SAR, China",
  },
  {
    check: "cross-border-no-but-recipient-abroad",
    base: "office-attendance",
    edit: (a) => (a.activities[0].storage.location = "overseas"),
    paths: ["activities[0].storage.location", "activities[0].crossBorder.transfers"],
    zh: "境外服务器",
    en: '"overseas"',
  },
  {
    check: "cross-border-yes-but-nothing-abroad",
    base: "office-attendance",
    edit: (a) => (a.activities[0].crossBorder = { ...a.activities[0].crossBorder, transfers: true, route: "standard-contract", separateConsent: true, recipientNotice: true }),
    paths: ["activities[0].crossBorder.transfers", "activities[0].recipients"],
    zh: "没有位于中国内地以外的接收方",
    en: "names no recipient outside mainland China",
  },
];

describe("validate: contradictions between answers", () => {
  it("has a case for every check", () => {
    expect(new Set(CASES.map((c) => c.check))).toEqual(new Set(CONSISTENCY_CHECKS.map((c) => c.id)));
  });

  it("every sample is consistent", async () => {
    for (const s of ["office-attendance", "residential-gate", "mall-camera", "hotel-checkin"]) {
      const r = await runMain(["validate", join(ROOT, "samples", `${s}.yaml`)]);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  for (const [i, c] of CASES.entries())
    it(`${c.check} (${c.paths[0]}): exit 2 naming both paths, in Chinese by default and in English with --lang en`, async () => {
      const a = load(c.base);
      c.edit(a);
      const file = write(`case-${i}`, a);
      const zh = await runMain(["validate", file]);
      expect(zh.code).toBe(2);
      const line = zh.stderr.trim();
      expect(line.split("\n"), line).toHaveLength(1);
      expect(line.startsWith(`${file}: ${c.paths[0]}: `), line).toBe(true);
      for (const p of c.paths) expect(line).toContain(p);
      expect(line).toContain(c.zh);
      expect(line).toMatch(/\(line \d+, column \d+\)$/);
      const en = await runMain(["validate", file, "--lang", "en"]);
      expect(en.code).toBe(2);
      for (const p of c.paths) expect(en.stderr).toContain(p);
      expect(en.stderr).toContain(c.en);
      expect(en.stderr).not.toContain(c.zh);
    });

  it("reports every contradiction at once", async () => {
    const a = load("office-attendance");
    for (const c of CASES.filter((x) => x.base === "office-attendance" && !x.check.startsWith("cross-border"))) c.edit(a);
    const r = await runMain(["validate", write("all", a), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(4);
  });
});

describe("country and province are controlled values", () => {
  it("'中国' as a country is refused with the codes to write, not guessed", async () => {
    const a = load("office-attendance");
    a.activities[0].recipients[0].country = "中国";
    const file = write("china", a);
    const zh = await runMain(["validate", file]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("activities[0].recipients[0].country: “中国”不是代码：中国内地写 CN，香港写 HK，澳门写 MO，台湾写 TW");
    const en = await runMain(["validate", file, "--lang", "en"]);
    expect(en.stderr).toContain('"中国" is not a code: write CN for mainland China');
  });

  it("a country name is answered with its code; a lower-case code with the capitals", async () => {
    const a = load("office-attendance");
    a.activities[0].recipients[0].country = "美国";
    a.activities[0].recipients.push({ ...a.activities[0].recipients[0], country: "cn" });
    const r = await runMain(["validate", write("names", a), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('recipients[0].country: "美国" is written as the code US');
    expect(r.stderr).toContain("recipients[1].country: country codes are written in capitals: write CN");
  });

  it("a province outside the 34 provincial-level divisions is refused", async () => {
    const a = load("office-attendance");
    a.processor.province = "浦东";
    a.activities[0].location.province = "上海"; // the short name is accepted
    const r = await runMain(["validate", write("province", a)]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("processor.province: “浦东”不是省级行政区");
  });
});

describe("render: contradictory facts", () => {
  const a = load("office-attendance");
  a.assessment.startDate = "2026-12-20";
  const file = write("render", a);

  it("refuses to write (exit 2), naming both paths, and says how to proceed", async () => {
    const out = join(dir, "refused");
    const r = await runMain(["render", file, "--out", out, "--only", "report"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: assessment.startDate: 评估开始日期 2026-12-20 晚于报告日期 assessment.date`);
    expect(r.stderr).toContain("--allow-inconsistent");
    expect(r.stdout).toBe("");
  });

  it("--allow-inconsistent writes, warns and stamps the cover", async () => {
    const out = join(dir, "allowed");
    const r = await runMain(["render", file, "--out", out, "--only", "report", "--markdown", "--allow-inconsistent", "--lang", "en"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("warning: ");
    expect(r.stderr).toContain("assessment.startDate");
    const md = readFileSync(join(out, "render-report.en.md"), "utf8");
    const cover = md.slice(0, md.indexOf("\n:::\n"));
    expect(cover).toContain("**Draft — the facts contradict one another; not for signature or publication.**");
    expect(cover).toContain("the assessment starts on 2026\\-12\\-20");
  });
});
