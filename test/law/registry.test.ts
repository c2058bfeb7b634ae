import { describe, expect, it } from "vitest";
import { allLaws, citationLabel, getLaw, isKnownCitation, mergeSupplement, resolveCitation } from "../../src/law/registry.js";
import { WHOLE, cite, type Article, type Law } from "../../src/law/types.js";

const IDS = [
  "PIPL", "CIVIL-CODE", "LABOUR-CONTRACT", "ACCESSIBILITY", "PSVS", "NETDATA", "MINORS-ONLINE", "FRM", "AUDIT", "CROSS-BORDER",
  "CAC-FILING", "SPC-FACE", "SH-DATA", "SZ-DATA", "CAMPAIGN-2025", "GBT35273", "GBT39335", "GBT41819",
] as const;

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Every article the legal digest mentions, per law: the registry must hold at least these. */
const REQUIRED: Readonly<Record<(typeof IDS)[number], readonly string[]>> = {
  PIPL: ["5", "6", "7", "9", ...range(13, 19), "21", "23", "24", "25", "26", ...range(28, 32), "38", "39", "40", ...range(44, 52), "54", "55", "56", "57", "58", "62", "64", "66", "67", "69", "71", "73", "74"],
  "CIVIL-CODE": ["201", "1034"],
  "LABOUR-CONTRACT": ["4"],
  ACCESSIBILITY: [WHOLE],
  PSVS: ["2", "7", "8", "9", "13", "14", "15", "16", "17", "21", "22", "26", "27", "29", "31", "33", "34"],
  NETDATA: ["12"],
  "MINORS-ONLINE": ["37"],
  FRM: range(1, 20),
  AUDIT: [WHOLE],
  "CROSS-BORDER": [WHOLE],
  "CAC-FILING": [WHOLE],
  "SPC-FACE": ["1", "2", "3", "4", "5", "10", "11", "12"],
  "SH-DATA": ["22", "23"],
  "SZ-DATA": ["19"],
  "CAMPAIGN-2025": ["4"],
  GBT35273: ["5.3", "5.4", "6.1", "6.3", "9.2", "9.4", "11.1", "11.3", "11.4", "11.7"],
  GBT39335: ["4.6", ...range(1, 9).map((n) => `5.${n}`), "A", "B", "C", "D", "D.1", "D.3", "D.4", "D.5"],
  GBT41819: range(5, 11),
};

const entries = (law: Law): [string, Article][] => Object.entries(law.articles);

describe("allLaws / getLaw", () => {
  it("registers exactly the agreed law ids, once each", () => {
    expect(allLaws().map((l) => l.id)).toEqual([...IDS]);
  });

  it("getLaw returns the law and throws listing the known ids", () => {
    expect(getLaw("FRM").short["zh-CN"]).toBe("《人脸识别技术应用安全管理办法》");
    expect(() => getLaw("GDPR")).toThrow(/unknown law "GDPR"; known: PIPL, CIVIL-CODE, .*GBT41819/);
  });

  it.each(IDS)("%s holds every article the digest mentions", (id) => {
    const keys = Object.keys(getLaw(id).articles);
    const missing = REQUIRED[id].filter((k) => !keys.includes(k));
    expect(missing).toEqual([]);
  });
});

