// FR-030 — PSVS Art 16(3): a public-security video system keeps a call-up register recording who
// viewed or extracted footage, why, what, and for which unit (not exempted for other public places
// by Art 9 para 2); GB/T 35273 §11.7 recommends tamper-proof audit logs of processing.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi } from "./facts.js";

export default defineRule({
  id: "FR-030",
  slug: "viewing-log-missing",
  severity: "required",
  protection: true,
  title: bi(
    "视频图像信息调阅、导出未建立登记制度",
    "There is no register of who views or exports video footage",
  ),
  summary: bi(
    "公共安全视频图像信息系统须登记调阅、复制、导出的事由、内容、单位和人员",
    "A public-security video system must log the reason, content, unit and person for each viewing or export",
  ),
  remedy: bi(
    "建立视频图像信息调用登记制度：逐次记录调阅或导出的事由、内容、调用单位和人员姓名，由系统自动记录并防止篡改，定期审查记录。",
    "Set up a call-up register: record for every viewing or export the reason, the footage concerned, the requesting unit and the person's name; have the system log it automatically, protect the log from tampering and review it regularly.",
  ),
  cites: [cite("PSVS", 16, { item: 3 }), cite("GBT35273", "11.7")],
  reads: ["activities[].videoSystem.viewingLog"],
  check(a) {
    return eachActivity(a, (act, i) => {
      const v = act.videoSystem;
      if (v === null || v.viewingLog) return null;
      return {
        activity: act.id,
        at: `activities[${i}].videoSystem.viewingLog`,
        detail: bi(
          `活动“${act.name}”的视频系统（${v.cameraType}）未对调阅、导出视频图像进行登记。`,
          `Activity "${act.name}" runs a video system (${v.cameraType}) that does not log who views or exports footage.`,
        ),
      };
    });
  },
});
