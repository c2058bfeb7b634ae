// FR-045 — PIPL Art 24 para 2: 「通过自动化决策方式向个人进行信息推送、商业营销，应当同时提供不针对其
// 个人特征的选项，或者向个人提供便捷的拒绝方式。」 Pushes, coupons or ads chosen by automated means
// (e.g. from a face match against a member database) must come with either a non-personalised
// option or an easy way to refuse; with neither, the duty is unmet (required, rectify by a
// deadline). Either one meets it. The law applies to any PI, not only face data.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, clip } from "./facts.js";

export default defineRule({
  id: "FR-045",
  slug: "automated-marketing-opt-out",
  severity: "required",
  title: bi(
    "通过自动化决策进行信息推送、商业营销，未提供不针对个人特征的选项或便捷的拒绝方式",
    "Pushes or marketing decided by automated means offer neither a non-personalised option nor an easy way to refuse",
  ),
  summary: bi(
    "自动化决策推送和营销须同时提供不针对个人特征的选项，或提供便捷的拒绝方式",
    "Automated pushes and marketing need a non-personalised option or an easy way to refuse",
  ),
  remedy: bi(
    "在推送信息、发放优惠券或投放广告时，同时提供不针对个人特征的选项（如非个性化的通用优惠），或提供便捷的拒绝方式（如一键退订、关闭个性化推荐），拒绝不应比接受更繁琐；拒绝后不得再依据识别结果推送；在告知书中写明拒绝方式。",
    "When sending pushes, coupons or ads, offer alongside them an option not based on the person's characteristics (e.g. a general, non-personalised offer), or an easy way to refuse (e.g. one-tap unsubscribe, turning off personalised recommendations) that takes no more effort than accepting; stop pushes based on recognition results once someone refuses; state the way to refuse in the notice.",
  ),
  cites: [cite("PIPL", 24, { para: 2 })],
  reads: [
    "activities[].automatedDecision.marketingPush",
    "activities[].automatedDecision.nonPersonalisedOption",
    "activities[].automatedDecision.easyRefusal",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const ad = act.automatedDecision;
      if (!ad.marketingPush || ad.nonPersonalisedOption || ad.easyRefusal) return null;
      return {
        activity: act.id,
        at: `activities[${i}].automatedDecision.easyRefusal`,
        detail: bi(
          `活动“${act.name}”通过自动化决策向个人推送信息或进行商业营销（所述用途：“${clip(act.purposeDetail)}”），但既未同时提供不针对个人特征的选项，也未提供便捷的拒绝方式。`,
          `Activity "${act.name}" sends pushes or marketing decided by automated means (stated purpose: "${clip(act.purposeDetail)}"), with neither an option not based on personal characteristics nor an easy way to refuse.`,
        ),
      };
    });
  },
});
