// The processing records (<stem>-records.docx): the view's derived texts, the Markdown of every
// sample in both languages, zh/en block parity for bilingual mode, and the real .docx through
// check-docx (LibreOffice text, landscape page).
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { RootContent } from "mdast";
import { validateAnswers } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/types.js";
import { renderDocuments, renderMarkdown } from "../../src/render/render-set.js";
import { DOCUMENTS, type DocumentSpec } from "../../src/render/documents.js";
import { recordsView, FILL_LINE } from "../../src/render/vm-records.js";
import { formatDate } from "../../src/dates/index.js";
import { parseDialect } from "../../src/docx/parse.js";
import { CHECK_DOCX } from "../helpers/check-docx.js";
import { loadSample, mergePatch } from "../helpers/fixtures.js";

const SAMPLES = ["mall-camera", "office-attendance", "residential-gate"] as const;

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

/** Top-level block kinds, with heading depth, directive name and table width: what bilingual mode pairs on. */
function shapes(md: string): string[] {
  return parseDialect(md).children.map((n: RootContent) => {
    if (n.type === "heading") return `h${n.depth}`;
    if (n.type === "leafDirective" || n.type === "containerDirective") return `${n.type}:${n.name}`;
    if (n.type === "table") return `table:${n.children[0]?.children.length ?? 0}x${n.children.length}`;
    return n.type;
  });
}

/** pdftotext -layout puts spaces between CJK and digits and pads table cells: compare without whitespace. */
const squash = (s: string): string => s.replace(/\s+/g, "");

describe("recordsView", () => {
  const mall = analysisOf("mall-camera");

  it("flags sensitive and biometric PI and maps an entrusted processor only to the categories it receives", () => {
    const v = recordsView(mall, "zh-CN");
    const member = v.activities[1];
    expect(member?.name).toBe("会员识别与客流分析");
    expect(member?.piCategories).toBe("人脸图像（敏感，生物识别）、人脸特征值（模板）（敏感，生物识别）、手机号码、姓名");
    expect(member?.mapping.map((r) => r.processor)).toEqual(["无", "深圳视界数据服务有限公司", "无", "无"]);
    expect(member?.mapping.map((r) => r.sharing)).toEqual(["否", "否", "否", "否"]);
    expect(member?.mapping[0]?.controller).toBe("广州天汇商业管理有限公司");
    expect(member?.recipientSummary).toBe("深圳视界数据服务有限公司（受托处理者）");
    expect(member?.volume).toBe("涉及约 150,000 人；当前存储人脸信息 100,000 人；预计 12 个月后 130,000 人");
    const en = recordsView(mall, "en").activities[1];
    expect(en?.piCategories).toBe("Face images (sensitive, biometric), Face templates (sensitive, biometric), Phone number, Name");
  });

  it("names vulnerable subjects, the video system's police filing and its viewing register", () => {
    const cams = recordsView(mall, "zh-CN").activities[0];
    expect(cams?.subjects).toBe("顾客、访客；含弱势群体：不满十四周岁未成年人、已满十四周岁不满十八周岁的未成年人、老年人、残疾人");
    expect(cams?.policeFiling).toBe("已向公安机关备案：否；投入使用日期：2026年3月1日；摄像机 86 台；视频保存 90 日");
    expect(cams?.viewingLog).toContain("已建立调阅、导出登记制度：否");
    expect(cams?.lifecycle.find((r) => r.pi === "视频图像")?.retention).toBe("90 日");
  });

  it("leaves a line to fill for facts the answers do not hold", () => {
    const v = recordsView(mall, "en");
    for (const act of v.activities) expect(act.accessRoles).toContain(FILL_LINE);
    // Member recognition has no video system, so its devices are unknown.
    expect(v.activities[1]?.collection).toContain(`number and model: ${FILL_LINE}`);
    expect(v.activities[1]?.lifecycle.find((r) => r.pi === "Name")?.source).toContain(FILL_LINE);
  });

  it("marks cross-border transfer and third-party provision per PI item", () => {
    const an = analysisOf("mall-camera", {
      activities: [
        null,
        {
          crossBorder: { transfers: true },
          recipients: [
            { name: "Acme Analytics Inc.", role: "entrusted", purpose: "analytics", ownUse: false, categories: ["face-template"], country: "US", contract: true, separateConsent: true, supervised: true },
            { name: "某营销公司", role: "third-party", purpose: "营销", ownUse: true, categories: ["phone"], country: "CN", contract: true, separateConsent: true, supervised: false },
          ],
        },
      ],
    });
    const member = recordsView(an, "zh-CN").activities[1];
    expect(member?.mapping.map((r) => r.crossBorder)).toEqual(["否", "是", "否", "否"]);
    expect(member?.mapping.map((r) => r.sharing)).toEqual(["否", "否", "是", "否"]);
    expect(member?.crossBorder).toContain("境外接收方：Acme Analytics Inc. (美国)");
  });

  it("starts the change history from the answers and states the retention date", () => {
    const v = recordsView(mall, "zh-CN");
    expect(v.change).toEqual({
      version: "1.0",
      date: "2026年11月20日",
      text: "依评估报告 TH-PIA-2026-12 更新：新增会员识别和客流画像用途。",
      by: "何嘉欣、周立",
    });
    expect(v.retainUntil).toBe("2029年11月20日");
    const office = recordsView(analysisOf("office-attendance"), "en");
    expect(office.change.text).toBe("First issue, with assessment report CM-PIA-2026-007");
    expect(office.retainUntil).toBe("16 November 2031"); // 5 years stated in the answers
    expect(office.retentionYears).toBe("5");
  });
});

