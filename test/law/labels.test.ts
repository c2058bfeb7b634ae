import { describe, expect, it } from "vitest";
import { citationLabel, resolveCitation } from "../../src/law/registry.js";
import { WHOLE, cite, type CitationRef } from "../../src/law/types.js";

const cases: ReadonlyArray<readonly [string, CitationRef, string, string]> = [
  ["article", cite("PIPL", 26), "《个人信息保护法》第二十六条", "PIPL Art 26"],
  ["para + item", cite("PIPL", 13, { para: 1, item: 3 }), "《个人信息保护法》第十三条第一款第（三）项", "PIPL Art 13 para 1 item (3)"],
  ["para only", cite("SH-DATA", 23, { para: 3 }), "《上海市数据条例》第二十三条第三款", "Shanghai Data Regulation Art 23 para 3"],
  ["item only", cite("PIPL", 55, { item: 1 }), "《个人信息保护法》第五十五条第（一）项", "PIPL Art 55 item (1)"],
  ["FRM", cite("FRM", 10), "《人脸识别技术应用安全管理办法》第十条", "Face Recognition Measures Art 10"],
  ["standard clause + item", cite("GBT35273", "6.3", { item: "b" }), "GB/T 35273-2020 第6.3条 b)", "GB/T 35273-2020 §6.3(b)"],
  ["standard clause", cite("GBT35273", "11.3"), "GB/T 35273-2020 第11.3条", "GB/T 35273-2020 §11.3"],
  ["annex", cite("GBT39335", "B"), "GB/T 39335-2020 附录B", "GB/T 39335-2020 Annex B"],
  ["table", cite("GBT39335", "D.5"), "GB/T 39335-2020 表D.5", "GB/T 39335-2020 Table D.5"],
  ["whole document", cite("CAC-FILING", WHOLE), "《关于开展人脸识别技术应用备案工作的公告》", "CAC Face Recognition Filing Announcement"],
  ["whole document via empty key", cite("CAC-FILING", ""), "《关于开展人脸识别技术应用备案工作的公告》", "CAC Face Recognition Filing Announcement"],
  ["whole document via dash", cite("AUDIT", "-"), "《个人信息保护合规审计管理办法》", "PI Protection Compliance Audit Measures"],
  ["campaign item", cite("CAMPAIGN-2025", 4), "2025年个人信息保护系列专项行动第四项", "2025 PI Protection Campaign item 4"],
  [
    "SPC item",
    cite("SPC-FACE", 4, { item: 1 }),
    "《最高人民法院关于审理使用人脸识别技术处理个人信息相关民事案件适用法律若干问题的规定》第四条第（一）项",
    "SPC Face Recognition Provisions Art 4 item (1)",
  ],
  ["Civil Code four digits", cite("CIVIL-CODE", 1034), "《民法典》第一千零三十四条", "Civil Code Art 1034"],
];

describe("citationLabel", () => {
  it.each(cases)("%s", (_name, ref, zh, en) => {
    expect(citationLabel(ref, "zh-CN")).toBe(zh);
    expect(citationLabel(ref, "en")).toBe(en);
    expect(resolveCitation(ref).label).toEqual({ "zh-CN": zh, en });
  });

  it("throws for an unknown citation", () => {
    expect(() => citationLabel(cite("PIPL", 999), "en")).toThrow("unknown citation: PIPL 999");
  });
});
