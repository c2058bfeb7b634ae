// FR-017 — Face Measures Art 8; PIPL Arts 19, 47; GB/T 35273 §6.1: face information is kept no
// longer than the shortest time the purpose needs; "indefinite" is never that.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { handlesFacePi, purposeDays, retainedDays } from "../facts/activity.js";
import { bi } from "../vocab/text.js";

export default defineRule({
  id: "FR-017",
  slug: "face-retention-excessive",
  severity: "prohibited",
  protection: true,
  title: {
    "zh-CN": "人脸信息保存期限不确定或超过实现处理目的所必需的最短时间",
    en: "Face data is kept indefinitely or longer than the purpose needs",
  },
  summary: { "zh-CN": "人脸信息保存期限不得超过实现目的所必需的最短时间", en: "Face data retention must be the shortest the purpose needs" },
  remedy: {
    "zh-CN": "确定与目的相称的最短保存期限（如离职、搬离或撤回同意后若干日内删除），到期自动删除或匿名化，并留存删除记录。",
    en: "Set the shortest period the purpose needs (e.g. delete within N days of leaving, moving out or withdrawing consent), delete or anonymise automatically when it ends, and log deletions.",
  },
  cites: [cite("FRM", 8), cite("PIPL", 19), cite("PIPL", 47), cite("GBT35273", "6.1")],
  reads: ["activities[].storage.retention.kind", "activities[].storage.retention.days", "activities[].storage.retention.eventOffsetDays", "activities[].storage.retention.purposeDays"],
  check(a) {
    return eachActivity(a, (act, i) => {
      if (!handlesFacePi(act)) return null;
      const r = act.storage.retention;
      const at = `activities[${i}].storage.retention`;
      const ground = bi("人脸信息保存超过必要期限（超期部分应立即删除）", "face data kept beyond what the purpose needs (delete the excess now)");
      if (r.kind === "indefinite")
        return {
          activity: act.id,
          at: `${at}.kind`,
          ground,
          detail: { "zh-CN": `活动“${act.name}”的人脸信息无限期保存。`, en: `Face data for "${act.name}" is kept indefinitely.` },
        };
      const kept = retainedDays(act);
      const need = purposeDays(act);
      if (kept !== null && need !== null && kept > need)
        return {
          activity: act.id,
          at: `${at}.${r.kind === "days" ? "days" : "eventOffsetDays"}`,
          ground,
          detail: {
            "zh-CN": `活动“${act.name}”的人脸信息保存 ${kept} 日${r.kind === "event" ? `（${r.event}后）` : ""}，而实现目的只需 ${need} 日。`,
            en: `Face data for "${act.name}" is kept ${kept} days${r.kind === "event" ? ` (after ${r.event})` : ""}, while the purpose needs only ${need}.`,
          },
        };
      return null;
    });
  },
});
