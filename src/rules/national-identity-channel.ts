// FR-035 — Face Measures Art 11 (article number UNCONFIRMED): for verifying identity or identifying a
// specific person, the national population database and the national network identity
// authentication service are encouraged. The provision encourages rather than commands, so a
// self-built face database without considering those channels is advice, not a risk.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { label } from "../model/labels.js";
import { bi, listBi } from "./facts.js";

/** Purposes that verify identity or identify a specific person. */
const IDENTITY_PURPOSES = new Set(["identity-verification", "access-control", "attendance", "payment"]);

export default defineRule({
  id: "FR-035",
  slug: "national-identity-channel",
  severity: "advice",
  title: bi(
    "自建人脸库验证身份，未考虑国家网络身份认证公共服务等渠道",
    "Identity is verified against an in-house face database without considering national identity channels",
  ),
  summary: bi(
    "验证身份或辨识特定个人的，鼓励优先使用国家人口基础信息库、国家网络身份认证公共服务",
    "For identity verification, the national population database and national network identity service are preferred",
  ),
  remedy: bi(
    "评估接入国家人口基础信息库或国家网络身份认证公共服务核验身份的可行性，以减少自行收集和存储人脸信息；不采用的，在评估报告中说明理由。",
    "Assess verifying identity through the national population database or the national network identity authentication service, so that less face data is collected and stored in-house; if not adopted, record why in the report.",
  ),
  cites: [cite("FRM", 11)],
  reads: ["activities[].necessity.inHouseFaceDatabase", "activities[].necessity.nationalChannelConsidered", "activities[].purposes"],
  check(a, ctx) {
    return eachActivity(a, (act, i) => {
      const n = act.necessity;
      if (!ctx.faceMeasuresApply(act) || !n.inHouseFaceDatabase || n.nationalChannelConsidered) return null;
      const ids = act.purposes.filter((p) => IDENTITY_PURPOSES.has(p));
      if (ids.length === 0) return null;
      const uses = listBi(ids.map((p) => label("purpose", p)));
      return {
        activity: act.id,
        at: `activities[${i}].necessity.nationalChannelConsidered`,
        detail: bi(
          `活动“${act.name}”为${uses["zh-CN"]}自建人脸库比对身份，未评估使用国家人口基础信息库或国家网络身份认证公共服务的可能。`,
          `Activity "${act.name}" matches identities against its own face database for ${uses.en.toLowerCase()} and has not considered the national population database or the national network identity service.`,
        ),
      };
    });
  },
});
