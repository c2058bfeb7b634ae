// FR-040 — GB/T 39335 §5.1.2 and the high-risk list (Annex B of the final text): systematic
// monitoring of public areas (c), large scale (e), vulnerable groups (g) and biometrics (h) make an
// activity high-risk, calling for a full assessment and stakeholder consultation. The standard is
// recommended, so this is advice; the rating itself comes from the risk module.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, clip } from "./facts.js";

export default defineRule({
  id: "FR-040",
  slug: "high-risk-activity",
  severity: "advice",
  afterRisk: true,
  title: bi(
    "处理活动属于高风险个人信息处理活动，评估应纳入利益相关方意见",
    "The activity is a high-risk processing activity; the assessment should consult stakeholders",
  ),
  summary: bi(
    "涉及公共区域系统性监控、大规模处理、弱势群体或生物识别的活动属高风险，应征询利益相关方意见",
    "Public-area monitoring, large scale, vulnerable groups or biometrics make an activity high-risk: consult stakeholders",
  ),
  remedy: bi(
    "将该活动标记为高风险处理活动，在评估计划中安排征询利益相关方（如员工代表、业主委员会、消费者或未成年人监护人）意见，并在报告中记录意见及采纳情况。",
    "Mark the activity as high-risk and plan a stakeholder consultation (e.g. staff representatives, the owners' committee, customers or the guardians of minors); record the views and how they were taken into account in the report.",
  ),
  cites: [cite("GBT39335", "5.1"), cite("GBT39335", "B")],
  reads: [
    "activities[].location.publicPlace",
    "activities[].subjects.peopleCount",
    "activities[].subjects.minorsUnder14",
    "activities[].subjects.elderly",
    "activities[].subjects.disabled",
    "activities[].personalInfo[].category",
  ],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      const r = ctx.riskOf(act.id);
      if (!r.highRisk) return null;
      // The rating's reasons also explain the matrix level; quote only the high-risk-list entries.
      const listed = r.reasons.filter((x) => x["zh-CN"].includes("附录B") || x.en.includes("App. B"));
      const reasons = listed.length > 0 ? listed : r.reasons;
      const why =
        reasons.length > 0
          ? bi(`：${reasons.map((x) => clip(x["zh-CN"])).join("；")}`, `: ${reasons.map((x) => clip(x.en)).join("; ")}`)
          : bi("", "");
      return {
        activity: act.id,
        at: `activities[${i}]`,
        detail: bi(`活动“${act.name}”属于高风险个人信息处理活动${why["zh-CN"]}。`, `Activity "${act.name}" is a high-risk processing activity${why.en}.`),
      };
    });
  },
});
