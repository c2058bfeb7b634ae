// Public texts are their own facts (issue #12): the notice, posters and consent forms print the
// public-facing answers, never internal remarks, and never promise what the facts contradict. The
// consent form's "needed" flag comes from the analysis (SignagePlan), the same test the rules use.
// Markdown only (no LibreOffice): fast, and the text the document is built from.
import { describe, expect, it } from "vitest";
import { validateAnswers } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/types.js";
import { renderMarkdown } from "../../src/render/render-set.js";
import { DOCUMENTS } from "../../src/render/documents.js";
import { signageView } from "../../src/render/vm-signage.js";
import { reliesOnConsent } from "../../src/facts/lawful-basis.js";
import { loadSample, mergePatch, type Json } from "../helpers/fixtures.js";

const SIGNAGE = DOCUMENTS.find((d) => d.id === "signage");
const POSTERS = DOCUMENTS.find((d) => d.id === "posters");
const RECORDS = DOCUMENTS.find((d) => d.id === "records");
if (!SIGNAGE || !POSTERS || !RECORDS) throw new Error("document specs missing");

const analysed = (name: string, patch: Json = {}): Analysis => analyze(validateAnswers(`${name}.yaml`, mergePatch(loadSample(name), patch)));
/** Markdown escapes punctuation; compare the plain characters. */
const text = (md: string): string => md.replace(/\\(.)/g, "$1");
/** The public texts: the notices and forms, then the wall posters and stickers. */
const signage = (an: Analysis, lang: "zh-CN" | "en" = "zh-CN"): string =>
  text(`${renderMarkdown(an, SIGNAGE, lang, null, {})}\n${renderMarkdown(an, POSTERS, lang, null, {})}`);

describe("the mall's posters promise only what is done", () => {
  it("member recognition captures everyone entering: no 'we ask for your separate consent first', and the to-do says why", () => {
    const an = analysed("mall-camera");
    const md = signage(an);
    expect(md).not.toContain("我们将事先征求您的单独同意");
    expect(md).not.toContain("我们仅在事先取得您的单独同意后");
    expect(md).toContain("**用途**：营销或客流分析、客户来源识别（渠道判客）\n");
    const member = signageView(an, "zh-CN").activities[1];
    expect(member?.todo.some((t) => t.startsWith("海报和告知书未写“事先征求您的单独同意”"))).toBe(true);
    expect(signage(an, "en")).not.toContain("we ask for your separate consent first");
  });

  it("the promise returns once consent is obtained before capture", () => {
    const an = analysed("mall-camera", { activities: [null, { public: { consentBeforeCapture: true } }] });
    expect(signage(an)).toContain("（我们将事先征求您的单独同意）");
    expect(signageView(an, "zh-CN").activities[1]?.todo.some((t) => t.includes("事先征求您的单独同意"))).toBe(false);
  });

  it("the security cameras get a separate-consent form because the analysis says consent is needed", () => {
    // The claimed legal duty fails its test (PSVS Art 7 requires video, not face recognition: FR-042),
    // so the processing rests on consent — the same judgement the rules make.
    const an = analysed("mall-camera");
    const act = an.assessment.activities[0];
    if (!act) throw new Error("no activity");
    expect(act.lawfulBasis).toEqual(["legal-duty"]);
    expect(reliesOnConsent(act)).toBe(true);
    expect(an.findings.some((f) => f.ruleId === "FR-042" && f.activity === "security-cameras" && !f.satisfied)).toBe(true);
    expect(an.signage.find((s) => s.activity === "security-cameras")?.consentForm).toBe(true);
    expect(signageView(an, "zh-CN").activities[0]?.consent.needed).toBe(true);
    const section = signage(an).split("\n# 二、")[0] ?? "";
    expect(section).toContain("## 人脸信息处理单独同意书");
  });

  it("a statutory duty that holds needs no consent form", () => {
    const an = analysed("mall-camera", {
      activities: [{ basisEvidence: { statute: "某条例第八条（要求人脸识别布控）", statuteRequiresFaceRecognition: true }, necessity: { alternativeFeasible: false } }],
    });
    expect(an.signage.find((s) => s.activity === "security-cameras")?.consentForm).toBe(false);
    expect(signageView(an, "zh-CN").activities[0]?.consent.needed).toBe(false);
  });
});

