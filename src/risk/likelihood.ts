// GB/T 39335 §5.4 likelihood of a security incident, per factor (a)–(d), then overall.
// Factors (a)–(c) count gaps: missing controls and risky practices (facts), and the open findings of
// the rules that speak to the processing flow and to third parties (read, never re-derived).
//   0 gaps → 低, 1–2 → 中, 3–4 → 高, 5 or more → 很高   (Table D.3: "fairly effective measures" …
//   "measures seriously insufficient"; counting keeps the judgement reproducible).
// Factor (d) sets floors: Table D.4 scale (>10 million people → at least 高, >1 million → 中) and any
// recorded incident → 高 (D.3: "an incident has happened before"). An enforcement priority (the 2025
// campaign) says who is likely to be inspected, not how likely an incident is: it is reported on its
// own (ActivityRisk.enforcementPriority), never used as a floor.
//
// Each gap records the open finding whose remedy closes it (`closedBy`), so the residual likelihood
// (after the action plan) is the same count over the gaps no finding closes.
import type { Bilingual, FactorAssessment, Finding, LikelihoodFactor, Reasoned } from "../vocab/types.js";
import { LIKELIHOOD_FACTORS } from "../vocab/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import type { LikelihoodLevel } from "../model/enums.js";
import type { ActivityFacts } from "./activity-facts.js";
import { bi, count, labels, levelLabel } from "./bilingual.js";
import { maxLikelihood } from "./levels.js";
import { FRM14_CONTROLS, missingPipl51, type ControlKey } from "../facts/security.js";

/** A likelihood gap, and the open finding (rule id) whose remedy closes it, if any. */
export type Gap = { readonly text: Bilingual; readonly closedBy: string | null };

/** FR-019 (security controls, FRM Art 14 per activity, PIPL Art 51 processor-wide), FR-038 (incident plan), FR-036 (PI officer). */
const SECURITY_RULE = "FR-019";
const INCIDENT_PLAN_RULE = "FR-038";
const PI_OFFICER_RULE = "FR-036";

function openFinding(findings: readonly Finding[], act: Activity, ruleId: string, scope: "activity" | "processor" | "either"): boolean {
  return findings.some(
    (f) =>
      !f.satisfied &&
      f.ruleId === ruleId &&
      (scope === "either" ? f.activity === act.id || f.activity === null : scope === "activity" ? f.activity === act.id : f.activity === null),
  );
}

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

