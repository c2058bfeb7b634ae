// FR-041 — 2025 personal information protection campaign (CAC, MIIT, MPS, SAMR), item 4: face
// recognition in public places of transport, lodging and tourism, education and training, culture
// and sports, logistics and commerce, and leisure and entertainment that lacks separate consent,
// signage, encryption or a PIA is an enforcement priority. Scenarios mapped: transport-hub
// (transport), hotel and park (lodging, tourism), school (education), venue (culture, sports,
// leisure), retail and sales-office (commerce). "other" is left out: its sector is unknown, and a
// warning about enforcement priority must not rest on a guess. This assessment is the PIA, so the
// gaps checked are consent, signage and encryption.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { label } from "../model/labels.js";
import type { Bilingual } from "../vocab/types.js";
import { bi, hasSeparateConsent, listBi } from "./facts.js";

const CAMPAIGN_SCENARIOS = new Set(["transport-hub", "hotel", "park", "school", "venue", "retail", "sales-office"]);

export default defineRule({
  id: "FR-041",
  slug: "campaign-sector-priority",
  severity: "risk",
  title: bi(
    "公共场所人脸识别应用属于2025年个人信息保护专项行动重点整治范围",
    "Public-place face recognition falls within the 2025 personal information protection campaign's enforcement focus",
  ),
  summary: bi(
    "交通、住宿旅游、教育培训、文体、商贸、休闲娱乐等公共场所的人脸识别缺少同意、标识或加密的，为专项行动整治重点",
    "Face recognition in public places of campaign sectors lacking consent, signage or encryption is an enforcement priority",
  ),
  remedy: bi(
    "优先整改：需要同意的取得单独同意；在采集区域前设置显著提示标识；对人脸信息的存储和传输加密；保存本影响评估报告以备检查。",
    "Fix first: obtain separate consent where consent is needed; put prominent signs before the capture area; encrypt face information at rest and in transit; keep this PIA report ready for inspection.",
  ),
  cites: [cite("CAMPAIGN-2025", "4")],
  reads: [
    "activities[].scenario",
    "activities[].location.publicPlace",
    "activities[].usesFaceRecognition",
    "activities[].purposes",
    "activities[].lawfulBasis",
    "activities[].consent.form",
    "activities[].signage.present",
    "activities[].storage.encryptedInTransit",
    "security.encryptionAtRest",
    "security.encryptionInTransit",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      if (!act.location.publicPlace || !ctx.faceMeasuresApply(act) || !CAMPAIGN_SCENARIOS.has(act.scenario)) return null;
      // Consent is needed where it is the basis, or for a use beyond public security (PIPL Art 26)
      // unless another Art 13 basis dispenses with it (Art 13 last para).
      const otherBasis = act.lawfulBasis.some((b) => b !== "consent");
      const consentNeeded = act.lawfulBasis.includes("consent") || (act.purposes.some((p) => p !== "public-security") && !otherBasis);
      const gaps: { at: string; text: Bilingual }[] = [];
      if (consentNeeded && !hasSeparateConsent(act)) gaps.push({ at: "consent.form", text: bi("未取得单独同意", "no separate consent") });
      if (!act.signage.present) gaps.push({ at: "signage.present", text: bi("未设置提示标识", "no signage") });
      const encrypted = a.security.encryptionAtRest && a.security.encryptionInTransit && act.storage.encryptedInTransit;
      if (!encrypted) gaps.push({ at: "storage.encryptedInTransit", text: bi("未对人脸信息加密存储或传输", "face information not encrypted at rest or in transit") });
      const first = gaps[0];
      if (first === undefined) return null;
      const g = listBi(gaps.map((x) => x.text));
      const sc = label("scenario", act.scenario);
      return {
        activity: act.id,
        at: `activities[${i}].${first.at}`,
        detail: bi(
          `活动“${act.name}”在${sc["zh-CN"]}的公共场所应用人脸识别，属于专项行动重点领域，且${g["zh-CN"]}。`,
          `Activity "${act.name}" uses face recognition in a public place (${sc.en.toLowerCase()}), a campaign focus sector, with ${g.en}.`,
        ),
      };
    });
  },
});