describe("internal answers stay internal", () => {
  it("the residential notice prints the public necessity statement, not the internal remark or 'no deletion mechanism'", () => {
    const an = analysed("residential-gate");
    const md = signage(an);
    expect(an.assessment.activities[0]?.necessity.justification).toContain("未评估门禁卡或二维码能否达到同样目的");
    expect(an.assessment.activities[0]?.storage.deletionMethod).toContain("尚无删除机制");
    expect(md).not.toContain("未评估门禁卡或二维码");
    expect(md).not.toContain("尚无删除机制");
    expect(md).not.toContain("删除方式："); // no deletion method is published yet
    expect(md).toContain("**必要性**：小区门禁以人脸识别确认通行人员为本小区住户或经登记的访客");
  });

  it("without a public necessity statement the notice and its forms are not written; the to-do says what is missing", () => {
    const an = analysed("office-attendance", { activities: [{ public: { necessityStatement: "" } }] });
    const v = signageView(an, "zh-CN").activities[0];
    expect(v?.noticeWritten).toBe(false);
    expect(v?.consent.needed).toBe(false);
    expect(v?.items).toEqual(["入口海报和贴纸（另册《人脸识别显著提示标识》）"]);
    expect(v?.todo[0]).toMatch(/^告知书暂不生成：尚未撰写对外说明的处理敏感个人信息的必要性/);
    const md = signage(an);
    expect(md).not.toContain("## 人脸信息处理告知书");
    expect(md).not.toContain("代打卡现象较多"); // the internal justification never stands in
    expect(md).toContain("告知书暂不生成");
  });

  it("the office notice says templates stay on the device only when they do", () => {
    expect(signage(analysed("office-attendance"))).toContain("人脸信息仅存储于本设备，不通过互联网对外传输");
    const server = signage(analysed("office-attendance", { activities: [{ storage: { location: "local-server" } }] }));
    expect(server).not.toContain("仅存储于本设备");
    expect(server).toContain("人脸信息存储于本单位本地服务器（中国上海），不通过互联网对外传输");
  });

  it("an alternative is offered on the sign only when it is offered on refusal", () => {
    const v = signageView(analysed("office-attendance", { activities: [{ necessity: { alternativeOnRefusal: false } }] }), "zh-CN").activities[0];
    expect(v?.poster.alternative).toBe("目前未提供人脸识别以外的其他方式。");
  });
});

describe("countries are printed by name", () => {
  it("a recipient in Hong Kong is an overseas recipient named 中国香港 / Hong Kong SAR, China", () => {
    const an = analysed("office-attendance", {
      activities: [
        {
          crossBorder: { transfers: true, route: "standard-contract", separateConsent: true, recipientNotice: true, accessFromAbroad: false, peopleThisYear: 380, sensitivePeopleThisYear: 380, importantData: false },
          recipients: [{ name: "澄明（香港）有限公司", role: "entrusted", purpose: "备份", categories: ["face-template"], country: "HK", contract: true, separateConsent: true, supervised: true, ownUse: false }],
        },
      ],
    });
    const zh = signage(an);
    expect(zh).toContain("境外接收方：澄明（香港）有限公司（中国香港）");
    expect(zh).toContain("| 中国香港 |");
    expect(text(renderMarkdown(an, RECORDS, "en", null, {}))).toContain("Hong Kong SAR, China");
    expect(text(renderMarkdown(analysed("office-attendance"), RECORDS, "zh-CN", null, {}))).toContain("| 中国内地 |");
  });
});
