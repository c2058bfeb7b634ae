// GB/T 39335 §5.5 impact on individuals' rights, per category: a base level from a small table of
// fact signals (each grounded in the Table D.1/D.2 examples), then the D.1 modifiers, then the
// assessor's override. The table is data so reviewers can read and change it in one place.
import type { Bilingual, ImpactAssessment } from "../vocab/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import { IMPACT_CATEGORIES, type ImpactCategory, type ImpactLevel } from "../model/enums.js";
import { LARGE_SCALE_PEOPLE, joinNames, type ActivityFacts } from "./activity-facts.js";
import { bi, count, levelLabel } from "./bilingual.js";
import { impactRank, maxImpact, shiftImpact } from "./levels.js";

export type ImpactSignal = {
  readonly id: string;
  /** Base level this signal sets for each category it touches (the highest signal wins). */
  readonly levels: Readonly<Partial<Record<ImpactCategory, ImpactLevel>>>;
  readonly applies: (act: Activity, facts: ActivityFacts) => boolean;
  /** Why, in the words of the Table D.1 level the signal sets (a base 高 gives 高 reasons). */
  readonly reason: Bilingual;
  /**
   * The harm follows from the processing itself, not from an incident (a camera inside a changing
   * room films whoever uses it): its categories are rated with certain likelihood, not an incident's.
   */
  readonly inherent?: true;
};

const hasPi = (act: Activity, c: Activity["personalInfo"][number]["category"]): boolean => act.personalInfo.some((p) => p.category === c);

/**
 * Base levels. A category no signal touches is 低 (D.2: "some trouble that can be overcome").
 *
 * | signal               | autonomy | discrimination | reputation | property |
 * |----------------------|----------|----------------|------------|----------|
 * | biometric-identity   |          |                | high       |          |
 * | biometric-control    | medium   |                |            |          |
 * | no-alternative       | medium   |                |            |          |
 * | public-tracking      | high     |                | medium     |          |
 * | location-track       | medium   |                | medium     |          |
 * | automated-decision   | high     | high           |            |          |
 * | attribute-inference  |          | high           |            |          |
 * | health               |          | high           |            |          |
 * | workplace-monitoring |          | medium         |            |          |
 * | marketing            | medium   | medium         |            |          |
 * | publication          |          |                | high       |          |
 * | identity-document    |          |                | medium     | medium   |
 * | payment              |          |                |            | high     |
 * | private-space        | high     |                | severe     |          |  (inherent)
 * | publication          |          |                | high       |          |  (inherent)
 *
 * Face information is biometric and cannot be changed once leaked: used to impersonate or track
 * someone, the harm is "significant, hard and costly to overcome" (D.1 高; D.2 places identity theft,
 * surveillance and tracking under reputation and mental stress). The loss of control over one's
 * face in everyday life is "considerable trouble" (D.1 中) for autonomy.
 */
