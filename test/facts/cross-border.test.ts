// The cross-border route decision (legal digest §00 F) at its thresholds: counted from 1 January,
// summed over activities, sensitive PI never exempt, CIIOs and important data always assessed, and
// access from abroad a transfer.
import { describe, expect, it } from "vitest";
import { loadSample, mergePatch, type Json } from "../helpers/fixtures.js";
import { validateAnswers } from "../../src/io/load-answers.js";
import { goesAbroad } from "../../src/facts/activity.js";
import { crossBorderRouteRequired, crossBorderTotals, crossBorderVolume, routeMeets } from "../../src/facts/cross-border.js";
import type { Assessment } from "../../src/model/assessment.js";

function office(crossBorder: Json, processor: Json = {}): Assessment {
  // An overseas group server receives the templates, so a transfer abroad is consistent with the recipients.
  const groupServer = { name: "澄明集团新加坡有限公司", role: "entrusted", purpose: "集团服务器镜像存储", categories: ["face-template", "name"], country: "SG", contract: true, separateConsent: true, supervised: true, ownUse: false };
  return validateAnswers("office", mergePatch(loadSample("office-attendance"), { processor, activities: [{ crossBorder, ...((crossBorder as { transfers?: boolean }).transfers === true ? { recipients: [null, groupServer] } : {}) }] }));
}

/** Member recognition (mall) whose only overseas recipient gets names and phone numbers. */
function namesAbroad(people: number): Assessment {
  const recipient = { name: "CRM Ltd.", role: "entrusted", purpose: "会员通知", categories: ["name", "phone"], country: "HK", contract: true, separateConsent: true, supervised: true, ownUse: false };
  return validateAnswers("mall", mergePatch(loadSample("mall-camera"), { activities: [null, { recipients: [recipient], crossBorder: { transfers: true, peopleThisYear: people } }] }));
}

const level = (a: Assessment, i = 0): string => crossBorderRouteRequired(a, a.activities[i]!).level;

describe("crossBorderRouteRequired", () => {
  it("nothing abroad needs nothing", () => {
    const a = office({});
    expect(goesAbroad(a.activities[0]!)).toBe(false);
    expect(crossBorderRouteRequired(a, a.activities[0]!)).toMatchObject({ level: "none", grounds: [] });
  });

  it("any sensitive PI needs at least the contract; 10,000 people's sensitive PI needs an assessment", () => {
    expect(level(office({ transfers: true, peopleThisYear: 1, sensitivePeopleThisYear: 1 }))).toBe("contract-or-certification");
    expect(level(office({ transfers: true, peopleThisYear: 9_999, sensitivePeopleThisYear: 9_999 }))).toBe("contract-or-certification");
    const at = office({ transfers: true, peopleThisYear: 10_000, sensitivePeopleThisYear: 10_000 });
    expect(crossBorderRouteRequired(at, at.activities[0]!)).toMatchObject({ level: "security-assessment", grounds: ["sensitive-10k", "sensitive-pi"] });
  });

  it("non-sensitive PI: exempt under 100,000, contract from 100,000, assessment from 1,000,000", () => {
    expect(level(namesAbroad(99_999), 1)).toBe("none");
    expect(level(namesAbroad(100_000), 1)).toBe("contract-or-certification");
    expect(level(namesAbroad(999_999), 1)).toBe("contract-or-certification");
    expect(level(namesAbroad(1_000_000), 1)).toBe("security-assessment");
  });

  it("a CIIO and important data need an assessment whatever the volume", () => {
    const ciio = office({ transfers: true, peopleThisYear: 5, sensitivePeopleThisYear: 5 }, { ciio: true });
    expect(crossBorderRouteRequired(ciio, ciio.activities[0]!).grounds[0]).toBe("ciio");
    expect(level(ciio)).toBe("security-assessment");
    expect(level(office({ transfers: true, peopleThisYear: 5, sensitivePeopleThisYear: 5, importantData: true }))).toBe("security-assessment");
  });

  it("counts are processor-wide: activities' counts add up", () => {
    const groupHost = { name: "澜庭酒店集团（新加坡）有限公司", role: "entrusted", purpose: "集团系统托管", categories: ["face-image"], country: "SG", contract: true, separateConsent: true, supervised: true, ownUse: false };
    const hotel = (n: number) =>
      validateAnswers(
        "hotel",
        mergePatch(loadSample("hotel-checkin"), {
          activities: [
            { crossBorder: { transfers: true, peopleThisYear: n, sensitivePeopleThisYear: n }, recipients: [groupHost] },
            null,
            { crossBorder: { transfers: true, peopleThisYear: n, sensitivePeopleThisYear: n }, recipients: [null, groupHost] },
          ],
        }),
      );
    expect(crossBorderTotals(hotel(5_000)).sensitivePeople).toBe(10_000);
    expect(level(hotel(4_999))).toBe("contract-or-certification");
    expect(level(hotel(5_000))).toBe("security-assessment");
    expect(level(hotel(5_000), 1)).toBe("none"); // the gym cameras stay in China
  });

  it("access from abroad is a transfer", () => {
    const a = office({ accessFromAbroad: true, peopleThisYear: 380, sensitivePeopleThisYear: 380 });
    expect(goesAbroad(a.activities[0]!)).toBe(true);
    expect(level(a)).toBe("contract-or-certification");
  });

  it("no count given: the activity's people are used, and marked as estimated", () => {
    const a = office({ transfers: true });
    expect(crossBorderVolume(a.activities[0]!)).toEqual({ people: 380, sensitivePeople: 380, estimated: true });
  });
});

describe("routeMeets", () => {
  it("a contract or certification (or another legal route) meets the contract level, only an assessment meets the assessment level", () => {
    expect(["none", "standard-contract", "certification", "other", "security-assessment"].map((r) => routeMeets(r as never, "contract-or-certification"))).toEqual([false, true, true, true, true]);
    expect(["none", "standard-contract", "certification", "other", "security-assessment"].map((r) => routeMeets(r as never, "security-assessment"))).toEqual([false, false, false, false, true]);
    expect(routeMeets("none", "none")).toBe(true);
  });
});
