// The CAC filing pack (<stem>-filing.docx): written only at 100,000 stored faces, dates taken from
// the legal engine and worded per language, zh/en block parity, and the real .docx via check-docx.
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { RootContent } from "mdast";
import { validateAnswers } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/types.js";
import { documentsFor, renderDocuments, renderMarkdown } from "../../src/render/render-set.js";
import { DOCUMENTS, type DocumentSpec } from "../../src/render/documents.js";
import { filingView, FILING_SYSTEM_URL } from "../../src/render/vm-filing.js";
import { formatDate } from "../../src/dates/index.js";
import { parseDialect } from "../../src/docx/parse.js";
import { CHECK_DOCX } from "../helpers/check-docx.js";
import { loadSample, mergePatch } from "../helpers/fixtures.js";


type Json = Parameters<typeof mergePatch>[0];

function analysisOf(name: string, patch?: Json): Analysis {
  const base = loadSample(name);
  return analyze(validateAnswers(`${name}.yaml`, patch === undefined ? base : mergePatch(base, patch)));
}

function spec(id: DocumentSpec["id"]): DocumentSpec {
  const d = DOCUMENTS.find((x) => x.id === id);
  if (!d) throw new Error(`no document ${id}`);
  return d;
}

function shapes(md: string): string[] {
  return parseDialect(md).children.map((n: RootContent) => {
    if (n.type === "heading") return `h${n.depth}`;
    if (n.type === "leafDirective" || n.type === "containerDirective") return `${n.type}:${n.name}`;
    if (n.type === "table") return `table:${n.children[0]?.children.length ?? 0}x${n.children.length}`;
    return n.type;
  });
}

const squash = (s: string): string => s.replace(/\s+/g, "");
const unescape = (md: string): string => md.replace(/\\(.)/g, "$1");

const mall = analysisOf("mall-camera");
const deadline = mall.dates.filing.deadline;

describe("when the filing pack is written", () => {
  it("is written for mall-camera (120,000 stored) and not for office-attendance or residential-gate", () => {
    expect(mall.dates.filing.storedFaces).toBe(120_000);
    expect(documentsFor(mall).map((d) => d.id)).toContain("filing");
    expect(documentsFor(analysisOf("office-attendance")).map((d) => d.id)).not.toContain("filing");
    expect(documentsFor(analysisOf("residential-gate")).map((d) => d.id)).not.toContain("filing");
  });
});