export const IMPACT_SIGNALS: readonly ImpactSignal[] = [
  {
    // Footage from inside a changing room, toilet or guest room exposes intimate life: D.2 places
    // irreversible damage to dignity and reputation at the top of the scale.
    id: "private-space",
    levels: { autonomy: "high", reputation: "severe" },
    inherent: true,
    applies: (act) => act.location.privateSpace !== "none",
    reason: bi(
      "设备位于私密空间内部，可能拍摄到个人隐私活动，对人格尊严和名誉的损害严重且不可逆",
      "The device sits inside a private space and can film intimate activity: serious, irreversible harm to dignity and reputation",
    ),
  },
  {
    id: "biometric-identity",
    levels: { reputation: "high" },
    applies: (_act, f) => f.face,
    reason: bi(
      "处理人脸信息（生物识别信息），一旦泄露无法更改，可能被用于冒用身份或追踪，影响显著且难以消除（GB/T 39335 表D.1“高”）",
      "Face information is biometric: once leaked it cannot be changed and may be used to impersonate or track the person, a significant impact that is hard to overcome (GB/T 39335 Table D.1 High)",
    ),
  },
  {
    id: "biometric-control",
    levels: { autonomy: "medium" },
    applies: (_act, f) => f.face,
    reason: bi(
      "人脸可在本人不察觉时被采集和比对，个人对其信息的控制受到限制，需付出一定努力才能行使权利（GB/T 39335 表D.1“中”）",
      "Faces can be captured and matched without the person noticing, so control over the information is limited and takes some effort to exercise (GB/T 39335 Table D.1 Medium)",
    ),
  },
  {
    id: "no-alternative",
    levels: { autonomy: "medium" },
    applies: (act, f) =>
      f.face &&
      ((act.necessity.soleMethod && !act.necessity.alternativeOnRefusal) ||
        (act.necessity.serviceConditionalOnFace && !act.necessity.faceNecessaryForService)),
    reason: bi(
      "拒绝人脸识别即无法获得服务或通行，个人被迫接受处理",
      "People who refuse face recognition lose the service or access, so they are forced to accept it",
    ),
  },
  {
    id: "public-tracking",
    levels: { autonomy: "high", reputation: "medium" },
    applies: (act) => act.location.publicPlace && act.matchingMode === "one-to-many",
    reason: bi(
      "在公共场所进行 1:N 比对，可对不特定人员进行识别和追踪，限制行动自由",
      "One-to-many matching in a public place can identify and track anyone passing, restricting freedom of movement",
    ),
  },
  {
    id: "location-track",
    levels: { autonomy: "medium", reputation: "medium" },
    applies: (act) => hasPi(act, "location-track"),
    reason: bi("处理行踪轨迹，泄露可导致被跟踪或骚扰", "Location tracks are processed; a leak can lead to stalking or harassment"),
  },
  {
    id: "automated-decision",
    levels: { autonomy: "high", discrimination: "high" },
    applies: (act) => act.automatedDecision.used && act.automatedDecision.significantEffect,
    reason: bi(
      "自动化决策对个人权益有重大影响，个人难以干预决定",
      "Automated decisions have a significant effect on the person, who can hardly influence them",
    ),
  },
  {
    id: "attribute-inference",
    levels: { discrimination: "high" },
    applies: (act) => act.matchingMode === "attribute-analysis" || act.automatedDecision.infersAttributes,
    reason: bi(
      "从人脸推断情绪、健康、偏好、表现或信用等属性，可能导致区别对待",
      "Emotion, health, preferences, performance or credit are inferred from faces, which can lead to unequal treatment",
    ),
  },
  {
    id: "health",
    levels: { discrimination: "high" },
    applies: (act) => hasPi(act, "health") || act.subjects.categories.includes("patients"),
    reason: bi("涉及健康信息或患者，泄露可能引发歧视", "Health information or patients are involved; a leak can lead to discrimination"),
  },
  {
    id: "workplace-monitoring",
    levels: { discrimination: "medium" },
    applies: (act) => act.purposes.includes("attendance") && act.subjects.categories.includes("employees"),
    reason: bi(
      "员工考勤记录可能被用于绩效评价、扣薪或解聘等差别待遇",
      "Employee attendance records may be reused for appraisal, pay deductions or dismissal",
    ),
  },
  {
    id: "marketing",
    levels: { autonomy: "medium", discrimination: "medium" },
    applies: (act) => act.purposes.includes("marketing-analytics") || act.purposes.includes("customer-attribution"),
    reason: bi(
      "用于营销分析或客户识别，可能导致定向推送和价格等差别待遇",
      "Used for marketing analytics or customer attribution, which can drive targeted pushes and unequal prices",
    ),
  },
  {
    id: "publication",
    levels: { reputation: "high" },
    inherent: true,
    applies: (act) => act.publication.published,
    reason: bi("人脸图像或人脸信息被公开，可能损害名誉并造成精神压力", "Face images or face information are made public, harming reputation and causing distress"),
  },
  {
    id: "identity-document",
    levels: { reputation: "medium", property: "medium" },
    applies: (act) => hasPi(act, "identity-document"),
    reason: bi("处理身份证件信息，泄露可被用于冒名办理业务或诈骗", "Identity document details are processed; a leak enables identity theft and fraud"),
  },
  {
    id: "payment",
    levels: { property: "high" },
    applies: (act) => act.purposes.includes("payment") || hasPi(act, "payment-account"),
    reason: bi("用于支付或涉及支付账户信息，被冒用可直接造成资金损失", "Payment use or payment-account data: misuse can cause direct financial loss"),
  },
];

