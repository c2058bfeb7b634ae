// FR-031 — PIPL Art 23 (provision to another processor: notice of the recipient and separate
// consent), Art 21 (entrusted processing: a contract fixing purpose, term, method, categories,
// measures, return or deletion, and supervision), Art 55(3) (the PIA covers both); SPC Provisions
// Art 2(6) for face information; GB/T 35273 §9.2(i): biometrics in principle are not shared.
import { defineRule, eachActivity } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { label } from "../model/labels.js";
import { bi, clip, listBi, listEn } from "./facts.js";

const FACE = new Set(["face-image", "face-template"]);

export default defineRule({
  id: "FR-031",
  slug: "recipients-and-entrustment",
  severity: "required",
  protection: true,
  title: bi(
    "向其他处理者提供或委托处理个人信息，缺少单独同意、委托合同或监督",
    "Personal information is provided to another processor or entrusted without separate consent, a contract or supervision",
  ),
  summary: bi(
    "对外提供须告知接收方并取得单独同意；委托处理须签订委托合同并监督受托方",
    "Provision needs notice of the recipient and separate consent; entrustment needs a contract and supervision",
  ),
  remedy: bi(
    "向其他处理者提供的：告知接收方名称、联系方式、处理目的、方式和信息种类，并取得单独同意；人脸等生物识别信息原则上不提供。委托处理的：签订约定目的、期限、方式、信息种类、保护措施、双方权利义务及到期返还或删除的委托协议，并对受托方进行监督（含审计）。",
    "For provision to another processor: tell individuals the recipient's name and contact, purpose, method and categories, and obtain separate consent; in principle do not share face or other biometric data. For entrustment: sign an agreement fixing purpose, term, method, categories, protection measures, each side's rights and duties and return or deletion at the end, and supervise (including audit) the entrusted party.",
  ),
  cites: [cite("PIPL", 21), cite("PIPL", 23), cite("PIPL", 55, { item: 3 }), cite("SPC-FACE", 2, { item: 6 }), cite("GBT35273", "9.2", { item: "i" })],
  reads: [
    "activities[].recipients[].name",
    "activities[].recipients[].role",
    "activities[].recipients[].categories",
    "activities[].recipients[].contract",
    "activities[].recipients[].separateConsent",
    "activities[].recipients[].supervised",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const hits: RuleHit[] = [];
      act.recipients.forEach((r, j) => {
        const at = `activities[${i}].recipients[${j}]`;
        const cats = listBi(r.categories.map((c) => label("piCategory", c)));
        const face = r.categories.some((c) => FACE.has(c));
        if (r.role === "entrusted") {
          const gaps = [
            r.contract ? null : bi("未签订委托处理协议", "no entrustment agreement"),
            r.supervised ? null : bi("未对受托方的处理活动进行监督", "no supervision of its processing"),
          ].filter((g) => g !== null);
          if (gaps.length === 0) return;
          const g = bi(gaps.map((x) => x["zh-CN"]).join("，且"), listEn(gaps.map((x) => x.en)));
          hits.push({
            activity: act.id,
            at: `${at}.${r.contract ? "supervised" : "contract"}`,
            detail: bi(
              `活动“${act.name}”委托“${r.name}”处理${cats["zh-CN"]}（用途：${clip(r.purpose)}），${g["zh-CN"]}。`,
              `Activity "${act.name}" entrusts "${r.name}" with ${cats.en.toLowerCase()} (purpose: ${clip(r.purpose)}) with ${g.en}.`,
            ),
          });
          return;
        }
        if (r.separateConsent) return;
        const role = r.role === "joint" ? bi("共同处理者", "joint processor") : bi("其他个人信息处理者", "another PI processor");
        const faceNote = face
          ? bi("；其中包含人脸信息，推荐性国家标准要求生物识别信息原则上不共享", "; the data include face information, which the national standard says should in principle not be shared")
          : bi("", "");
        hits.push({
          activity: act.id,
          at: `${at}.separateConsent`,
          detail: bi(
            `活动“${act.name}”向${role["zh-CN"]}“${r.name}”提供${cats["zh-CN"]}（用途：${clip(r.purpose)}），未取得个人单独同意${faceNote["zh-CN"]}。`,
            `Activity "${act.name}" provides ${cats.en.toLowerCase()} to ${role.en} "${r.name}" (purpose: ${clip(r.purpose)}) without the individuals' separate consent${faceNote.en}.`,
          ),
        });
      });
      return hits;
    });
  },
});
