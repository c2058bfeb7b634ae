// Analysis → the view model every template sees, in one language. Every field is normalised to an
// explicit value (labels resolved, dates formatted, yes/no spelled out, "—" for absent) so templates
// need no defensive logic and strict mode never trips on a legitimately empty fact.
import type { Analysis, ActivityRisk, Finding, ResolvedCitation, Bilingual } from "../analysis/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import type { Lang } from "../model/enums.js";
import { IMPACT_LEVELS, LIKELIHOOD_LEVELS } from "../model/enums.js";
import { label } from "../model/labels.js";
import { formatDate } from "../dates/index.js";
import { RISK_MATRIX } from "../risk/index.js";
import { consentBased, faceMeasuresApply, goesAbroad, isProvision, processesMinors, sensitivePi } from "../facts/activity.js";
import type { Branding } from "./config.js";
import { signageView } from "./vm-signage.js";
import { recordsView } from "./vm-records.js";
import { filingView } from "./vm-filing.js";
import { changesView } from "./vm-changes.js";
import type { AssessmentDiff } from "../diff/types.js";

export type ViewModel = ReturnType<typeof buildViewModel>;

const DASH = "—";

/** Severity → the shading level of the `risk` helper (prohibited red … advice green). */
const SHADE = { prohibited: "severe", required: "high", risk: "medium", advice: "low" } as const;

