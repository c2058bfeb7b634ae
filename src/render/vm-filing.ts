// The CAC face-recognition filing pack (办法 Art 15; CAC announcement of 2025-05-28) as plain texts
// for templates/<lang>/filing.md.hbs. Dates come from the legal engine (Analysis.dates.filing);
// this module only words them. The official form fields are not in our sources, so the pack is a
// draft whose item names are ours, and says so.
import type { Analysis } from "../analysis/types.js";
import type { Activity } from "../model/assessment.js";
import { consentBased, faceMeasuresApply, goesAbroad } from "../facts/activity.js";
import { compareDates, FILING_REGIME_START, FILING_THRESHOLD, FILING_WORKING_DAYS, PRE_EXISTING_DEADLINE } from "../dates/index.js";
import { devicesText, FILL_LINE, retentionText, subjectsText, texts, transmissionText } from "./vm-records.js";

/** 「个人信息保护业务系统」, where the filing is made online (CAC announcement of 2025-05-28). */
export const FILING_SYSTEM_URL = "https://grxxbh.cacdtsc.cn";

type Lang = "zh-CN" | "en";
type Texts = ReturnType<typeof texts>;

function applicationForm(x: Texts, act: Activity, i: number) {
  const recipients = act.recipients.map((r) => x.T(`${r.name}（${x.L("recipientRole", r.role)}：${r.purpose}）`, `${r.name} (${x.L("recipientRole", r.role)}: ${r.purpose})`));
  const alternatives = act.necessity.alternatives.map((a) => x.L("alternative", a));
  return {
    n: i + 1,
    name: act.name,
    scenario: x.L("scenario", act.scenario),
    location: x.T(
      `${act.location.province}${act.location.city}，${act.location.site}（公共场所：${x.yn(act.location.publicPlace)}）`,
      `${act.location.site}, ${act.location.city}, ${act.location.province} (public place: ${x.yn(act.location.publicPlace)})`,
    ),
    purpose: x.T(
      `${x.list(act.purposes.map((p) => x.L("purpose", p)))}：${act.purposeDetail}`,
      `${x.list(act.purposes.map((p) => x.L("purpose", p)))}: ${act.purposeDetail}`,
    ),
    method: x.semi([x.L("matchingMode", act.matchingMode), devicesText(x, act), x.T(`采集区域：${act.location.captureArea}`, `Capture area: ${act.location.captureArea}`)]),
    lawfulBasis: x.semi([
      x.list(act.lawfulBasis.map((b) => x.L("lawfulBasis", b))),
      consentBased(act) ? x.T(`同意形式：${x.L("consentForm", act.consent.form)}`, `consent: ${x.L("consentForm", act.consent.form)}`) : "",
    ]),
    subjects: subjectsText(x, act),
    stored: x.semi([
      x.T(`${x.num(act.faces.storedCount)} 人`, `${x.num(act.faces.storedCount)} people`),
      x.T(`预计 12 个月后 ${x.num(act.faces.projected12Months)} 人`, `${x.num(act.faces.projected12Months)} expected in 12 months`),
    ]),
    storage: x.semi([
      x.T(`${x.L("storageLocation", act.storage.location)}，${act.storage.region}`, `${x.L("storageLocation", act.storage.location)}, ${act.storage.region}`),
      transmissionText(x, act),
      x.T(`比对后保存原始人脸图像：${x.yn(act.storage.rawImagesKept)}`, `Raw face images kept after matching: ${x.yn(act.storage.rawImagesKept)}`),
      x.T(`人脸信息与身份信息分开存储：${x.yn(act.storage.templatesSeparate)}`, `Face data stored apart from identity data: ${x.yn(act.storage.templatesSeparate)}`),
    ]),
    retention: x.semi([retentionText(x, act), x.T(`删除方式：${act.storage.deletionMethod}`, `Deletion: ${act.storage.deletionMethod}`)]),
    recipients: x.list(recipients),
    crossBorder: goesAbroad(act)
      ? x.T(`是（${x.L("crossBorderRoute", act.crossBorder.route)}）`, `Yes (${x.L("crossBorderRoute", act.crossBorder.route)})`)
      : x.T("否", "No"),
    alternatives: x.T(
      `人脸识别为唯一方式：${x.yn(act.necessity.soleMethod)}；其他方式：${x.list(alternatives)}`,
      `Face recognition the only way: ${x.yn(act.necessity.soleMethod)}; alternatives: ${x.list(alternatives)}`,
    ),
    rules: x.semi([
      x.T(`处理规则已公开：${x.yn(act.notice.rulesPublished)}`, `Processing rules published: ${x.yn(act.notice.rulesPublished)}`),
      act.notice.url ? act.notice.url : "",
    ]),
  };
}

