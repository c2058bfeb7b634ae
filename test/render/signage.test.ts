// The signage and posters documents: posters, stickers, notices and consent forms rendered from the samples,
// opened by real readers (check-docx → LibreOffice → PDF text), page by page.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import type { RootContent } from "mdast";
import { validateAnswers } from "../../src/io/load-answers.js";
import { analyze } from "../../src/analysis/analyze.js";
import type { Analysis } from "../../src/analysis/types.js";
import { renderDocuments, renderMarkdown, type OutputLang } from "../../src/render/render-set.js";
import { DOCUMENTS } from "../../src/render/documents.js";
import { signageView } from "../../src/render/vm-signage.js";
import { parseDialect } from "../../src/docx/parse.js";
import { loadSample, mergePatch } from "../helpers/fixtures.js";
import { checkDocx } from "../helpers/check-docx.js";

const SAMPLES = ["residential-gate", "mall-camera", "office-attendance", "hotel-checkin"] as const;
const LANGS: readonly OutputLang[] = ["zh-CN", "en", "bilingual"];
const SIGNAGE = DOCUMENTS.find((d) => d.id === "signage");
if (!SIGNAGE) throw new Error("no signage document spec");

const sample = (name: string): Analysis => analyze(validateAnswers(`${name}.yaml`, loadSample(name)));
/** pdftotext wraps lines and centres posters: compare text with all whitespace removed. */
const flat = (s: string): string => s.replace(/\s+/g, "");

