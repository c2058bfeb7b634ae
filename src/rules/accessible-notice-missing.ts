// FR-015 — Face Measures Art 5: processing face data of elderly or disabled people must also
// meet national rules on accessible-environment construction (无障碍环境建设), i.e. the
// Barrier-Free Environment Law of 2023 (legal digest §00 G), cited as a whole: the digest gives no
// article number, so the registry marks it.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi } from "../facts/activity.js";

export default defineRule({
  id: "FR-015",
  slug: "accessible-notice-missing",
  severity: "required",
  title: {
    "zh-CN": "涉及老年人、残疾人，告知和同意缺少无障碍形式",
    en: "Elderly or disabled people are affected but notice and consent have no accessible form",
  },
  summary: { "zh-CN": "处理老年人、残疾人人脸信息须提供无障碍的告知与同意方式", en: "Accessible notice and consent for elderly and disabled people" },
  remedy: {
    "zh-CN": "提供大字版告知书（本评估随附）、语音播报或人工协助办理，并保留非人脸识别的通行或验证方式。",
    en: "Provide a large-print notice (one accompanies this assessment), voice announcements or staffed assistance, and keep a non-face method available.",
  },
  cites: [cite("FRM", 5), cite("ACCESSIBILITY", "-")],
  reads: ["activities[].subjects.elderly", "activities[].subjects.disabled", "activities[].notice.accessibleFormat"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!handlesFacePi(act) || act.notice.accessibleFormat || !(act.subjects.elderly || act.subjects.disabled)) return null;
      const who = [act.subjects.elderly ? "老年人" : "", act.subjects.disabled ? "残疾人" : ""].filter(Boolean).join("和");
      const whoEn = [act.subjects.elderly ? "elderly" : "", act.subjects.disabled ? "disabled" : ""].filter(Boolean).join(" and ");
      return {
        activity: act.id,
        at: `activities[${i}].notice.accessibleFormat`,
        detail: {
          "zh-CN": `活动“${act.name}”的信息主体包括${who}，但告知和同意没有大字、语音或协助等无障碍形式。`,
          en: `Activity "${act.name}" affects ${whoEn} people, but notice and consent have no large-print, voice or assisted form.`,
        },
      };
    });
  },
});
