// FR-019 — Face Measures Art 14: encryption, security audit, access control, authorisation
// management, intrusion detection and prevention — one finding per face-recognition activity listing
// every missing control; PIPL Art 51: internal rules, classification, encryption/de-identification,
// permissions and training, incident plans — one processor-wide finding listing what is missing.
// Both are 应当 duties: `required`, rectify by a date.
import { defineRule } from "./define-rule.js";
import type { RuleHit } from "./define-rule.js";
import { cite } from "../law/types.js";
import { missingFrm14, missingPipl51, type ControlKey } from "../facts/security.js";

const NAMES: Readonly<Record<ControlKey, { readonly zh: string; readonly en: string }>> = {
  encryptionAtRest: { zh: "数据加密（存储）", en: "encryption at rest" },
  encryptionInTransit: { zh: "数据加密（传输）", en: "encryption in transit" },
  auditLogs: { zh: "安全审计", en: "security audit logs" },
  accessControl: { zh: "访问控制", en: "access control" },
  authorisationManagement: { zh: "授权管理", en: "authorisation management" },
  intrusionDetection: { zh: "入侵检测和防御", en: "intrusion detection and prevention" },
  internalRules: { zh: "内部管理制度和操作规程", en: "internal rules and procedures" },
  dataClassification: { zh: "个人信息分类管理", en: "classified management of PI" },
  training: { zh: "定期安全教育和培训", en: "regular security training" },
  incidentPlan: { zh: "个人信息安全事件应急预案", en: "incident response plan" },
  deidentification: { zh: "加密、去标识化等技术措施", en: "encryption or de-identification" },
};

export default defineRule({
  id: "FR-019",
  slug: "security-controls-missing",
  severity: "required",
  protection: true,
  title: {
    "zh-CN": "未采取法定的安全保护措施",
    en: "Security measures required by law are missing",
  },
  summary: { "zh-CN": "人脸识别系统须采取加密、审计、访问控制、授权管理、入侵检测等措施；处理者须采取第五十一条措施", en: "Encryption, audit, access control, authorisation and intrusion detection for face systems; PIPL Art 51 measures" },
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
    // One finding per norm: FRM Art 14 for each face-recognition activity, listing every missing control.
    const frm = missingFrm14(a.security);
    if (frm.length > 0)
      a.activities.forEach((act) => {
        if (!ctx.faceMeasuresApply(act)) return;
        hits.push({
          activity: act.id,
          at: `security.${frm[0] ?? "encryptionAtRest"}`,
          onlyOwnCites: true,
          cites: [cite("FRM", 14)],
          detail: {
            "zh-CN": `活动“${act.name}”的人脸识别系统缺少《人脸识别技术应用安全管理办法》第十四条要求的措施：${frm.map((k) => NAMES[k].zh).join("、")}。`,
            en: `The face-recognition system of "${act.name}" lacks measures the Face Recognition Measures Art 14 require: ${frm.map((k) => NAMES[k].en).join(", ")}.`,
          },
        });
      });
    const missing = missingPipl51(a.security);
    if (missing.length > 0)
      hits.push({
        at: `security.${missing[0] ?? "internalRules"}`,
        onlyOwnCites: true,
        cites: [cite("PIPL", 51)],
        detail: {
          "zh-CN": `缺少《个人信息保护法》第五十一条要求的措施：${missing.map((k) => NAMES[k].zh).join("、")}。`,
          en: `Measures required by PIPL Art 51 are missing: ${missing.map((k) => NAMES[k].en).join(", ")}.`,
        },
      });
    return hits;
  },
});
