// FR-029 — PSVS Art 17: video from a system in a designated (Art 7) place is kept at least 30 days;
// after 30 days, footage whose purpose is achieved is deleted. Under 30 days breaches the minimum
// (prohibited); keeping footage beyond 30 days without purpose-based deletion is a risk. Art 9
// para 2 exempts systems in other public places from Art 17.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi } from "./facts.js";

const MIN_DAYS = 30;

export default defineRule({
  id: "FR-029",
  slug: "video-retention",
  severity: "required",
  protection: true,
  title: bi(
    "公共安全视频图像的保存期限不符合规定",
    "Retention of public-security video does not meet the statutory rule",
  ),
  summary: bi(
    "重点公共场所视频图像至少保存30日；超过30日且目的已实现的应当删除",
    "Video in designated public places is kept at least 30 days and deleted after that once its purpose is achieved",
  ),
  remedy: bi(
    "将视频图像保存期限设为不少于30日；30日届满后，对目的已实现的视频图像自动删除或覆盖，确需延长保存的（如涉及案件调查）单独登记理由和期限。",
    "Set video retention to at least 30 days; after 30 days, delete or overwrite footage whose purpose is achieved automatically, and log the reason and period for any footage kept longer (e.g. for an investigation).",
  ),
  cites: [cite("PSVS", 17)],
  reads: ["activities[].videoSystem.designatedPlace", "activities[].videoSystem.retentionDays", "activities[].videoSystem.deletedAfterPurpose"],
  check(a) {
    return eachActivity(a, (act, i) => {
      const v = act.videoSystem;
      if (v === null || !v.designatedPlace) return null;
      if (v.retentionDays < MIN_DAYS)
        return {
          activity: act.id,
          at: `activities[${i}].videoSystem.retentionDays`,
          detail: bi(
            `活动“${act.name}”的视频图像仅保存 ${v.retentionDays} 日，少于30日的法定最短期限。`,
            `Activity "${act.name}" keeps video for only ${v.retentionDays} days, less than the statutory minimum of 30 days.`,
          ),
        };
      if (v.retentionDays > MIN_DAYS && !v.deletedAfterPurpose)
        return {
          activity: act.id,
          at: `activities[${i}].videoSystem.deletedAfterPurpose`,
          severity: "risk",
          remedy: bi(
            "建立30日届满后的删除机制：对目的已实现的视频图像及时删除，仅对确有需要的片段登记理由后延长保存；同时评估将整体保存期限缩短至30日。",
            "Set up deletion after 30 days: delete footage whose purpose is achieved and keep only the clips actually needed, with the reason logged; consider cutting the overall retention to 30 days.",
          ),
          detail: bi(
            `活动“${act.name}”的视频图像保存 ${v.retentionDays} 日，30日后对目的已实现的视频图像未予删除。`,
            `Activity "${act.name}" keeps video for ${v.retentionDays} days and does not delete footage whose purpose is achieved once 30 days have passed.`,
          ),
        };
      return null;
    });
  },
});