describe("law data", () => {
  it.each(IDS)("%s: titles, effective date and gists are filled in", (id) => {
    const law = getLaw(id);
    for (const text of [law.title, law.short, law.issuer]) {
      expect(text["zh-CN"].length).toBeGreaterThan(0);
      expect(text.en.length).toBeGreaterThan(0);
    }
    expect(law.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A real calendar date: round-trips through Date without rolling over.
    expect(new Date(`${law.effective}T00:00:00Z`).toISOString().slice(0, 10)).toBe(law.effective);
    expect(entries(law).length).toBeGreaterThanOrEqual(1);
    for (const [key, a] of entries(law)) {
      expect(a.gist["zh-CN"].length, `${id} ${key} zh`).toBeGreaterThan(0);
      expect(a.gist.en.length, `${id} ${key} en`).toBeGreaterThan(0);
    }
  });

  it.each(IDS)("%s: every S / UNCONFIRMED article says in both languages what is uncertain", (id) => {
    for (const [key, a] of entries(getLaw(id))) {
      if (a.confidence !== "S" && a.confidence !== "UNCONFIRMED") continue;
      expect(a.note?.["zh-CN"].length ?? 0, `${id} ${key}`).toBeGreaterThan(10);
      expect(a.note?.en.length ?? 0, `${id} ${key}`).toBeGreaterThan(10);
    }
  });

  it.each(IDS)("%s: an uncertain effective date or document number is explained in a law note", (id) => {
    const law = getLaw(id);
    const weak = [law.effectiveConfidence, law.docNumberConfidence].some((c) => c === "S" || c === "UNCONFIRMED");
    if (weak) expect(law.note?.en.length ?? 0).toBeGreaterThan(10);
  });

  it.each(IDS)("%s: keys fit the numbering scheme", (id) => {
    const law = getLaw(id);
    for (const [key, a] of entries(law)) {
      if (key === WHOLE) continue;
      if (law.numbering === "none") expect.fail(`${id} is cited only as a whole, found key ${key}`);
      if (law.numbering === "clause" && a.label === undefined) expect(key).toMatch(/^\d+(\.\d+)*$/);
      if (law.numbering === "article" || law.numbering === "item") expect(key).toMatch(/^[1-9]\d*$/);
    }
  });

  it.each(IDS)("%s: every article has clean labels in both languages", (id) => {
    for (const key of Object.keys(getLaw(id).articles)) {
      for (const lang of ["zh-CN", "en"] as const) {
        const label = citationLabel(cite(id, key, { para: 2, item: 1 }), lang);
        expect(label).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it("dates and confidence the digest states are recorded as such", () => {
    expect([getLaw("PIPL").effective, getLaw("PIPL").effectiveConfidence]).toEqual(["2021-11-01", "T"]);
    expect([getLaw("FRM").effective, getLaw("FRM").effectiveConfidence]).toEqual(["2025-06-01", "O"]);
    expect([getLaw("PSVS").effective, getLaw("PSVS").effectiveConfidence]).toEqual(["2025-04-01", "T"]);
    expect([getLaw("AUDIT").effective, getLaw("AUDIT").effectiveConfidence]).toEqual(["2025-05-01", "O"]);
    expect(getLaw("SPC-FACE").docNumberConfidence).toBe("UNCONFIRMED");
    // Legal digest §00 F gives the Cross-Border Provisions' date (2024-03-22); only their article numbers are [S].
    expect([getLaw("CROSS-BORDER").effective, getLaw("CROSS-BORDER").effectiveConfidence]).toEqual(["2024-03-22", undefined]);
    for (const id of ["SZ-DATA", "MINORS-ONLINE", "NETDATA", "GBT35273", "CIVIL-CODE", "ACCESSIBILITY"]) {
      expect(getLaw(id).effectiveConfidence, id).toBe("UNCONFIRMED");
    }
  });
});

describe("resolveCitation", () => {
  it("FRM 10, FRM 11 and PIPL 26 are confirmed (legal digest §00 D); FRM 16 is not", () => {
    const frm10 = resolveCitation(cite("FRM", 10));
    expect([frm10.confidence, frm10.unconfirmed, frm10.note]).toEqual(["O", false, undefined]);
    const pipl26 = resolveCitation(cite("PIPL", 26));
    expect([pipl26.confidence, pipl26.unconfirmed, pipl26.note]).toEqual(["T", false, undefined]);
    const frm11 = resolveCitation(cite("FRM", 11));
    expect([frm11.confidence, frm11.unconfirmed, frm11.note]).toEqual(["O", false, undefined]);
    const frm16 = resolveCitation(cite("FRM", 16));
    expect([frm16.confidence, frm16.unconfirmed]).toEqual(["UNCONFIRMED", true]);
    expect(frm16.note?.en).toContain("how Arts 16-18 divide these");
  });

  it("FRM article numbers follow the digest's tags", () => {
    const tags = Object.fromEntries(range(1, 20).map((n) => [n, resolveCitation(cite("FRM", n)).confidence]));
    expect(tags).toEqual({
      "1": "O", "2": "O", "3": "O", "4": "O", "5": "O", "6": "O", "7": "O", "8": "O", "9": "O", "10": "O",
      "11": "O", "12": "O", "13": "O", "14": "O", "15": "O",
      "16": "UNCONFIRMED", "17": "UNCONFIRMED", "18": "UNCONFIRMED", "19": "O", "20": "O",
    });
  });

  it("unconfirmed citations stay marked; the corroborated FRM articles carry no caveat", () => {
    const r = resolveCitation(cite("FRM", 9));
    expect([r.unconfirmed, r.note]).toEqual([false, undefined]);
    expect(resolveCitation(cite("CIVIL-CODE", 201)).unconfirmed).toBe(true);
    expect(resolveCitation(cite("GBT39335", "D.5")).unconfirmed).toBe(true);
  });

  it("passes para and item through and returns the gist", () => {
    const r = resolveCitation(cite("PIPL", 13, { para: 1, item: 3 }));
    expect(r).toMatchObject({ law: "PIPL", article: "13", para: 1, item: 3, confidence: "T", unconfirmed: false });
    expect(r.gist["zh-CN"]).toContain("同意");
    expect("para" in resolveCitation(cite("PIPL", 13))).toBe(false);
  });

  it("whole-document citations: the law's own uncertainty counts", () => {
    const filing = resolveCitation(cite("CAC-FILING", WHOLE));
    expect([filing.article, filing.confidence, filing.unconfirmed]).toEqual([WHOLE, "O", false]);
    expect(resolveCitation(cite("AUDIT", "")).unconfirmed).toBe(false);
    // §00 F states the thresholds; the article numbers stay at the secondary-source level, as a caveat.
    const xb = resolveCitation(cite("CROSS-BORDER", WHOLE));
    expect([xb.confidence, xb.unconfirmed]).toEqual(["S", true]);
    expect(xb.gist["zh-CN"]).toContain("1万人以上敏感个人信息");
    expect(xb.gist.en).toContain("critical information infrastructure operator");
    expect(xb.note?.["zh-CN"]).toContain("以官方公布文本为准");
    expect(`${xb.note?.["zh-CN"]} ${xb.note?.en}`).not.toMatch(/记忆|memory|UNCONFIRMED/);
    // The accessibility law: no article number in the digest, cited as a whole and marked.
    const acc = resolveCitation(cite("ACCESSIBILITY", "-"));
    expect([acc.article, acc.confidence, acc.unconfirmed]).toEqual([WHOLE, "S", true]);
    expect(acc.label).toEqual({ "zh-CN": "《无障碍环境建设法》", en: "Barrier-Free Environment Law" });
  });

  it("PIPL Art 58 names the four duties of large platforms", () => {
    const r = resolveCitation(cite("PIPL", 58));
    for (const duty of ["外部成员组成的独立机构", "平台规则", "停止提供服务", "社会责任报告"]) expect(r.gist["zh-CN"]).toContain(duty);
    expect([r.confidence, r.unconfirmed]).toEqual(["T", false]);
  });

  it("throws on an unknown law or article", () => {
    expect(() => resolveCitation(cite("PIPL", 999))).toThrow(new Error("unknown citation: PIPL 999"));
    expect(() => resolveCitation(cite("GDPR", 5))).toThrow(new Error("unknown citation: GDPR 5"));
    expect(() => resolveCitation(cite("PSVS", WHOLE))).toThrow(new Error("unknown citation: PSVS whole"));
  });

  it("isKnownCitation mirrors resolveCitation", () => {
    expect(isKnownCitation(cite("SH-DATA", 23, { para: 3 }))).toBe(true);
    expect(isKnownCitation(cite("GBT39335", "D.5"))).toBe(true);
    expect(isKnownCitation(cite("FRM", 21))).toBe(false);
    expect(isKnownCitation(cite("NOPE", 1))).toBe(false);
  });
});

describe("mergeSupplement", () => {
  const extra: Article = { gist: { "zh-CN": "补充", en: "added" }, confidence: "UNCONFIRMED", note: { "zh-CN": "测试", en: "test" } };

  it("adds and replaces articles without touching the base entry", () => {
    const merged = mergeSupplement(allLaws(), { PIPL: { "99": extra, "26": extra } });
    const pipl = merged.find((l) => l.id === "PIPL");
    expect(pipl?.articles["99"]).toBe(extra);
    expect(pipl?.articles["26"]).toBe(extra);
    expect(pipl?.articles["13"]).toBe(getLaw("PIPL").articles["13"]);
    expect(getLaw("PIPL").articles["99"]).toBeUndefined();
  });

  it("rejects an unknown law id", () => {
    expect(() => mergeSupplement(allLaws(), { GDPR: { "5": extra } })).toThrow(/law supplement names unknown law "GDPR"/);
  });
});
