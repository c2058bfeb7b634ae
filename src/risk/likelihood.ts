// GB/T 39335 §5.4 likelihood of a security incident, per factor (a)–(d), then overall.
// Factors (a)–(c) count gaps: missing controls or risky practices found in the answers.
//   0 gaps → 低, 1–2 → 中, 3–4 → 高, 5 or more → 很高   (Table D.3: "fairly effective measures" …
//   "measures seriously insufficient"; counting keeps the judgement reproducible).
// Factor (d) sets floors: Table D.4 scale (>10 million people → at least 高, >1 million → 中), any
// recorded incident → 高 (D.3: "an incident has happened before"), a public place → 中.
import type { Bilingual, FactorAssessment, LikelihoodFactor, Reasoned } from "../analysis/types.js";
import { LIKELIHOOD_FACTORS } from "../analysis/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import { NOTICE_ITEMS, type LikelihoodLevel } from "../model/enums.js";
import type { ActivityFacts } from "./activity-facts.js";
import { bi, count, labels, levelLabel } from "./bilingual.js";
import { maxLikelihood } from "./levels.js";

/** Gap counts at which factors (a)–(c) reach 中, 高, 很高. */
export const GAP_THRESHOLDS = { medium: 1, high: 3, veryHigh: 5 } as const;
/** Table D.4 scale floors (people). */
export const SCALE_FLOORS = { high: 10_000_000, medium: 1_000_000 } as const;

export function levelFromGaps(gaps: number): LikelihoodLevel {
  if (gaps >= GAP_THRESHOLDS.veryHigh) return "very-high";
  if (gaps >= GAP_THRESHOLDS.high) return "high";
  if (gaps >= GAP_THRESHOLDS.medium) return "medium";
  return "low";
}

/** Table D.4: the lowest likelihood the scale alone allows. */
export function scaleFloor(people: number): LikelihoodLevel {
  if (people > SCALE_FLOORS.high) return "high";
  if (people > SCALE_FLOORS.medium) return "medium";
  return "low";
}

const FACTOR_NAMES: Readonly<Record<LikelihoodFactor, Bilingual>> = {
  "network-technical": bi("网络环境和技术措施", "network environment and technical measures"),
  "processing-flow": bi("个人信息处理流程", "PI processing flow"),
  "personnel-third-parties": bi("参与人员与第三方", "personnel and third parties"),
  "scale-posture": bi("业务特点和规模及安全态势", "business, scale and security posture"),
};

function networkTechnicalGaps(a: Assessment, act: Activity, f: ActivityFacts): Bilingual[] {
  const s = a.security;
  const g: Bilingual[] = [];
  if (!s.encryptionAtRest) g.push(bi("个人信息未加密存储", "PI is not encrypted at rest"));
  if (!s.encryptionInTransit || (act.storage.internetTransmission && !act.storage.encryptedInTransit))
    g.push(bi("个人信息传输未加密", "PI is not encrypted in transit"));
  if (!s.accessControl) g.push(bi("未实施访问控制", "No access control"));
  if (!s.authorisationManagement) g.push(bi("未实施权限（授权）管理", "No authorisation management"));
  if (!s.auditLogs) g.push(bi("无安全审计日志", "No security audit logs"));
  if (!s.intrusionDetection) g.push(bi("无入侵检测和防范措施", "No intrusion detection or prevention"));
  if (!s.backup) g.push(bi("无数据备份和恢复措施", "No backup and recovery"));
  if (!s.incidentPlan) g.push(bi("无安全事件应急预案", "No incident response plan"));
  if (f.face && !s.livenessDetection) g.push(bi("未启用活体检测，可被照片、视频或面具冒用", "No liveness detection: photos, videos or masks can spoof it"));
  if (act.storage.internetTransmission) g.push(bi("人脸信息经互联网传输，暴露面扩大", "Face information travels over the internet, widening exposure"));
  if (act.storage.location === "own-cloud" || act.storage.location === "vendor-cloud") {
    const l = labels("storageLocation", [act.storage.location]);
    g.push(bi(`存储于云端（${l["zh-CN"]}）`, `Stored in the cloud (${l.en})`));
  }
  if (act.storage.location === "overseas") g.push(bi(`存储于境外（${act.storage.region}）`, `Stored outside mainland China (${act.storage.region})`));
  return g;
}