describe("signage document", () => {
  const dir = mkdtempSync(join(tmpdir(), "pipia-signage-"));
  const file = (name: string, lang: OutputLang, id: "signage" | "posters" = "signage"): string => join(dir, `${name}-${id}${lang === "zh-CN" ? "" : "." + lang}.docx`);
  let pages: (name: string, lang: OutputLang) => string[];
  let checkOutput = "";
  let checkCode: number | null = null;

  beforeAll(async () => {
    for (const name of SAMPLES)
      for (const lang of LANGS) {
        // The notices and, apart, the wall posters and stickers (every sample has a signed activity).
        const docs = await renderDocuments(sample(name), { lang, templatesDir: null, branding: () => ({}), only: ["signage", "posters"] });
        if (docs.map((d) => d.id).join() !== "signage,posters") throw new Error(`expected the signage and posters documents for ${name} ${lang}`);
        for (const doc of docs) writeFileSync(file(name, lang, doc.id === "posters" ? "posters" : "signage"), doc.docx);
      }
    const c = checkDocx(SAMPLES.flatMap((name) => LANGS.flatMap((lang) => [file(name, lang), file(name, lang, "posters")])));
    checkOutput = c.output;
    checkCode = c.code;
    pages = (name, lang) => [...c.text(file(name, lang)).split("\f"), ...c.text(file(name, lang, "posters")).split("\f")].map(flat);
  }, 600_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("passes check-docx in zh-CN, en and bilingual for every sample", () => {
    expect(checkOutput).not.toContain("FAIL");
    expect(checkCode).toBe(0);
  });

  it("every poster, in every language, fits on its own page down to the QR caption", () => {
    let posters = 0;
    for (const name of SAMPLES)
      for (const lang of LANGS)
        for (const page of pages(name, lang)) {
          const zh = page.includes("采集内容：");
          if (!zh && !page.includes("Whatiscaptured:")) continue;
          posters++;
          expect(page).toContain(zh ? "查阅、更正、删除或投诉：" : "Access,correction,deletionorcomplaints:");
          expect(page).toMatch(zh ? /扫码查看完整告知书|完整告知书请向运营者索取/ : /Scanforthefullnotice|Asktheoperatorforthefullnotice/);
        }
    // signed activities: mall 2, hotel 2 (its R&D activity has none), the others 1 each;
    // bilingual has a Chinese and an English poster per activity
    expect(posters).toBe(6 * 4);
  });

  it("mall-camera: the entrance poster carries every element on one page", () => {
    const zh = pages("mall-camera", "zh-CN");
    const poster = zh.find((p) => p.includes("采集内容") && p.includes("仅用于维护公共安全"));
    expect(poster).toBeDefined();
    for (const part of [
      "人脸识别区域",
      "您已进入图像采集区域",
      "运营者：广州天汇商业管理有限公司",
      "联系电话：020-38689000",
      "用途：仅用于维护公共安全",
      "采集内容：视频图像、人脸图像、人脸特征值（模板）",
      "采集区域：出入口摄像机视野覆盖门外人行道和部分天河路路面",
      "保存期限：视频图像保存90日，到期删除；人脸信息保存90日，期满删除",
      "存储：视频图像和人脸信息存储于本单位本地服务器（中国广州），不通过互联网对外传输",
      "替代方式：如不愿使用人脸识别，可选择：人工核验",
      "查阅、更正、删除或投诉：客服中心020-38689000/privacy@tianhui-mall.example.cn",
      "完整告知书请向运营者索取",
    ])
      expect(poster).toContain(part);

    // The member-recognition poster is in the same public place but not for security: it states
    // the real purposes and — since everyone entering is captured, not only members who consented —
    // no promise of separate consent; its QR caption sits on the poster page.
    const member = zh.find((p) => p.includes("采集内容") && p.includes("营销或客流分析"));
    expect(member).toContain("用途：营销或客流分析、客户来源识别（渠道判客）");
    expect(member).not.toContain("单独同意");
    expect(member).toContain("扫码查看完整告知书");
    expect(member).not.toContain("仅用于维护公共安全");

    const enPages = pages("mall-camera", "en");
    const en = enPages.find((p) => p.includes("Whatiscaptured") && p.includes("usedonlytomaintainpublicsecurity"));
    for (const part of ["FaceRecognition", "Youhaveenteredanimage-capturearea", "Operator:广州天汇商业管理有限公司", "Telephone:020-38689000", "Capturearea:", "Retention:Video:keptfor90days", "Storage:", "Alternative:", "Access,correction,deletionorcomplaints:"])
      expect(en).toContain(part);
    expect(enPages.find((p) => p.includes("Whatiscaptured") && p.includes("marketingorfootfallanalytics"))).toContain("Scanforthefullnotice");
  });

  it("mall-camera: the QR code linking to the notice is an image in the docx", () => {
    const media = (f: string): string[] =>
      execFileSync("unzip", ["-Z1", f], { encoding: "utf8" })
        .split("\n")
        .filter((x) => /^word\/media\/.+\.png$/.test(x));
    // On the posters: the camera pictogram and the QR code.
    for (const lang of LANGS) expect(media(file("mall-camera", lang, "posters")).length).toBeGreaterThanOrEqual(2);
    expect(media(file("residential-gate", "zh-CN", "posters")).length).toBe(1); // no notice URL, no QR: the pictogram only
  });

  it("residential-gate: guardian-consent form and large-print notice; honest about what is missing", () => {
    const text = pages("residential-gate", "zh-CN").join("");
    // The notice prints the public statement, never the internal remarks.
    expect(text).not.toContain("未评估门禁卡或二维码");
    expect(text).not.toContain("尚无删除机制");
    expect(text).toContain("不满十四周岁未成年人人脸信息处理监护人同意书");
    expect(text).toContain("与儿童的关系：☐父亲☐母亲☐其他监护人");
    expect(text).toContain("人脸信息处理告知书（大字版）");
    expect(text).toContain("人脸信息处理单独同意书");
    expect(text).toContain("目前未提供人脸识别以外的其他方式");
    expect(text).toContain("人脸信息存储于供应商云平台（中国杭州），通过互联网传输");
    expect(text).not.toContain("仅存储于本设备");
    expect(text).toContain("待填写：目前未设定保存期限");
    expect(text).toContain("待填写：目前未提供撤回同意的方式");
    const en = pages("residential-gate", "en").join("");
    expect(en).toContain("GuardianConsentforaChildUnder14");
    expect(en).toContain("NoticeofFaceInformationProcessing(LargePrint)");
    const bi = pages("residential-gate", "bilingual").join("");
    expect(bi).toContain("不满十四周岁未成年人人脸信息处理监护人同意书/GuardianConsentforaChildUnder14");
  });

  it("office-attendance: consent form with on-device storage sentence and a withdrawal method", () => {
    const text = pages("office-attendance", "zh-CN").join("");
    expect(text).toContain("人脸信息处理单独同意书");
    expect(text).toContain("人脸信息仅存储于本设备，不通过互联网对外传输");
    expect(text).toContain("您可以随时撤回同意");
    expect(text).toContain("如不愿使用人脸识别，可选择：门禁卡");
    expect(text).not.toContain("不满十四周岁未成年人人脸信息处理监护人同意书");
    expect(text).not.toContain("人脸信息处理告知书（大字版）");
  });

  it("zh-CN and en templates emit the same block sequence, so bilingual pairs them", () => {
    const shapes = (md: string): string[] => {
      const shape = (n: RootContent): string =>
        n.type === "heading" ? `h${n.depth}` : n.type === "containerDirective" || n.type === "leafDirective" ? `${n.type}:${n.name}` : n.type;
      return parseDialect(md).children.map(shape);
    };
    for (const name of SAMPLES) {
      const an = sample(name);
      const zh = shapes(renderMarkdown(an, SIGNAGE, "zh-CN", null, {}));
      expect(zh.length).toBeGreaterThan(20);
      expect(shapes(renderMarkdown(an, SIGNAGE, "en", null, {}))).toEqual(zh);
    }
  });
});

describe("signageView", () => {
  it("one section per face or public-place activity, with forms only where the facts call for them", () => {
    const mall = signageView(sample("mall-camera"), "zh-CN");
    expect(mall.activities.map((x) => [x.index, x.hasQr, x.consent.needed, x.guardian.needed, x.largePrint.needed])).toEqual([
      [0, false, true, true, true], // the legal duty fails its test (FR-042): consent is needed, so consent and guardian forms
      [1, true, true, false, true],
    ]);
    const gate = signageView(sample("residential-gate"), "en").activities[0];
    expect(gate?.guardian.needed).toBe(true);
    expect(gate?.poster.alternative).toBe("No alternative to face recognition is offered at present.");
    expect(gate?.poster.storage).toBe("Face information is stored on a vendor's cloud platform (中国杭州) and is transmitted over the internet");
    expect(gate?.consent.items).toHaveLength(3); // processing, off-device storage, provision to the security company
    expect(gate?.notice.recipients.map((r) => r.contact)).toEqual(["—", "＿＿＿＿＿＿"]); // PIPL Art 23: provision needs the contact
    expect(gate?.todo.filter((t) => /^(Guardian consent has not been obtained|The recipients' contact details are blank)/.test(t))).toHaveLength(2);
    const office = signageView(sample("office-attendance"), "zh-CN").activities[0];
    expect(office?.poster.storage).toBe("人脸信息仅存储于本设备，不通过互联网对外传输");
    expect(office?.todo).toEqual([]);
  });

  it("hotel-checkin: consent form for the optional check-in; no poster for R&D; private-space camera flagged", () => {
    const v = signageView(sample("hotel-checkin"), "zh-CN").activities;
    expect(v.map((x) => [x.name, x.signs, x.consent.needed])).toEqual([
      ["入住人证核验", true, true],
      ["健身中心视频监控", true, false],
      ["供应商算法优化", false, true],
    ]);
    expect(v[1]?.todo[0]).toMatch(/^设备安装在更衣室内，属于禁止安装图像采集设备的私密空间/);
    expect(v[2]?.items).toEqual(["人脸信息处理告知书", "单独同意书"]);
    expect(v[2]?.notice.intro).not.toContain("人脸识别技术应用安全管理办法"); // R&D is outside the Measures (Art 2)
  });

  it("a statutory basis that holds is named on the poster and in the notice instead of a consent promise", () => {
    const answers = mergePatch(loadSample("hotel-checkin"), {
      activities: [
        {
          lawfulBasis: ["legal-duty"],
          basisEvidence: { statute: "某条例第八条（要求现场人脸核验）", statuteRequiresFaceRecognition: true },
          necessity: { alternativeFeasible: false },
          consent: { form: "none" },
        },
      ],
    });
    const v = signageView(analyze(validateAnswers("statutory.yaml", answers)), "zh-CN").activities[0];
    expect(v?.consent.needed).toBe(false);
    expect(v?.poster.purpose).toBe("验证个人身份（依据：履行法定职责或法定义务所必需）");
    expect(v?.notice.publicPlaceNote).toContain("具体的法律、行政法规依据：某条例第八条（要求现场人脸核验）。");
  });

  it("public-place video without face recognition: PSVS retention, no alternative line", () => {
    const answers = mergePatch(loadSample("mall-camera"), {
      activities: [{ usesFaceRecognition: false, personalInfo: [{ category: "video", sensitive: false }], videoSystem: { retentionDays: 20 } }],
    });
    const v = signageView(analyze(validateAnswers("patched.yaml", answers)), "zh-CN").activities[0];
    expect(v?.poster.headline).toBe("图像采集区域");
    expect(v?.poster.retention).toBe("视频图像保存 20 日，到期删除");
    expect(v?.poster.showAlternative).toBe(false);
    expect(v?.todo.some((t) => t.includes("少于《公共安全视频图像信息系统管理条例》第十七条要求的 30 日"))).toBe(true);
  });

  it("retention: zero days means not kept; indefinite leaves a blank and a to-do", () => {
    const zero = mergePatch(loadSample("office-attendance"), { activities: [{ storage: { retention: { kind: "days", days: 0 } } }] });
    expect(signageView(analyze(validateAnswers("zero.yaml", zero)), "zh-CN").activities[0]?.poster.retention).toBe("人脸信息不予保存，使用后即删除");
    const forever = mergePatch(loadSample("office-attendance"), { activities: [{ storage: { retention: { kind: "indefinite" } } }] });
    const v = signageView(analyze(validateAnswers("forever.yaml", forever)), "en").activities[0];
    expect(v?.poster.retention).toBe("Face information: ＿＿＿＿＿＿ (to be completed: no retention period is set at present)");
    expect(v?.todo).toEqual(["No retention period is set: fix the shortest period the purpose needs and fill in the blank before use (PIPL Art 19; Face Measures Art 8)."]);
  });

  it("no face recognition and no public place: no sections, and the document says why", () => {
    const answers = mergePatch(loadSample("office-attendance"), {
      activities: [{ usesFaceRecognition: false, personalInfo: [{ category: "name", sensitive: false }] }],
    });
    const an = analyze(validateAnswers("patched.yaml", answers));
    expect(signageView(an, "zh-CN")).toEqual({ any: false, activities: [], posters: [] });
    expect(renderMarkdown(an, SIGNAGE, "zh-CN", null, {})).toContain("无需设置人脸识别或图像采集提示标识");
  });
});
