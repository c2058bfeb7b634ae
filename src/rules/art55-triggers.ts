// Which of PIPL Art 55's five circumstances apply, and why (each reason names the activity).
import type { Assessment } from "../model/assessment.js";
import type { Art55Trigger, Bilingual } from "../vocab/types.js";
import { label } from "../model/labels.js";
import { goesAbroad, handlesFacePi, sensitivePi } from "../facts/activity.js";

const ITEMS: Record<Art55Trigger["item"], Bilingual> = {
  1: { "zh-CN": "处理敏感个人信息", en: "Processing sensitive personal information" },
  2: { "zh-CN": "利用个人信息进行自动化决策", en: "Using personal information for automated decision-making" },
  3: {
    "zh-CN": "委托处理个人信息、向其他个人信息处理者提供个人信息、公开个人信息",
    en: "Entrusting processing, providing personal information to another processor, or making it public",
  },
  4: { "zh-CN": "向境外提供个人信息", en: "Providing personal information outside the PRC" },
  5: { "zh-CN": "其他对个人权益有重大影响的个人信息处理活动", en: "Other processing with a significant impact on individuals' rights and interests" },
};

export function art55Triggers(a: Assessment): Art55Trigger[] {
  const reasons: Record<Art55Trigger["item"], Bilingual[]> = { 1: [], 2: [], 3: [], 4: [], 5: [] };
  for (const act of a.activities) {
    const n = `“${act.name}”`;
    const en = `"${act.id}"`;
    const cats = sensitivePi(act);
    if (cats.length > 0)
      reasons[1].push({
        "zh-CN": `${n}处理敏感个人信息：${cats.map((c) => label("piCategory", c)["zh-CN"]).join("、")}`,
        en: `${en} processes sensitive PI: ${cats.map((c) => label("piCategory", c).en).join(", ")}`,
      });
    if (act.subjects.minorsUnder14)
      reasons[1].push({ "zh-CN": `${n}涉及不满十四周岁未成年人的个人信息（《个人信息保护法》第二十八条）`, en: `${en} involves PI of children under 14 (PIPL Art 28)` });
    if (act.automatedDecision.used || act.automatedDecision.marketingPush || act.automatedDecision.infersAttributes)
      reasons[2].push({ "zh-CN": `${n}利用个人信息进行自动化决策或推断个人特征`, en: `${en} makes automated decisions or infers personal attributes` });
    for (const r of act.recipients)
      reasons[3].push({
        "zh-CN": `${n}${r.role === "entrusted" ? "委托" : "向"}${r.name}${r.role === "entrusted" ? "处理个人信息" : "提供个人信息"}`,
        en: `${en} ${r.role === "entrusted" ? "entrusts processing to" : "provides PI to"} ${r.name}`,
      });
    if (act.publication.published) reasons[3].push({ "zh-CN": `${n}公开人脸图像或信息`, en: `${en} makes face images or information public` });
    if (goesAbroad(act)) reasons[4].push({ "zh-CN": `${n}向境外提供、在境外存储个人信息或允许从境外访问`, en: `${en} transfers or stores PI outside mainland China, or lets it be accessed from abroad` });
    if (handlesFacePi(act) && act.location.publicPlace)
      reasons[5].push({ "zh-CN": `${n}在公共场所应用人脸识别，影响不特定多数人`, en: `${en} uses face recognition in a public place, affecting an open group of people` });
    if (handlesFacePi(act) && act.matchingMode !== "one-to-one")
      reasons[5].push({ "zh-CN": `${n}采用${label("matchingMode", act.matchingMode)["zh-CN"]}`, en: `${en} uses ${label("matchingMode", act.matchingMode).en}` });
  }
  return ([1, 2, 3, 4, 5] as const).map((item) => ({ item, applies: reasons[item].length > 0, text: ITEMS[item], reasons: reasons[item] }));
}
