// FR-044 — PIPL Art 24 para 3: where a decision with a significant effect on a person's rights and
// interests (pay, entry or access, credit, access to a service) is made by automated means, the
// person may require an explanation and may refuse a decision made solely by automated means. The
// processor must make both possible: an unmet statutory duty (required, rectify by a deadline).
// Split out of FR-034 so that this norm is decided once, whatever data the decision rests on.
import { defineRule, eachActivity } from "./define-rule.js";
import { cite } from "../law/types.js";
import { bi, clip } from "./facts.js";

export default defineRule({
  id: "FR-044",
  slug: "automated-significant-decision",
  severity: "required",
  title: bi(
    "通过自动化决策作出对个人权益有重大影响的决定，个人无法要求说明或拒绝",
    "Automated decisions with a significant effect on individuals cannot be explained on request or refused",
  ),
  summary: bi(
    "对个人权益有重大影响的自动化决策，个人有权要求说明，并有权拒绝仅通过自动化决策作出的决定",
    "For automated decisions with significant effect, people may require an explanation and refuse decisions made solely by automated means",
  ),
  remedy: bi(
    "建立说明机制，应个人要求说明决定的依据、主要因素和逻辑；提供人工复核或其他非仅依赖自动化决策的途径，允许个人拒绝仅通过自动化决策作出的决定（如考勤扣薪、拒绝通行、信用评分）；在告知书中写明上述权利及行使方式。",
    "Set up a way to explain, on request, the basis, main factors and logic of each decision; offer human review or another route that does not rely solely on automated means, so people can refuse decisions made that way (e.g. pay deductions from attendance, refused entry, credit scores); state these rights and how to use them in the notice.",
  ),
  cites: [cite("PIPL", 24, { para: 3 })],
  reads: [
    "activities[].automatedDecision.used",
    "activities[].automatedDecision.significantEffect",
    "activities[].automatedDecision.explanationAndRefusal",
  ],
  check(a) {
    return eachActivity(a, (act, i) => {
      const ad = act.automatedDecision;
      if (!ad.used || !ad.significantEffect || ad.explanationAndRefusal) return null;
      return {
        activity: act.id,
        at: `activities[${i}].automatedDecision.explanationAndRefusal`,
        detail: bi(
          `活动“${act.name}”通过自动化决策作出对个人权益有重大影响的决定（所述用途：“${clip(act.purposeDetail)}”），但个人无法要求说明，也无法拒绝仅通过自动化决策作出的决定。`,
          `Activity "${act.name}" makes automated decisions with a significant effect on individuals (stated purpose: "${clip(act.purposeDetail)}"), who can neither require an explanation nor refuse decisions made solely by automated means.`,
        ),
      };
    });
  },
});