describe("filingView", () => {
  it("takes the deadline from the legal engine and words it per language", () => {
    expect(deadline).not.toBeNull();
    if (!deadline) return;
    expect(deadline.estimated).toBe(false);
    const zh = filingView(mall, "zh-CN");
    const en = filingView(mall, "en");
    expect(zh.deadline).toBe(formatDate(deadline.date, "zh-CN"));
    expect(en.deadline).toBe(formatDate(deadline.date, "en"));
    expect(zh.thresholdReachedOn).toBe("2026年9月20日");
    expect(zh.deadlineBasis).toContain("自达到 10 万人之日（2026年9月20日）起 30 个工作日内");
    expect(zh.preExistingRule).toContain("本处理者不适用该安排");
    expect(zh.status).toBe("应当备案（已逾期）");
    expect(zh.statusNote).toBe("备案期限已过，应立即备案");
  });

  it("names the provincial CAC of the processor, the online system and the count basis", () => {
    const zh = filingView(mall, "zh-CN");
    expect(zh.authority).toBe("广东省网信部门（所在地省级网信办）");
    expect(zh.systemUrl).toBe("https://grxxbh.cacdtsc.cn");
    expect(zh.storedFaces).toBe("120,000");
    expect(zh.countBasis).toContain("按当前存储人脸信息的人数计算，不是累计采集的人数");
    expect(zh.counts.map((c) => c.stored)).toEqual(["20,000", "100,000"]);
    expect(filingView(mall, "en").countBasis).toContain("stored now, not of everyone ever captured");
  });

  it("lists the Art 14 measures with their status", () => {
    const rows = filingView(mall, "zh-CN").measures;
    expect(rows.filter((r) => r.art14 === "是").map((r) => r.measure)).toEqual(["数据加密（存储和传输）", "安全审计", "访问控制", "授权管理", "入侵检测和防御"]);
    expect(rows.find((r) => r.measure === "入侵检测和防御")?.status).toBe("未采取");
  });

  it("applies the 2025-07-14 rule to a processor over the threshold before 2025-06-01", () => {
    const an = analysisOf("mall-camera", { activities: [null, { faces: { thresholdReachedOn: "2025-03-01" } }] });
    const v = filingView(an, "zh-CN");
    expect(v.deadline).toBe("2025年7月14日");
    expect(v.deadlineBasis).toBe("达到 10 万人早于2025年6月1日，适用过渡安排：应于2025年7月14日前备案");
    expect(v.preExistingRule).toContain("本处理者适用该安排");
  });

  it("says when the threshold date is presumed and marks estimated dates", () => {
    const presumed = filingView(analysisOf("mall-camera", { activities: [null, { faces: { thresholdReachedOn: null } }] }), "zh-CN");
    expect(presumed.thresholdReachedOn).toBe("未能确认；按评估日期（2026年11月20日）推定");

    // 30 working days from mid-December 2026 run past the end of the official holiday data.
    // (assessed after the threshold date: a date still to come cannot have been reached)
    const late = analysisOf("mall-camera", { assessment: { date: "2026-12-15" }, activities: [null, { faces: { thresholdReachedOn: "2026-12-10" } }] });
    const d = late.dates.filing.deadline;
    expect(d?.estimated).toBe(true);
    const v = filingView(late, "en");
    expect(v.deadline).toBe(`${formatDate(d?.date ?? "", "en")} (estimated)`);
    expect(v.estimatedNote).toContain("Dates marked “estimated”");
  });

  it("computes change and cancellation deadlines when the answers give the dates", () => {
    const an = analysisOf("mall-camera", { filing: { filed: true, filingNumber: "粤备-2026-0001", filedOn: "2026-10-20", substantiveChangeOn: "2026-11-02", terminatedOn: "2026-11-10" } });
    const v = filingView(an, "zh-CN");
    const change = an.dates.filing.changeDeadline;
    const cancel = an.dates.filing.cancellationDeadline;
    expect(change).not.toBeNull();
    expect(cancel).not.toBeNull();
    expect(v.changeDeadline).toBe(`${formatDate(change?.date ?? "", "zh-CN")}（自实质性变更之日2026年11月2日起 30 个工作日）`);
    expect(v.cancellationDeadline).toContain(formatDate(cancel?.date ?? "", "zh-CN"));
    expect(v.cancellationDeadline).toContain("并依法处理人脸信息");
    expect(v.filingNumber).toBe("粤备-2026-0001");
    expect(v.status).toBe("已备案");
  });
});