function processingFlowGaps(a: Assessment, act: Activity, f: ActivityFacts): Bilingual[] {
  const g: Bilingual[] = [];
  const n = act.necessity;
  if (act.notice.channels.length === 0) g.push(bi("未通过任何渠道告知个人", "People are not told through any channel"));
  const missing = NOTICE_ITEMS.filter((i) => !act.notice.covers.includes(i));
  if (missing.length > 0) {
    const l = labels("noticeItem", missing);
    g.push(bi(`告知内容缺少：${l["zh-CN"]}`, `The notice lacks: ${l.en}`));
  }
  if (act.lawfulBasis.includes("consent")) {
    if (act.consent.form === "bundled" || act.consent.form === "none") {
      const l = labels("consentForm", [act.consent.form]);
      g.push(bi(`以同意为依据，但同意形式为“${l["zh-CN"]}”`, `Consent is the basis, but the consent form is "${l.en}"`));
    }
    if (!act.consent.records) g.push(bi("未保存同意记录", "No consent records are kept"));
    if (!act.consent.withdrawalMethod) g.push(bi("未提供撤回同意的方式", "No way to withdraw consent"));
    if (act.subjects.minorsUnder14 && !act.consent.guardianConsent)
      g.push(bi("涉及不满十四周岁未成年人，但未取得监护人同意", "Children under 14 are involved without guardian consent"));
  }
  const r = act.storage.retention;
  if (r.kind === "indefinite") g.push(bi("无限期保存", "Kept indefinitely"));
  if (r.kind === "days" && r.days !== undefined && r.purposeDays !== undefined && r.days > r.purposeDays)
    g.push(bi(`保存 ${r.days} 天，超过目的所需的 ${r.purposeDays} 天`, `Kept ${r.days} days, longer than the ${r.purposeDays} days the purpose needs`));
  if (f.face && act.storage.rawImagesKept) g.push(bi("比对后仍保存原始人脸图像", "Raw face images are kept after matching"));
  if (f.face && !act.storage.templatesSeparate) g.push(bi("人脸信息与身份信息未分开存储", "Face data are stored together with identity data"));
  if (a.rights.channels.length === 0) g.push(bi("无个人行使权利的渠道", "No channel for people to exercise their rights"));
  if (f.face && n.soleMethod && n.alternativeFeasible)
    g.push(bi("人脸识别为唯一验证方式，而其他方式可实现同一目的", "Face recognition is the only method although an alternative would serve the purpose"));
  if (f.face && !n.alternativeOnRefusal) g.push(bi("拒绝人脸识别的个人没有其他合理便捷的方式", "No reasonable alternative for people who refuse face recognition"));
  if (n.serviceConditionalOnFace && !n.faceNecessaryForService)
    g.push(bi("不同意人脸处理即拒绝提供服务，而人脸处理并非服务所必需", "Service is refused without face consent although faces are not necessary for it"));
  if (n.pressureOrMisleading) g.push(bi("以误导、欺诈或胁迫方式促使个人接受人脸验证", "People are pressed or misled into face verification"));
  if (act.automatedDecision.used && !act.automatedDecision.explanationAndRefusal)
    g.push(bi("自动化决策未提供说明和拒绝的途径", "Automated decisions come without explanation or a way to refuse"));
  if (act.storage.internetTransmission && !act.storage.separateConsentForTransmission && !act.storage.statutoryBasisForTransmission)
    g.push(bi("人脸信息经互联网传输，既无单独同意也无法定依据", "Face information is sent over the internet without separate consent or a statutory basis"));
  if (act.crossBorder.transfers && act.crossBorder.route === "none")
    g.push(bi("向境外提供个人信息，但未履行出境路径", "PI goes abroad without a cross-border transfer route"));
  if (act.publication.published && !act.publication.separateConsent)
    g.push(bi("公开人脸信息未取得单独同意", "Face information is published without separate consent"));
  if (act.location.publicPlace && !act.signage.present) g.push(bi("公共场所未设置显著提示标识", "No prominent signage in the public place"));
  return g;
}

function personnelThirdPartyGaps(a: Assessment, act: Activity): Bilingual[] {
  const s = a.security;
  const g: Bilingual[] = [];
  if (a.processor.piOfficer === null) g.push(bi("未指定个人信息保护负责人", "No PI protection officer appointed"));
  if (!s.internalRules) g.push(bi("无内部管理制度和操作规程", "No internal rules and operating procedures"));
  if (!s.training) g.push(bi("未对从业人员开展安全教育和培训", "No security training for staff"));
  if (act.recipients.length > 0 && !s.vendorManagement) g.push(bi("未建立第三方（供应商）管理制度", "No third-party (vendor) management"));
  for (const r of act.recipients) {
    if (!r.contract) g.push(bi(`与接收方“${r.name}”无约定目的、期限、方式和删除的合同`, `No contract fixing purpose, term, method and deletion with recipient "${r.name}"`));
    if (!r.supervised) g.push(bi(`未对接收方“${r.name}”进行监督`, `Recipient "${r.name}" is not supervised`));
    if (r.role !== "entrusted" && !r.separateConsent)
      g.push(bi(`向“${r.name}”提供个人信息未取得单独同意`, `PI is provided to "${r.name}" without separate consent`));
  }
  return g;
}