describe("records Markdown", () => {
  for (const name of SAMPLES) {
    const an = analysisOf(name);
    const zh = renderMarkdown(an, spec("records"), "zh-CN", null, {});
    const en = renderMarkdown(an, spec("records"), "en", null, {});

    it(`${name}: names every activity and recipient, the retention date and the report`, () => {
      for (const [md, lang] of [
        [zh, "zh-CN"],
        [en, "en"],
      ] as const) {
        const text = md.replace(/\\(.)/g, "$1"); // drop the Markdown escapes of user text
        for (const act of an.assessment.activities) {
          expect(text).toContain(act.name);
          for (const r of act.recipients) expect(text).toContain(r.name);
        }
        expect(text).toContain(formatDate(an.dates.recordsRetainUntil, lang));
        expect(text).toContain(an.assessment.assessment.title);
      }
      expect(zh).toContain("### 个人信息映射（GB/T 39335 表C-1）");
      expect(zh).toContain("### 生命周期（GB/T 39335 表C-2）");
      expect(zh).toContain("| 调阅 / 导出人 | 时间 | 事由 | 内容（活动、时段、数量、是否导出） | 所在单位 |");
      expect(zh).toContain("| 版本 | 日期 | 变更内容 | 变更人 |");
      expect(en).toContain("### PI mapping (GB/T 39335 Table C-1)");
      expect(en).toContain("| Who viewed / exported | When | Why | What (activity, period, volume, exported or not) | Unit |");
    });

    it(`${name}: Chinese and English have the same blocks in the same order`, () => {
      expect(shapes(en)).toEqual(shapes(zh));
      expect(shapes(zh).filter((s) => s === "h1")).toHaveLength(9);
    });
  }
});

describe("records .docx", () => {
  const dir = mkdtempSync(join(tmpdir(), "pipia-records-"));
  const files: { name: string; lang: "zh-CN" | "en" | "bilingual"; path: string; an: Analysis }[] = [];
  let check: { status: number | null; out: string } = { status: null, out: "" };

  beforeAll(async () => {
    for (const name of SAMPLES) {
      const an = analysisOf(name);
      for (const lang of ["zh-CN", "en", "bilingual"] as const) {
        const [doc] = await renderDocuments(an, { lang, templatesDir: null, branding: () => ({}), only: ["records"] });
        if (!doc) throw new Error(`${name} ${lang}: no records document`);
        const path = join(dir, `${name}${doc.suffix}.docx`);
        writeFileSync(path, doc.docx);
        files.push({ name, lang, path, an });
      }
    }
    const r = spawnSync(process.execPath, [CHECK_DOCX, "--text", join(dir, "txt"), ...files.map((f) => f.path)], { encoding: "utf8", timeout: 900_000 });
    check = { status: r.status, out: r.stdout + r.stderr };
  }, 300_000);

  it("passes check-docx in zh-CN, en and bilingual for every sample", () => {
    expect(check.out).not.toContain("FAIL");
    expect(check.status).toBe(0);
    expect(files).toHaveLength(9);
  });

  it("shows activity names, recipients and the retention date in the rendered text", () => {
    for (const f of files) {
      const text = squash(readFileSync(join(dir, "txt", `${basename(f.path, ".docx")}.txt`), "utf8"));
      for (const act of f.an.assessment.activities) {
        expect(text, `${f.path}: ${act.name}`).toContain(squash(act.name));
        for (const r of act.recipients) expect(text, `${f.path}: ${r.name}`).toContain(squash(r.name));
      }
      const langs = f.lang === "bilingual" ? (["zh-CN", "en"] as const) : ([f.lang] as const);
      for (const l of langs) expect(text, f.path).toContain(squash(formatDate(f.an.dates.recordsRetainUntil, l)));
    }
  });

  it("is laid out on landscape pages", () => {
    for (const f of files) {
      const xml = spawnSync("unzip", ["-p", f.path, "word/document.xml"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
      expect(xml, f.path).toContain('w:orient="landscape"');
      expect(xml, f.path).not.toContain('w:orient="portrait"');
    }
  });
});