function networkTechnicalGaps(a: Assessment, act: Activity, f: ActivityFacts, findings: readonly Finding[]): Gap[] {
  const s = a.security;
  // A missing control is closed by FR-019 where that finding names it: the FRM Art 14 finding of this
  // activity, or the processor-wide PIPL Art 51 finding.
  const pipl51 = missingPipl51(s);
  const byFrm14 = openFinding(findings, act, SECURITY_RULE, "activity");
  const byPipl51 = openFinding(findings, act, SECURITY_RULE, "processor");
  const control = (k: ControlKey): string | null =>
    (byFrm14 && (FRM14_CONTROLS as readonly ControlKey[]).includes(k)) || (byPipl51 && pipl51.includes(k)) ? SECURITY_RULE : null;
  const g: Gap[] = [];
  const gap = (text: Bilingual, closedBy: string | null = null): void => void g.push({ text, closedBy });
  if (!s.encryptionAtRest) gap(bi("个人信息未加密存储", "PI is not encrypted at rest"), control("encryptionAtRest"));
  if (!s.encryptionInTransit || (act.storage.internetTransmission && !act.storage.encryptedInTransit))
    gap(bi("个人信息传输未加密", "PI is not encrypted in transit"), s.encryptionInTransit ? null : control("encryptionInTransit"));
  if (!s.accessControl) gap(bi("未实施访问控制", "No access control"), control("accessControl"));
  if (!s.authorisationManagement) gap(bi("未实施权限（授权）管理", "No authorisation management"), control("authorisationManagement"));
  if (!s.auditLogs) gap(bi("无安全审计日志", "No security audit logs"), control("auditLogs"));
  if (!s.intrusionDetection) gap(bi("无入侵检测和防范措施", "No intrusion detection or prevention"), control("intrusionDetection"));
  if (!s.backup) gap(bi("无数据备份和恢复措施", "No backup and recovery"));
  if (!s.incidentPlan)
    gap(
      bi("无安全事件应急预案", "No incident response plan"),
      openFinding(findings, act, INCIDENT_PLAN_RULE, "either") ? INCIDENT_PLAN_RULE : control("incidentPlan"),
    );
  if (f.face && !s.livenessDetection) gap(bi("未启用活体检测，可被照片、视频或面具冒用", "No liveness detection: photos, videos or masks can spoof it"));
  // Where and how the data travel is a design choice the action plan may keep (a finding can be met
  // by obtaining consent): the exposure stays in the residual rating.
  if (act.storage.internetTransmission) gap(bi("人脸信息经互联网传输，暴露面扩大", "Face information travels over the internet, widening exposure"));
  if (act.storage.location === "own-cloud" || act.storage.location === "vendor-cloud") {
    const l = labels("storageLocation", [act.storage.location]);
    gap(bi(`存储于云端（${l["zh-CN"]}）`, `Stored in the cloud (${l.en})`));
  }
  if (act.storage.location === "overseas") gap(bi(`存储于境外（${act.storage.region}）`, `Stored outside mainland China (${act.storage.region})`));
  return g;
}

/**
 * Open findings of this activity (or of the processor) whose rule speaks to the processing flow or to
 * third parties: the rating counts them instead of re-deriving the rules' conditions, so the rating
 * and the findings can never disagree (one source of judgement).
 */
export const PROCESSING_FLOW_RULES: ReadonlySet<string> = new Set([
  "FR-007", "FR-008", "FR-009", "FR-010", "FR-011", "FR-012", "FR-013", "FR-014", "FR-016", "FR-017",
  "FR-018", "FR-023", "FR-024", "FR-032", "FR-033", "FR-034", "FR-042", "FR-044",
]);
export const THIRD_PARTY_RULES: ReadonlySet<string> = new Set(["FR-031"]);

function findingGaps(findings: readonly Finding[], act: Activity, rules: ReadonlySet<string>): Gap[] {
  return findings
    .filter((f) => !f.satisfied && rules.has(f.ruleId) && (f.activity === act.id || f.activity === null))
    .map((f) => ({ text: bi(`${f.ruleId}：${f.title["zh-CN"]}`, `${f.ruleId}: ${f.title.en}`), closedBy: f.ruleId }));
}

function processingFlowGaps(a: Assessment, act: Activity, findings: readonly Finding[]): Gap[] {
  const g = findingGaps(findings, act, PROCESSING_FLOW_RULES);
  if (a.rights.channels.length === 0) g.push({ text: bi("无个人行使权利的渠道", "No channel for people to exercise their rights"), closedBy: null });
  return g;
}

function personnelThirdPartyGaps(a: Assessment, act: Activity, findings: readonly Finding[]): Gap[] {
  const s = a.security;
  const pipl51 = openFinding(findings, act, SECURITY_RULE, "processor") ? missingPipl51(s) : [];
  const g: Gap[] = [];
  if (a.processor.piOfficer === null)
    g.push({
      text: bi("未指定个人信息保护负责人", "No PI protection officer appointed"),
      closedBy: openFinding(findings, act, PI_OFFICER_RULE, "either") ? PI_OFFICER_RULE : null,
    });
  if (!s.internalRules)
    g.push({ text: bi("无内部管理制度和操作规程", "No internal rules and operating procedures"), closedBy: pipl51.includes("internalRules") ? SECURITY_RULE : null });
  if (!s.training) g.push({ text: bi("未对从业人员开展安全教育和培训", "No security training for staff"), closedBy: pipl51.includes("training") ? SECURITY_RULE : null });
  if (act.recipients.length > 0 && !s.vendorManagement) g.push({ text: bi("未建立第三方（供应商）管理制度", "No third-party (vendor) management"), closedBy: null });
  g.push(...findingGaps(findings, act, THIRD_PARTY_RULES));
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
  if (levels.length === 0)
    reasons.push(bi(`涉及 ${count(f.scale)} 人，未发生安全事件`, `${count(f.scale)} people, no recorded security incident`));
  return { level: maxLikelihood(levels), reasons };
}

