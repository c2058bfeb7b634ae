// FR-019 — Face Measures Art 14: encryption, security audit, access control, authorisation
// management, intrusion detection and prevention — one prohibited finding per missing control;
// PIPL Art 51: internal rules, classification, encryption/de-identification, permissions and
// training, incident plans — one required finding listing what is missing.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import type { Security } from "../model/assessment.js";

type Control = { readonly key: keyof Security; readonly zh: string; readonly en: string };

const FRM14: readonly Control[] = [
  { key: "encryptionAtRest", zh: "数据加密（存储）", en: "encryption at rest" },
  { key: "encryptionInTransit", zh: "数据加密（传输）", en: "encryption in transit" },
  { key: "auditLogs", zh: "安全审计", en: "security audit logs" },
  { key: "accessControl", zh: "访问控制", en: "access control" },
  { key: "authorisationManagement", zh: "授权管理", en: "authorisation management" },
  { key: "intrusionDetection", zh: "入侵检测和防御", en: "intrusion detection and prevention" },
];

const PIPL51: readonly Control[] = [
  { key: "internalRules", zh: "内部管理制度和操作规程", en: "internal rules and procedures" },
  { key: "dataClassification", zh: "个人信息分类管理", en: "classified management of PI" },
  { key: "training", zh: "定期安全教育和培训", en: "regular security training" },
  { key: "incidentPlan", zh: "个人信息安全事件应急预案", en: "incident response plan" },
];

export default defineRule({
  id: "FR-019",
  slug: "security-controls-missing",
  severity: "prohibited",
  title: {
    "zh-CN": "人脸识别系统缺少法定的安全保护措施",
    en: "The face-recognition system lacks required security measures",
  },
  summary: { "zh-CN": "人脸识别系统须采取加密、审计、访问控制、授权管理、入侵检测等措施", en: "Encryption, audit, access control, authorisation and intrusion detection for face systems" },
  remedy: {
    "zh-CN": "补齐缺失的安全措施并验证其有效性（如渗透测试、日志抽查），将结果记入本评估。",
    en: "Put the missing measures in place, verify them (penetration test, log sampling) and record the results in this assessment.",
  },
  cites: [cite("FRM", 14), cite("PIPL", 51)],
  reads: [
    "security.encryptionAtRest",
    "security.encryptionInTransit",
    "security.auditLogs",
    "security.accessControl",
    "security.authorisationManagement",
    "security.intrusionDetection",
    "security.internalRules",
    "security.dataClassification",
    "security.training",
    "security.incidentPlan",
    "security.deidentification",
  ],
  check(a, ctx) {
    const hits: RuleHit[] = [];
    const face = a.activities.some((act) => ctx.faceMeasuresApply(act));
    if (face)
      for (const c of FRM14)
        if (a.security[c.key] !== true)
          hits.push({
            at: `security.${c.key}`,
            cites: [cite("FRM", 14)],
            detail: { "zh-CN": `人脸识别系统未采取“${c.zh}”措施。`, en: `The face-recognition system has no ${c.en}.` },
          });
    const missing = PIPL51.filter((c) => a.security[c.key] !== true);
    if (!a.security.encryptionAtRest && !a.security.deidentification)
      missing.push({ key: "deidentification", zh: "加密、去标识化等技术措施", en: "encryption or de-identification" });
    if (missing.length > 0)
      hits.push({
        at: `security.${missing[0]?.key ?? "internalRules"}`,
        severity: "required",
        detail: {
          "zh-CN": `缺少《个人信息保护法》第五十一条要求的措施：${missing.map((c) => c.zh).join("、")}。`,
          en: `Measures required by PIPL Art 51 are missing: ${missing.map((c) => c.en).join(", ")}.`,
        },
      });
    return hits;
  },
});