function scalePosture(a: Assessment, act: Activity, f: ActivityFacts): { readonly level: LikelihoodLevel; readonly reasons: Bilingual[] } {
  const reasons: Bilingual[] = [];
  const levels: LikelihoodLevel[] = [];
  const floor = scaleFloor(f.scale);
  if (floor !== "low") {
    const l = levelLabel("likelihoodLevel", floor);
    const limit = count(floor === "high" ? SCALE_FLOORS.high : SCALE_FLOORS.medium);
    reasons.push(
      bi(
        `涉及 ${count(f.scale)} 人，超过 ${limit} 人，可能性至少为${l["zh-CN"]}（GB/T 39335 表D.4）`,
        `${count(f.scale)} people, more than ${limit}: likelihood at least ${l.en} (GB/T 39335 Table D.4)`,
      ),
    );
    levels.push(floor);
  }
  if (a.incidents.length > 0) {
    const major = a.incidents.filter((i) => i.major).length;
    const dates = a.incidents.map((i) => i.date).join(", ");
    reasons.push(
      bi(
        `曾发生 ${a.incidents.length} 起安全事件（其中重大 ${major} 起；${dates}），可能性至少为高（表D.3）`,
        `${a.incidents.length} security incident(s) recorded (${major} major; ${dates}): likelihood at least High (Table D.3)`,
      ),
    );
    levels.push("high");
  }
  if (act.location.publicPlace) {
    reasons.push(
      bi(
        "部署于公共场所，面向不特定人员，且属 2025 年个人信息保护专项行动重点，可能性至少为中",
        "Installed in a public place facing anyone passing, an enforcement priority of the 2025 campaign: likelihood at least Medium",
      ),
    );
    levels.push("medium");
  }
  if (levels.length === 0)
    reasons.push(
      bi(
        `涉及 ${count(f.scale)} 人，未发生安全事件，非公共场所`,
        `${count(f.scale)} people, no recorded security incident, not a public place`,
      ),
    );
  return { level: maxLikelihood(levels), reasons };
}

function fromGaps(factor: LikelihoodFactor, gaps: readonly Bilingual[]): FactorAssessment {
  const level = levelFromGaps(gaps.length);
  if (gaps.length > 0) return { factor, level, reasons: gaps };
  const name = FACTOR_NAMES[factor];
  return { factor, level, reasons: [bi(`${name["zh-CN"]}方面未发现不足`, `No gap found in ${name.en}`)] };
}

export type LikelihoodAssessment = Reasoned<LikelihoodLevel> & { readonly factors: readonly FactorAssessment[] };

export function assessLikelihood(a: Assessment, act: Activity, f: ActivityFacts): LikelihoodAssessment {
  const sp = scalePosture(a, act, f);
  const byFactor: Readonly<Record<LikelihoodFactor, FactorAssessment>> = {
    "network-technical": fromGaps("network-technical", networkTechnicalGaps(a, act, f)),
    "processing-flow": fromGaps("processing-flow", processingFlowGaps(a, act, f)),
    "personnel-third-parties": fromGaps("personnel-third-parties", personnelThirdPartyGaps(a, act)),
    "scale-posture": { factor: "scale-posture", level: sp.level, reasons: sp.reasons },
  };
  const factors = LIKELIHOOD_FACTORS.map((k) => byFactor[k]);
  const highest = maxLikelihood(factors.map((x) => x.level));
  const floor = scaleFloor(f.scale);
  // The scale floor is already part of factor (d); applied again so the rule holds on its own.
  const suggested = maxLikelihood([highest, floor]);
  const from = factors.filter((x) => x.level === highest).map((x) => FACTOR_NAMES[x.factor]);
  const hl = levelLabel("likelihoodLevel", highest);
  const reasons: Bilingual[] = [
    bi(
      `取四项因素中的最高等级：${hl["zh-CN"]}（${from.map((n) => n["zh-CN"]).join("、")}）`,
      `Highest of the four factors: ${hl.en} (${from.map((n) => n.en).join(", ")})`,
    ),
  ];
  const override = (a.overrides?.likelihood ?? []).filter((o) => o.activity === act.id).at(-1);
  if (override === undefined) return { level: suggested, suggested, overridden: false, reasons, factors };
  const ol = levelLabel("likelihoodLevel", override.level);
  reasons.push(bi(`评估人调整为${ol["zh-CN"]}：${override.reason}`, `Set to ${ol.en} by the assessor: ${override.reason}`));
  return { level: override.level, suggested, overridden: true, reasons, factors };
}