describe("filing Markdown", () => {
  const zh = renderMarkdown(mall, spec("filing"), "zh-CN", null, {});
  const en = renderMarkdown(mall, spec("filing"), "en", null, {});

  it("is labelled a draft to check against the official instructions and carries the deadline", () => {
    const z = unescape(zh);
    expect(z).toContain("**人脸识别技术应用备案材料（草稿）**");
    expect(z).toContain("本材料为草稿，提交前必须对照官方填报说明逐项核对。");
    expect(z).toContain("不是官方栏目名称");
    expect(z).toContain("《人脸识别技术应用备案系统填报说明（第一版）》");
    expect(z).toContain(`**${formatDate(deadline?.date ?? "", "zh-CN")}**`);
    expect(z).toContain(FILING_SYSTEM_URL);
    const e = unescape(en);
    expect(e).toContain("**Face-Recognition Application Filing Pack (Draft)**");
    expect(e).toContain("they are not the official field names");
    expect(e).toContain(`**${formatDate(deadline?.date ?? "", "en")}**`);
  });

  it("has the five statutory materials and the nine uploads marked as a reference list the filing system governs", () => {
    const rows = (md: string, heading: string): number => {
      const section = md.slice(md.indexOf(heading));
      const table = section.slice(section.indexOf("|---|"), section.indexOf("\n\n", section.indexOf("|---|")));
      return table.split("\n").length - 1;
    };
    expect(rows(zh, "## （一）法定备案材料")).toBe(5);
    expect(rows(zh, "## （二）备案系统上传材料（参考）")).toBe(9);
    expect(rows(en, "## (1) Statutory filing materials")).toBe(5);
    expect(rows(en, "## (2) Uploads in the filing system (for reference)")).toBe(9);
    expect(zh).toContain("以备案系统和填报说明的要求为准");
  });

  it("has one application form per face-recognition activity", () => {
    for (const act of mall.assessment.activities) expect(unescape(zh)).toContain(`## （${mall.assessment.activities.indexOf(act) + 1}）${act.name}`);
  });

  it("Chinese and English have the same blocks in the same order", () => {
    expect(shapes(en)).toEqual(shapes(zh));
    expect(shapes(zh).filter((s) => s === "h1")).toHaveLength(6);
  });
});

describe("filing .docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "pipia-filing-"));
  const paths: string[] = [];
  let check: { status: number | null; out: string } = { status: null, out: "" };

  beforeAll(async () => {
    for (const lang of ["zh-CN", "en", "bilingual"] as const) {
      const docs = await renderDocuments(mall, { lang, templatesDir: null, branding: () => ({}), only: ["records", "filing"] });
      const filing = docs.find((d) => d.id === "filing");
      if (!filing) throw new Error(`mall-camera ${lang}: no filing pack`);
      const path = join(dir, `mall-camera${filing.suffix}.docx`);
      writeFileSync(path, filing.docx);
      paths.push(path);
    }
    const r = spawnSync(process.execPath, [CHECK_DOCX, "--text", join(dir, "txt"), ...paths], { encoding: "utf8", timeout: 900_000 });
    check = { status: r.status, out: r.stdout + r.stderr };
  }, 300_000);

  it("passes check-docx in zh-CN, en and bilingual", () => {
    expect(check.out).not.toContain("FAIL");
    expect(check.status).toBe(0);
    expect(paths.map((p) => basename(p))).toEqual(["mall-camera-filing.docx", "mall-camera-filing.en.docx", "mall-camera-filing.bilingual.docx"]);
  });

  it("shows the draft label, the processor and the formatted deadline", () => {
    const text = (p: string): string => squash(readFileSync(join(dir, "txt", `${basename(p, ".docx")}.txt`), "utf8"));
    const [zhP, enP, biP] = paths;
    const zh = text(zhP ?? "");
    expect(zh).toContain("人脸识别技术应用备案材料（草稿）");
    expect(zh).toContain("广州天汇商业管理有限公司");
    expect(zh).toContain(squash(formatDate(deadline?.date ?? "", "zh-CN")));
    const en = text(enP ?? "");
    expect(en).toContain(squash("Face-Recognition Application Filing Pack (Draft)"));
    expect(en).toContain(squash(formatDate(deadline?.date ?? "", "en")));
    const bi = text(biP ?? "");
    expect(bi).toContain(squash(formatDate(deadline?.date ?? "", "zh-CN")));
    expect(bi).toContain(squash(formatDate(deadline?.date ?? "", "en")));
  });

  it("is not written for office-attendance", async () => {
    const docs = await renderDocuments(analysisOf("office-attendance"), { lang: "zh-CN", templatesDir: null, branding: () => ({}), only: ["filing"] });
    expect(docs).toEqual([]);
  });
});