export function filingView(an: Analysis, lang: Lang) {
  const x = texts(lang);
  const a = an.assessment;
  const p = a.processor;
  const m = a.assessment;
  const fl = an.dates.filing;
  const faceActs = a.activities.filter(faceMeasuresApply);
  const notCounted = a.activities.filter((act) => !faceMeasuresApply(act)).map((act) => act.name);
  // computeDates counts from the assessment date when no threshold date is given; say so.
  const base = fl.thresholdReachedOn ?? m.date;
  const preExisting = fl.required && compareDates(base, FILING_REGIME_START) < 0;
  const estimated = [fl.deadline, fl.changeDeadline, fl.cancellationDeadline].some((d) => d?.estimated === true);
  const wd = FILING_WORKING_DAYS;

  const art14 = (
    [
      [a.security.encryptionAtRest && a.security.encryptionInTransit, "数据加密（存储和传输）", "Data encryption (at rest and in transit)", true],
      [a.security.auditLogs, "安全审计", "Security audit", true],
      [a.security.accessControl, "访问控制", "Access control", true],
      [a.security.authorisationManagement, "授权管理", "Authorisation management", true],
      [a.security.intrusionDetection, "入侵检测和防御", "Intrusion detection and prevention", true],
      [a.security.livenessDetection, "活体检测（防假体攻击）", "Liveness detection (anti-spoofing)", false],
      [a.security.deidentification, "去标识化", "De-identification", false],
      [a.security.internalRules, "内部管理制度和操作规程", "Internal rules and operating procedures", false],
      [a.security.incidentPlan, "安全事件应急预案", "Incident response plan", false],
      [a.security.training, "安全教育和培训", "Security training", false],
      [a.security.vendorManagement, "供应商管理", "Vendor management", false],
      [a.security.backup, "备份与恢复", "Backup and recovery", false],
    ] as const
  ).map(([present, zhL, enL, listed]) => ({ measure: x.T(zhL, enL), present, status: x.has(present), art14: listed ? x.T("是", "Yes") : x.T("否", "No") }));

  const statusNote: Record<typeof fl.status, string> = {
    "not-required": x.T("当前存储数量未达到 10 万人，无需备案", "fewer than 100,000 people's faces are stored; no filing is due"),
    approaching: x.T("接近 10 万人，达到之日起 30 个工作日内备案", "close to 100,000; file within 30 working days of reaching it"),
    due: x.T("应在备案期限前完成备案", "file before the deadline"),
    overdue: x.T("备案期限已过，应立即备案", "the deadline has passed; file at once"),
    filed: x.T("已完成备案；信息发生实质性变更或终止应用时办理变更或注销", "filed; change or cancel the filing on a substantive change or on ending the use"),
  };

  return {
    required: fl.required,
    province: p.province,
    authority: x.T(`${p.province}网信部门（所在地省级网信办）`, `The provincial cyberspace administration (网信办) of ${p.province}, where the processor is located`),
    systemUrl: FILING_SYSTEM_URL,
    storedFaces: x.num(fl.storedFaces),
    threshold: x.num(FILING_THRESHOLD),
    countBasis: x.T(
      `按当前存储人脸信息的人数计算，不是累计采集的人数；已依法删除的人脸信息不计入。本材料将 ${faceActs.length} 项适用《人脸识别技术应用安全管理办法》的活动的存储人数相加，同一人被两项活动存储的重复计算，结果偏于备案，提交前应去重核实。`,
      `The count is of people whose face information is stored now, not of everyone ever captured; face information lawfully deleted is not counted. This pack adds up the stored counts of the ${faceActs.length} activities the Face Recognition Measures cover, so a person stored by two activities is counted twice (erring towards filing); remove duplicates before filing.`,
    ),
    notCounted: x.list(notCounted),
    counts: faceActs.map((act) => ({
      name: act.name,
      stored: x.num(act.faces.storedCount),
      reachedOn: x.date(act.faces.thresholdReachedOn),
      projected: x.num(act.faces.projected12Months),
    })),
    thresholdReachedOn: fl.thresholdReachedOn
      ? x.date(fl.thresholdReachedOn)
      : x.T(`未能确认；按评估日期（${x.date(m.date)}）推定`, `Not established; taken as the assessment date, ${x.date(m.date)}`),
    deadline: x.est(fl.deadline),
    deadlineBasis: preExisting
      ? x.T(
          `达到 10 万人早于${x.date(FILING_REGIME_START)}，适用过渡安排：应于${x.date(PRE_EXISTING_DEADLINE)}前备案`,
          `The threshold was reached before ${x.date(FILING_REGIME_START)}, so the transitional rule applies: file by ${x.date(PRE_EXISTING_DEADLINE)}`,
        )
      : x.T(
          `自达到 10 万人之日（${x.date(base)}）起 ${wd} 个工作日内；起算日不计入，工作日按国务院公布的节假日安排（含调休）计算`,
          `Within ${wd} working days of reaching 100,000 (${x.date(base)}); the day it was reached is not counted, and working days follow the State Council holiday schedule, including make-up working days`,
        ),
    preExistingRule: x.T(
      `${x.date(FILING_REGIME_START)}前存储数量已达到 10 万人的，应于${x.date(PRE_EXISTING_DEADLINE)}前备案。本处理者${preExisting ? "适用" : "不适用"}该安排。`,
      `Processors already at 100,000 before ${x.date(FILING_REGIME_START)} had to file by ${x.date(PRE_EXISTING_DEADLINE)}. This rule ${preExisting ? "applies" : "does not apply"} to this processor.`,
    ),
    status: x.L("filingStatus", fl.status),
    statusNote: statusNote[fl.status],
    filingNumber: a.filing.filingNumber ?? x.T("尚未取得", "Not yet issued"),
    filedOn: x.date(a.filing.filedOn),
    changeDeadline: fl.changeDeadline
      ? x.T(`${x.est(fl.changeDeadline)}（自实质性变更之日${x.date(a.filing.substantiveChangeOn)}起 ${wd} 个工作日）`, `${x.est(fl.changeDeadline)} (${wd} working days from the change on ${x.date(a.filing.substantiveChangeOn)})`)
      : x.T(`备案信息发生实质性变更之日起 ${wd} 个工作日内办理变更手续`, `Within ${wd} working days of a substantive change to the filed information`),
    cancellationDeadline: fl.cancellationDeadline
      ? x.T(`${x.est(fl.cancellationDeadline)}（自终止应用之日${x.date(a.filing.terminatedOn)}起 ${wd} 个工作日），并依法处理人脸信息`, `${x.est(fl.cancellationDeadline)} (${wd} working days from ending the use on ${x.date(a.filing.terminatedOn)}), and deal with the face information as the law requires`)
      : x.T(`终止应用人脸识别技术之日起 ${wd} 个工作日内办理注销手续，并依法处理人脸信息`, `Within ${wd} working days of ending the use of face recognition, and deal with the face information as the law requires`),
    calendarCoversUntil: x.date(fl.calendarCoversUntil),
    estimatedNote: estimated
      ? x.T(
          `标注“估算”的日期超出官方节假日数据覆盖范围（至 ${x.date(fl.calendarCoversUntil)}），按周一至周五估算；国务院公布当年节假日安排后应重新核对。`,
          `Dates marked “estimated” fall beyond the official holiday data (which ends ${x.date(fl.calendarCoversUntil)}) and count Monday to Friday; check them again once the State Council publishes that year's holidays.`,
        )
      : x.T("本材料中的日期均在官方节假日数据覆盖范围内，未作估算。", "All dates in this pack fall within the official holiday data; none is estimated."),
    officer: p.piOfficer
      ? x.T(`${p.piOfficer.name}（${p.piOfficer.contact}；已公开：${x.yn(p.piOfficer.published)}；已报送：${x.yn(p.piOfficer.reportedToRegulator)}）`, `${p.piOfficer.name} (${p.piOfficer.contact}; published: ${x.yn(p.piOfficer.published)}; reported: ${x.yn(p.piOfficer.reportedToRegulator)})`)
      : x.T(`未指定；请填写：${FILL_LINE}`, `Not appointed; write in: ${FILL_LINE}`),
    fill: FILL_LINE,
    activities: faceActs.map((act, i) => applicationForm(x, act, i)),
    measures: art14,
    rulesStatus: x.T(
      `内部管理制度和操作规程：${x.has(a.security.internalRules)}。各活动处理规则公开情况：${faceActs.map((act) => `${act.name}（${x.yn(act.notice.rulesPublished)}）`).join("、")}。`,
      `Internal rules and operating procedures: ${x.has(a.security.internalRules)}. Processing rules published, by activity: ${faceActs.map((act) => `${act.name} (${x.yn(act.notice.rulesPublished)})`).join(", ")}.`,
    ),
    pia: {
      title: m.title,
      number: m.documentNumber ?? "—",
      date: x.date(m.date),
      conclusion: x.t(an.conclusion.label),
    },
  };
}
