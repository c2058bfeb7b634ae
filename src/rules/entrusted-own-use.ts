// FR-050 — PIPL Art 21 para 1 (an entrusted party processes only as agreed and not beyond the agreed
// purpose and method) and Art 23 (providing PI to another processor: notice of the recipient's name,
// contact, purpose, method and categories, and separate consent): a vendor called "entrusted" that
// also uses the data for its own purposes — training its own algorithm, its own analytics — is in law
// a recipient of a provision, not an entrusted party (legal digest §00 G). Until notice and separate
// consent are in place the provision must be suspended (§00 A). FR-031 keeps the entrustment duties
// (contract, supervision) for the service the vendor performs for the processor.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { entrustedButOwnUse } from "../facts/sensitive.js";
import { FACE_CATEGORIES } from "../model/enums.js";
import { label } from "../model/labels.js";
import { bi, clip, inSentence, listBi } from "./facts.js";

export default defineRule({
  id: "FR-050",
  slug: "entrusted-own-use",
  severity: "required",
  consequence: "suspend-until-fixed",
  title: bi(
    "受托方将个人信息用于其自身目的，实为向其他处理者提供，却按委托处理对待",
    "An entrusted vendor uses the data for its own purposes: a provision to another processor treated as entrustment",
  ),
  summary: bi(
    "受托方为自身目的使用个人信息的，按对外提供处理：告知接收方情况并取得单独同意",
    "A vendor using the data for its own purposes is a recipient: notice of the recipient and separate consent",
  ),
  remedy: bi(
    "停止向该接收方提供个人信息供其自身使用，直至：向个人告知接收方的名称、联系方式、处理目的、处理方式和个人信息种类，并取得单独同意；在合同中区分受托处理与对外提供，禁止受托方超出约定目的使用，并核查、删除其已为自身目的留存或生成的数据（含训练所得模型中的个人信息）。",
    "Stop providing the data for the recipient's own use until individuals are told the recipient's name, contact, purpose, method and categories and give separate consent; in the contract, separate entrusted processing from provision, forbid use beyond the agreed purpose, and check and delete what the vendor has kept or derived for its own purposes (including personal information in trained models).",
  ),
  cites: [cite("PIPL", 23), cite("PIPL", 21, { para: 1 })],
  reads: [
    "activities[].recipients[].name",
    "activities[].recipients[].role",
    "activities[].recipients[].ownUse",
    "activities[].recipients[].purpose",
    "activities[].recipients[].categories",
    "activities[].recipients[].separateConsent",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const hits: RuleHit[] = [];
      act.recipients.forEach((r, j) => {
        if (!entrustedButOwnUse(r)) return;
        const cats = listBi(r.categories.map((c) => inSentence(label("piCategory", c))));
        const biometric = r.categories.some((c) => FACE_CATEGORIES.includes(c) || c === "biometric-other");
        const consent = r.separateConsent
          ? bi("答卷称已取得单独同意，但须核实告知内容是否载明接收方的名称、联系方式、处理目的、方式和信息种类。", "The answers say separate consent was obtained; check that the notice gave the recipient's name, contact, purpose, method and categories.")
          : bi("未向个人告知接收方情况，也未取得单独同意。", "Individuals were neither told about the recipient nor asked for separate consent.");
        hits.push({
          activity: act.id,
          at: `activities[${i}].recipients[${j}].ownUse`,
          ...(r.separateConsent ? { consequence: "rectify-by" as const } : {}),
          cites: biometric ? [cite("GBT35273", "9.2", { item: "i" })] : [],
          detail: bi(
            `活动“${act.name}”将${cats["zh-CN"]}交由“${r.name}”作为受托方处理（${clip(r.purpose)}），但该方还将其用于自身目的；超出约定目的使用即不属于委托处理，而是向其他个人信息处理者提供。${consent["zh-CN"]}`,
            `Activity "${act.name}" gives ${cats.en} to "${r.name}" as an entrusted party (${clip(r.purpose)}), but the vendor also uses it for its own purposes; use beyond the agreed purpose is not entrustment but a provision to another processor. ${consent.en}`,
          ),
        });
      });
      return hits;
    });
  },
});