/** `previous`: what changed since the previous assessment, when its answers could be read (else null). */
export function buildViewModel(an: Analysis, lang: Lang, brand: Branding, previous: AssessmentDiff | null = null) {
  const zh = lang === "zh-CN";
  const a = an.assessment;
  const t = (b: Bilingual): string => b[lang];
  const L = (kind: string, v: string): string => label(kind, v)[lang];
  const yn = (b: boolean): string => (zh ? (b ? "是" : "否") : b ? "Yes" : "No");
  const has = (b: boolean): string => (zh ? (b ? "已采取" : "未采取") : b ? "In place" : "Missing");
  const list = (xs: readonly string[]): string => (xs.length === 0 ? (zh ? "无" : "None") : xs.join(zh ? "、" : ", "));
  const date = (d: string | null | undefined): string => (d ? formatDate(d, lang) : DASH);
  const num = (n: number): string => n.toLocaleString("en-US");
  const est = (d: { date: string; estimated: boolean } | null): string =>
    d ? `${formatDate(d.date, lang)}${d.estimated ? (zh ? "（估算）" : " (estimated)") : ""}` : DASH;

  const citation = (c: ResolvedCitation) => ({
    label: t(c.label),
    gist: t(c.gist),
    unconfirmed: c.unconfirmed,
    note: c.note ? t(c.note) : "",
  });
  const findingVm = (f: Finding) => {
    const act = a.activities.find((x) => x.id === f.activity);
    return {
      ruleId: f.ruleId,
      severity: L("severity", f.severity),
      severityKey: f.severity,
      severityShade: SHADE[f.severity],
      activity: act ? act.name : zh ? "全局" : "Organisation-wide",
      at: f.at,
      title: t(f.title),
      detail: t(f.detail),
      remedy: t(f.remedy),
      satisfied: f.satisfied,
      citations: f.citations.map(citation),
      citationText: f.citations.map((c) => `${t(c.label)}${c.unconfirmed ? "†" : ""}`).join(zh ? "；" : "; "),
    };
  };

  /** A cell's likelihood as shown: "certain" where the harm is inherent in the processing. */
  const certain = (c: { readonly inherent: boolean; readonly likelihood: string }): string =>
    c.inherent ? (zh ? "必然发生" : "Certain") : L("likelihoodLevel", c.likelihood);
  const riskVm = (r: ActivityRisk) => ({
    impact: L("impactLevel", r.impact),
    impactKey: r.impact,
    likelihood: L("likelihoodLevel", r.likelihood.level),
    likelihoodKey: r.likelihood.level,
    likelihoodReasons: r.likelihood.reasons.map(t),
    likelihoodOverridden: r.likelihood.overridden,
    level: L("impactLevel", r.level),
    levelKey: r.level,
    highRisk: r.highRisk,
    highRiskText: yn(r.highRisk),
    reasons: r.reasons.map(t),
    impacts: r.impacts.map((i) => ({
      category: L("impactCategory", i.category),
      level: L("impactLevel", i.level),
      levelKey: i.level,
      suggested: L("impactLevel", i.suggested),
      overridden: i.overridden,
      reasons: i.reasons.map(t).join(zh ? "；" : "; "),
    })),
    factors: r.likelihood.factors.map((f) => ({
      factor: L("likelihoodFactor", f.factor),
      level: L("likelihoodLevel", f.level),
      levelKey: f.level,
      reasons: f.reasons.map(t).join(zh ? "；" : "; ") || DASH,
    })),
    // Matrix D.5 per category, with its inputs: impact × likelihood → pre-treatment risk, and the
    // residual risk after the action plan (— when the activity must stop).
    perCategory: r.perCategory.map((p, i) => {
      const res = r.residual.perCategory[i];
      return {
        category: L("impactCategory", p.category),
        impact: L("impactLevel", p.impact),
        likelihood: certain(p),
        level: L("impactLevel", p.risk),
        levelKey: p.risk,
        residual: r.residual.level === null || res === undefined ? DASH : L("impactLevel", res.risk),
        residualKey: r.residual.level === null || res === undefined ? "low" : res.risk,
        hasResidual: r.residual.level !== null && res !== undefined,
        residualLikelihood: r.residual.level === null || res === undefined ? DASH : certain(res),
      };
    }),
    // The cell that sets the activity's level (highest risk, then highest impact): its inputs.
    basis: ((): { impact: string; likelihood: string } => {
      const top = [...r.perCategory].sort((x, y) => IMPACT_LEVELS.indexOf(y.risk) - IMPACT_LEVELS.indexOf(x.risk) || IMPACT_LEVELS.indexOf(y.impact) - IMPACT_LEVELS.indexOf(x.impact))[0];
      return top === undefined ? { impact: DASH, likelihood: DASH } : { impact: L("impactLevel", top.impact), likelihood: certain(top) };
    })(),
    hasInherent: r.perCategory.some((p) => p.inherent),
    residual: {
      stops: r.residual.level === null,
      level: r.residual.level === null ? (zh ? "不适用（须停止）" : "not applicable (must stop)") : L("impactLevel", r.residual.level),
      levelKey: r.residual.level ?? "low",
      likelihood: L("likelihoodLevel", r.residual.likelihood),
      reasons: r.residual.reasons.map(t),
      remaining: r.residual.remaining.map(t),
      hasRemaining: r.residual.level !== null && r.residual.remaining.length > 0,
    },
    enforcementPriority: r.enforcementPriority === null ? "" : t(r.enforcementPriority),
    hasEnforcementPriority: r.enforcementPriority !== null,
  });

  const retentionPeriod = (act: Activity): string => {
    const r = act.storage.retention;
    if (r.kind === "indefinite") return zh ? "无限期" : "Indefinite";
    if (r.kind === "days") return zh ? `${r.days ?? 0} 日` : `${r.days ?? 0} days`;
    const off = r.eventOffsetDays ?? 0;
    return zh ? `${r.event ?? ""}后 ${off} 日内删除` : `Deleted within ${off} days after: ${r.event ?? ""}`;
  };
  const retentionText = (act: Activity): string => {
    const statute = act.storage.retentionStatute ?? ""; // printed as written: user text is never trimmed
    if (statute.trim() === "") return retentionPeriod(act);
    return zh ? `${retentionPeriod(act)}（期限依据：${statute}）` : `${retentionPeriod(act)} (period set by: ${statute})`;
  };

  const activityVm = (act: Activity, i: number) => {
    const risk = an.risk.find((r) => r.activity === act.id);
    if (!risk) throw new Error(`no risk rating for activity ${act.id}`);
    const app = an.applicability.find((x) => x.activity === act.id);
    const covers = act.notice.covers;
    return {
      n: i + 1,
      index: i,
      id: act.id,
      name: act.name,
      description: act.description,
      scenario: L("scenario", act.scenario),
      scenarioKey: act.scenario,
      usesFace: act.usesFaceRecognition,
      usesFaceText: yn(act.usesFaceRecognition),
      faceMeasuresApply: faceMeasuresApply(act),
      applicability: app ? t(app.reason) : DASH,
      location: {
        province: act.location.province,
        city: act.location.city,
        site: act.location.site,
        publicPlace: act.location.publicPlace,
        publicPlaceText: yn(act.location.publicPlace),
        privateSpace: L("privateSpace", act.location.privateSpace),
        captureAreaBounded: yn(act.location.captureAreaBounded),
        captureArea: act.location.captureArea,
        installerIsManager: yn(act.location.installerIsManager),
      },
      purposes: list(act.purposes.map((p) => L("purpose", p))),
      securityOnly: act.purposes.every((p) => p === "public-security"),
      purposeDetail: act.purposeDetail,
      reuse: act.reuse
        ? {
            present: true,
            source: act.reuse.source,
            fromPurposes: list(act.reuse.fromPurposes.map((x) => L("purpose", x))),
            categories: list(act.reuse.categories.map((x) => L("piCategory", x))),
            newConsent: yn(act.reuse.newConsent),
          }
        : { present: false, source: DASH, fromPurposes: DASH, categories: DASH, newConsent: DASH },
      matchingMode: L("matchingMode", act.matchingMode),
      necessity: {
        justification: act.necessity.justification,
        soleMethod: yn(act.necessity.soleMethod),
        alternatives: list(act.necessity.alternatives.map((x) => L("alternative", x))),
        hasAlternatives: act.necessity.alternatives.length > 0,
        alternativeFeasible: yn(act.necessity.alternativeFeasible),
        alternativeOnRefusal: yn(act.necessity.alternativeOnRefusal),
        serviceConditionalOnFace: yn(act.necessity.serviceConditionalOnFace),
        faceNecessaryForService: yn(act.necessity.faceNecessaryForService),
        pressureOrMisleading: yn(act.necessity.pressureOrMisleading),
        inHouseFaceDatabase: yn(act.necessity.inHouseFaceDatabase),
        nationalChannelConsidered: yn(act.necessity.nationalChannelConsidered),
      },
      lawfulBasis: list(act.lawfulBasis.map((x) => L("lawfulBasis", x))),
      consentBased: consentBased(act),
      consent: {
        form: L("consentForm", act.consent.form),
        withdrawalMethod: yn(act.consent.withdrawalMethod),
        records: yn(act.consent.records),
        guardianConsent: yn(act.consent.guardianConsent),
        childRules: yn(act.consent.childRules),
      },
      subjects: {
        categories: list(act.subjects.categories.map((x) => L("subjectCategory", x))),
        minors: act.subjects.minorsUnder14,
        minorsText: yn(act.subjects.minorsUnder14),
        minors14to18Text: yn(act.subjects.minors14to18),
        anyMinors: processesMinors(act),
        minorsAuditText: yn(act.subjects.minorsAuditYearly),
        elderly: act.subjects.elderly,
        elderlyText: yn(act.subjects.elderly),
        disabled: act.subjects.disabled,
        disabledText: yn(act.subjects.disabled),
        accessibleNeeded: act.subjects.elderly || act.subjects.disabled,
        peopleCount: num(act.subjects.peopleCount),
      },
      personalInfo: act.personalInfo.map((p) => ({
        category: L("piCategory", p.category),
        description: p.description ?? DASH,
        sensitive: yn(p.sensitive || sensitivePi(act).includes(p.category)),
      })),
      piList: list(act.personalInfo.map((p) => L("piCategory", p.category))),
      sensitiveList: list(sensitivePi(act).map((c) => L("piCategory", c))),
      faces: {
        storedCount: num(act.faces.storedCount),
        thresholdReachedOn: date(act.faces.thresholdReachedOn),
        projected12Months: num(act.faces.projected12Months),
      },
      storage: {
        location: L("storageLocation", act.storage.location),
        onDevice: act.storage.location === "on-device" && !act.storage.internetTransmission,
        region: act.storage.region,
        internetTransmission: yn(act.storage.internetTransmission),
        separateConsentForTransmission: yn(act.storage.separateConsentForTransmission),
        statutoryBasisForTransmission: yn(act.storage.statutoryBasisForTransmission),
        encryptedInTransit: yn(act.storage.encryptedInTransit),
        rawImagesKept: yn(act.storage.rawImagesKept),
        templatesSeparate: yn(act.storage.templatesSeparate),
        retention: retentionText(act),
        deletionMethod: act.storage.deletionMethod,
      },
      recipients: act.recipients.map((r) => ({
        name: r.name,
        role: L("recipientRole", r.role) + (isProvision(r) && r.role === "entrusted" ? (zh ? "（同时为自身目的使用）" : " (also for its own purposes)") : ""),
        purpose: r.purpose,
        categories: list(r.categories.map((c) => L("piCategory", c))),
        country: L("country", r.country),
        contract: yn(r.contract),
        separateConsent: yn(r.separateConsent),
        supervised: yn(r.supervised),
      })),
      hasRecipients: act.recipients.length > 0,
      crossBorder: {
        // Storage abroad, a foreign recipient and access from abroad are transfers too (src/facts).
        transfers: goesAbroad(act),
        transfersText: yn(goesAbroad(act)),
        route: L("crossBorderRoute", act.crossBorder.route),
        separateConsent: yn(act.crossBorder.separateConsent),
        recipientNotice: yn(act.crossBorder.recipientNotice),
      },
      publication: { published: yn(act.publication.published), separateConsent: yn(act.publication.separateConsent), masked: yn(act.publication.masked) },
      automatedDecision: {
        used: yn(act.automatedDecision.used),
        significantEffect: yn(act.automatedDecision.significantEffect),
        infersAttributes: yn(act.automatedDecision.infersAttributes),
        explanationAndRefusal: yn(act.automatedDecision.explanationAndRefusal),
        marketingPush: yn(act.automatedDecision.marketingPush),
        nonPersonalisedOption: yn(act.automatedDecision.nonPersonalisedOption),
        easyRefusal: yn(act.automatedDecision.easyRefusal),
      },
      notice: {
        channels: list(act.notice.channels.map((c) => L("noticeChannel", c))),
        covers: list(covers.map((c) => L("noticeItem", c))),
        accessibleFormat: yn(act.notice.accessibleFormat),
        rulesPublished: yn(act.notice.rulesPublished),
        url: act.notice.url ?? "",
        hasUrl: act.notice.url !== undefined,
      },
      qr: act.notice.url !== undefined ? `qr-${i}` : "",
      signage: { present: yn(act.signage.present), beforeCaptureArea: yn(act.signage.beforeCaptureArea) },
      videoSystem: act.videoSystem
        ? {
            present: true,
            designatedPlace: yn(act.videoSystem.designatedPlace),
            cameraCount: num(act.videoSystem.cameraCount),
            cameraType: act.videoSystem.cameraType,
            liveDate: date(act.videoSystem.liveDate),
            policeFiled: yn(act.videoSystem.policeFiled),
            retentionDays: num(act.videoSystem.retentionDays),
            deletedAfterPurpose: yn(act.videoSystem.deletedAfterPurpose),
            viewingLog: yn(act.videoSystem.viewingLog),
          }
        : { present: false, designatedPlace: DASH, cameraCount: DASH, cameraType: DASH, liveDate: DASH, policeFiled: DASH, retentionDays: DASH, deletedAfterPurpose: DASH, viewingLog: DASH },
      risk: riskVm(risk),
      scenarios: a.risks
        .filter((r) => r.activity === act.id)
        .map((r) => ({ event: L("riskEvent", r.event), scenario: r.scenario, harm: r.harm, mitigation: r.mitigation })),
      findings: an.findings.filter((f) => f.activity === act.id).map(findingVm),
      adequacy: adequacy(act),
    };
  };

  // PIPL Art 56(3): the verdict is the analysis's (Analysis.adequacy); this only words it.
  const adequacy = (act: Activity) => {
    const v = an.adequacy.find((x) => x.activity === act.id);
    if (v === undefined) throw new Error(`no adequacy verdict for activity "${act.id}"`);
    return {
      verdict: t(v.verdict),
      ok: v.ok,
      currentRisk: L("impactLevel", v.currentRisk),
      currentRiskKey: v.currentRisk,
      residualRisk: v.residualRisk === null ? (zh ? "不适用（须停止）" : "not applicable (must stop)") : L("impactLevel", v.residualRisk),
      residualRiskKey: v.residualRisk ?? "low",
      residualStops: v.residualRisk === null,
      gaps: v.gaps.map((g) => `${g.ruleId} ${t(g.title)}`),
      hasGaps: v.gaps.length > 0,
    };
  };

  const securityRows = (s: Assessment["security"]) =>
    (
      [
        ["encryptionAtRest", "数据加密存储", "Encryption at rest"],
        ["encryptionInTransit", "数据加密传输", "Encryption in transit"],
        ["auditLogs", "安全审计（日志）", "Security audit logs"],
        ["accessControl", "访问控制", "Access control"],
        ["authorisationManagement", "授权管理", "Authorisation management"],
        ["intrusionDetection", "入侵检测和防御", "Intrusion detection and prevention"],
        ["livenessDetection", "活体检测（防假体攻击）", "Liveness detection (anti-spoofing)"],
        ["deidentification", "去标识化", "De-identification"],
        ["internalRules", "内部管理制度和操作规程", "Internal rules and procedures"],
        ["dataClassification", "个人信息分类管理", "Classified management of PI"],
        ["incidentPlan", "安全事件应急预案", "Incident response plan"],
        ["breachNoticeTemplate", "事件通知模板", "Breach notice template"],
        ["training", "安全教育和培训", "Security training"],
        ["vendorManagement", "供应商管理", "Vendor management"],
        ["backup", "备份与恢复", "Backup and recovery"],
      ] as const
    ).map(([k, zhL, enL]) => ({ control: zh ? zhL : enL, present: s[k], status: has(s[k]) }));

  const open = an.findings.filter((f) => !f.satisfied);
  const fl = an.dates.filing;
  const p = a.processor;
  return {
    lang,
    zh,
    brand: {
      organisation: brand.organisation ?? "",
      hasOrganisation: brand.organisation !== undefined,
      hasLogo: brand.logo !== undefined,
      footerText: brand.footerText ?? "",
    },
    tool: `pipia ${an.tool.version}`,
    doc: {
      title: a.assessment.title,
      number: brand.documentNumber ?? a.assessment.documentNumber ?? DASH,
      version: a.assessment.version,
      date: date(a.assessment.date),
      startDate: date(a.assessment.startDate),
      classification: brand.classification ?? a.assessment.classification,
      approver: a.assessment.approver,
      background: a.assessment.background,
      scope: a.assessment.scope,
      methods: list(a.assessment.methods.map((m) => L("assessmentMethod", m))),
      reportRetentionYears: String(a.assessment.reportRetentionYears),
      recordsRetentionYears: String(a.assessment.recordsRetentionYears),
      assessors: a.assessment.assessors.map((x) => ({ name: x.name, role: x.role, organisation: x.organisation, kind: L("assessorKind", x.kind) })),
      previous: {
        exists: a.assessment.previous.exists,
        date: date(a.assessment.previous.date),
        reportId: a.assessment.previous.reportId ?? DASH,
        purposeChanged: yn(a.assessment.previous.purposeChanged),
        methodChanged: yn(a.assessment.previous.methodChanged),
        changes: a.assessment.previous.changes ?? DASH,
      },
    },
    processor: {
      name: p.name,
      creditCode: p.creditCode,
      address: p.address,
      province: p.province,
      contactName: p.contactName,
      contactPhone: p.contactPhone,
      contactEmail: p.contactEmail,
      hasOfficer: p.piOfficer !== null,
      officer: p.piOfficer
        ? { name: p.piOfficer.name, contact: p.piOfficer.contact, published: yn(p.piOfficer.published), reported: yn(p.piOfficer.reportedToRegulator) }
        : { name: zh ? "未指定" : "Not appointed", contact: DASH, published: DASH, reported: DASH },
      totalPeople: num(p.totalPeople),
      lastAudit: date(p.lastComplianceAudit),
    },
    laws: an.lawsRelied.map((l) => ({ title: t(l.title), effective: date(l.effective) })),
    triggers: an.triggers.map((tr) => ({
      item: zh ? `第（${"一二三四五"[tr.item - 1]}）项` : `Item (${tr.item})`,
      text: t(tr.text),
      applies: tr.applies,
      appliesText: yn(tr.applies),
      reasons: tr.reasons.length > 0 ? tr.reasons.map(t).join(zh ? "；" : "; ") : DASH,
    })),
    anyFace: a.activities.some(faceMeasuresApply),
    activities: a.activities.map(activityVm),
    security: { rows: securityRows(a.security), notes: a.security.notes ?? DASH },
    rights: {
      channels: list(a.rights.channels.map((c) => L("rightsChannel", c))),
      contact: a.rights.contact,
      responseDays: String(a.rights.responseDays),
      complaintChannel: a.rights.complaintChannel,
    },
    incidents: a.incidents.map((x) => ({ date: date(x.date), description: x.description, major: yn(x.major), notified: yn(x.notified) })),
    hasIncidents: a.incidents.length > 0,
    findings: {
      open: open.map(findingVm),
      hasOpen: open.length > 0,
      satisfied: an.findings.filter((f) => f.satisfied).map(findingVm),
      processorWide: open.filter((f) => f.activity === null).map(findingVm),
      counts: {
        prohibited: String(an.counts.prohibited),
        required: String(an.counts.required),
        risk: String(an.counts.risk),
        advice: String(an.counts.advice),
      },
    },
    actions: an.actions.map((x, i) => ({
      n: i + 1,
      ruleId: x.ruleId,
      severity: L("severity", x.severity),
      severityKey: x.severity,
      severityShade: SHADE[x.severity],
      activity: a.activities.find((act) => act.id === x.activity)?.name ?? (zh ? "全局" : "Organisation-wide"),
      finding: t(x.finding),
      measure: t(x.measure),
      owner: x.owner ?? (zh ? "待指定" : "To be assigned"),
      consequence: L("consequence", x.consequence),
      consequenceKey: x.consequence,
      due: x.immediate
        ? x.consequence === "stop"
          ? zh
            ? "立即停止该项处理"
            : "Stop this processing now"
          : zh
            ? "立即暂停，整改完成前不得恢复"
            : "Suspend now; resume only once fixed"
        : est(x.due),
      status: L("actionStatus", x.status),
    })),
    hasActions: an.actions.length > 0,
    matrix: {
      likelihoods: LIKELIHOOD_LEVELS.map((l) => L("likelihoodLevel", l)),
      rows: [...IMPACT_LEVELS].reverse().map((i) => ({
        impact: L("impactLevel", i),
        cells: LIKELIHOOD_LEVELS.map((l) => ({ level: L("impactLevel", RISK_MATRIX[i][l]), levelKey: RISK_MATRIX[i][l] })),
      })),
    },
    dates: {
      assessment: date(an.dates.assessmentDate),
      reportRetainUntil: date(an.dates.reportRetainUntil),
      recordsRetainUntil: date(an.dates.recordsRetainUntil),
      nextReview: date(an.dates.nextReview),
    },
    filing: {
      required: fl.required,
      statusKey: fl.status,
      status: L("filingStatus", fl.status),
      storedFaces: num(fl.storedFaces),
      thresholdReachedOn: date(fl.thresholdReachedOn),
      deadline: est(fl.deadline),
      deadlineEstimated: fl.deadline?.estimated ?? false,
      changeDeadline: est(fl.changeDeadline),
      cancellationDeadline: est(fl.cancellationDeadline),
      calendarCoversUntil: date(fl.calendarCoversUntil),
      filed: a.filing.filed,
      filingNumber: a.filing.filingNumber ?? DASH,
      filedOn: date(a.filing.filedOn),
    },
    conclusion: {
      outcome: an.conclusion.outcome,
      label: t(an.conclusion.label),
      reasons: an.conclusion.reasons.map(t),
      activities: an.conclusion.activities.map((x) => ({
        name: x.name,
        outcome: x.outcome,
        label: t(x.label),
        grounds: [...new Set(x.decisive.map((d) => (zh ? `${t(d.ground)}（${d.ruleId}）` : `${t(d.ground)} (${d.ruleId})`)))],
        hasGrounds: x.decisive.length > 0,
      })),
      processor: {
        outcome: an.conclusion.processor.outcome,
        label: L("outcome", an.conclusion.processor.outcome),
        grounds: [...new Set(an.conclusion.processor.decisive.map((d) => (zh ? `${t(d.ground)}（${d.ruleId}）` : `${t(d.ground)} (${d.ruleId})`)))],
        hasGrounds: an.conclusion.processor.decisive.length > 0,
      },
      overrideNote: an.conclusion.overrideNote === null ? "" : t(an.conclusion.overrideNote),
      hasOverrideNote: an.conclusion.overrideNote !== null,
      pastBreaches: [...new Set(an.conclusion.pastBreaches.map((d) => (zh ? `${t(d.ground)}（${d.ruleId}）` : `${t(d.ground)} (${d.ruleId})`)))],
      hasPastBreaches: an.conclusion.pastBreaches.length > 0,
    },
    unconfirmed: an.unconfirmedCitations.map(citation),
    hasUnconfirmed: an.unconfirmedCitations.length > 0,
    changes: changesView(previous, lang),
    records: recordsView(an, lang),
    filingPack: filingView(an, lang),
    signage: signageView(an, lang),
  };
}