function baseReason(level: ImpactLevel, text: Bilingual): Bilingual {
  const l = levelLabel("impactLevel", level);
  return bi(`基准${l["zh-CN"]}：${text["zh-CN"]}`, `Base ${l.en}: ${text.en}`);
}

/** The D.1 modifiers as steps with their reasons. */
function modifiers(act: Activity, a: Assessment, facts: ActivityFacts): { readonly step: number; readonly reason: Bilingual }[] {
  const out: { step: number; reason: Bilingual }[] = [];
  if (facts.sensitive && facts.scale >= LARGE_SCALE_PEOPLE)
    out.push({
      step: 1,
      reason: bi(
        `上调一级：敏感个人信息涉及 ${count(facts.scale)} 人，达到 ${count(LARGE_SCALE_PEOPLE)} 人的规模（GB/T 39335 D.1）`,
        `Raised one level: sensitive PI of ${count(facts.scale)} people reaches the ${count(LARGE_SCALE_PEOPLE)} scale (GB/T 39335 D.1)`,
      ),
    });
  if (facts.vulnerable.length > 0) {
    const names = joinNames(facts.vulnerable);
    out.push({
      step: 1,
      reason: bi(`上调一级：涉及弱势群体（${names["zh-CN"]}）（GB/T 39335 D.1）`, `Raised one level: vulnerable group (${names.en}) (GB/T 39335 D.1)`),
    });
  }
  // D.1 lowers the impact only where de-identification demonstrably reduces sensitivity. A face
  // template is made to identify its person: de-identifying the record around it does not.
  if (a.security.deidentification && facts.face)
    out.push({
      step: 0,
      reason: bi(
        "不下调：人脸特征值本身即可识别特定个人，去标识化措施不降低其敏感程度（GB/T 39335 D.1）",
        "Not lowered: a face template itself identifies the person, so de-identification does not reduce its sensitivity (GB/T 39335 D.1)",
      ),
    });
  else if (a.security.deidentification)
    out.push({
      step: -1,
      reason: bi(
        "下调一级：已采取去标识化措施，降低了所处理个人信息的敏感程度（GB/T 39335 D.1）",
        "Lowered one level: de-identification reduces the sensitivity of the personal information processed (GB/T 39335 D.1)",
      ),
    });
  return out;
}

export function assessImpacts(a: Assessment, act: Activity, facts: ActivityFacts): readonly ImpactAssessment[] {
  const applying = IMPACT_SIGNALS.filter((s) => s.applies(act, facts));
  const mods = modifiers(act, a, facts);
  const steps = mods.reduce((sum, m) => sum + m.step, 0);
  return IMPACT_CATEGORIES.map((category): ImpactAssessment => {
    const reasons: Bilingual[] = [];
    const levels: ImpactLevel[] = [];
    const inherent = applying.some((s) => s.inherent === true && s.levels[category] !== undefined);
    for (const s of applying) {
      const l = s.levels[category];
      if (l === undefined) continue;
      levels.push(l);
      reasons.push(baseReason(l, s.reason));
    }
    if (levels.length === 0)
      reasons.push(bi("基准低：未发现加重此类影响的事实", "Base Low: no fact makes this kind of impact more serious"));
    const base = maxImpact(levels);
    const suggested = shiftImpact(base, steps);
    reasons.push(...mods.map((m) => m.reason));
    if (impactRank(base) + steps !== impactRank(suggested))
      reasons.push(bi(`等级封顶或保底为${levelLabel("impactLevel", suggested)["zh-CN"]}`, `Capped at ${levelLabel("impactLevel", suggested).en}`));
    const override = (a.overrides?.impact ?? []).filter((o) => o.activity === act.id && o.category === category).at(-1);
    if (inherent)
      reasons.push(bi("该损害由处理活动本身造成，不以安全事件为前提，按必然发生评定", "The harm follows from the processing itself, not from an incident, so it is rated as certain"));
    if (override === undefined) return { category, level: suggested, suggested, overridden: false, inherent, reasons };
    const l = levelLabel("impactLevel", override.level);
    reasons.push(bi(`评估人调整为${l["zh-CN"]}：${override.reason}`, `Set to ${l.en} by the assessor: ${override.reason}`));
    return { category, level: override.level, suggested, overridden: true, inherent, reasons };
  });
}