function fromGaps(factor: LikelihoodFactor, gaps: readonly Gap[]): FactorAssessment {
  const level = levelFromGaps(gaps.length);
  if (gaps.length > 0) return { factor, level, reasons: gaps.map((g) => g.text) };
  const name = FACTOR_NAMES[factor];
  return { factor, level, reasons: [bi(`${name["zh-CN"]}方面未发现不足`, `No gap found in ${name.en}`)] };
}

export type LikelihoodAssessment = Reasoned<LikelihoodLevel> & {
  readonly factors: readonly FactorAssessment[];
  /** The likelihood once every open finding's remedy is done (gaps they close removed), and the gaps left. */
  readonly residual: { readonly level: LikelihoodLevel; readonly remaining: readonly Bilingual[] };
};

export function assessLikelihood(a: Assessment, act: Activity, f: ActivityFacts, findings: readonly Finding[]): LikelihoodAssessment {
  const sp = scalePosture(a, act, f);
  const gaps: Readonly<Record<"network-technical" | "processing-flow" | "personnel-third-parties", readonly Gap[]>> = {
    "network-technical": networkTechnicalGaps(a, act, f, findings),
    "processing-flow": processingFlowGaps(a, act, findings),
    "personnel-third-parties": personnelThirdPartyGaps(a, act, findings),
  };
  const byFactor: Readonly<Record<LikelihoodFactor, FactorAssessment>> = {
    "network-technical": fromGaps("network-technical", gaps["network-technical"]),
    "processing-flow": fromGaps("processing-flow", gaps["processing-flow"]),
    "personnel-third-parties": fromGaps("personnel-third-parties", gaps["personnel-third-parties"]),
    "scale-posture": { factor: "scale-posture", level: sp.level, reasons: sp.reasons },
  };
  const factors = LIKELIHOOD_FACTORS.map((k) => byFactor[k]);
  const highest = maxLikelihood(factors.map((x) => x.level));
  const floor = scaleFloor(f.scale);
  // The scale floor is already part of factor (d); applied again so the rule holds on its own.
  const suggested = maxLikelihood([highest, floor]);
  const left = Object.values(gaps).map((g) => g.filter((x) => x.closedBy === null));
  const residual = {
    level: maxLikelihood([...left.map((g) => levelFromGaps(g.length)), sp.level, floor]),
    remaining: left.flat().map((g) => g.text),
  };
  const from = factors.filter((x) => x.level === highest).map((x) => FACTOR_NAMES[x.factor]);
  const hl = levelLabel("likelihoodLevel", highest);
  const reasons: Bilingual[] = [
    bi(
      `取四项因素中的最高等级：${hl["zh-CN"]}（${from.map((n) => n["zh-CN"]).join("、")}）`,
      `Highest of the four factors: ${hl.en} (${from.map((n) => n.en).join(", ")})`,
    ),
  ];
  const override = (a.overrides?.likelihood ?? []).filter((o) => o.activity === act.id).at(-1);
  if (override === undefined) return { level: suggested, suggested, overridden: false, reasons, factors, residual };
  const ol = levelLabel("likelihoodLevel", override.level);
  reasons.push(bi(`评估人调整为${ol["zh-CN"]}：${override.reason}`, `Set to ${ol.en} by the assessor: ${override.reason}`));
  return { level: override.level, suggested, overridden: true, reasons, factors, residual };
}
