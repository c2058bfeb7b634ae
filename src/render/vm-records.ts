// The processing records (处理情况记录) as plain texts for templates/<lang>/records.md.hbs.
// Fields follow the legal digest §9.5 (GB/T 35273 §11.3 and §9.2(d), GB/T 39335 tables C-1/C-2,
// PSVS Arts 14 and 16(3), 办法 Art 15). Facts the answers file does not hold (access roles, record
// counts, the real source of indirectly obtained PI) become visible lines to fill in, never guesses.
import type { Analysis, Bilingual } from "../analysis/types.js";
import type { Activity, Recipient } from "../model/assessment.js";
import type { PiCategory } from "../model/enums.js";
import { label } from "../model/labels.js";
import { formatDate } from "../dates/index.js";
import { consentBased, faceMeasuresApply, goesAbroad, isProvision, sensitivePi, wholeActivityAbroad } from "../facts/activity.js";

type Lang = "zh-CN" | "en";

/** Printed where the answers are silent and someone must write the fact in by hand. */
export const FILL_LINE = "＿＿＿＿＿＿＿＿＿＿";

const DASH = "—";
const BIOMETRIC: ReadonlySet<string> = new Set(["face-image", "face-template"]);
/** Categories a camera or terminal captures from the person in front of it. */
const CAPTURED: ReadonlySet<string> = new Set(["face-image", "video"]);

export function texts(lang: Lang) {
  const zh = lang === "zh-CN";
  const T = (z: string, e: string): string => (zh ? z : e);
  return {
    zh,
    T,
    yn: (b: boolean): string => (b ? T("是", "Yes") : T("否", "No")),
    has: (b: boolean): string => (b ? T("已采取", "in place") : T("未采取", "missing")),
    list: (xs: readonly string[]): string => (xs.length === 0 ? T("无", "None") : xs.join(T("、", ", "))),
    semi: (xs: readonly string[]): string => xs.filter((x) => x !== "").join(T("；", "; ")),
    L: (kind: string, v: string): string => label(kind, v)[lang],
    t: (b: Bilingual): string => b[lang],
    date: (d: string | null | undefined): string => (d ? formatDate(d, lang) : DASH),
    num: (n: number): string => n.toLocaleString("en-US"),
    est: (d: { date: string; estimated: boolean } | null): string =>
      d ? `${formatDate(d.date, lang)}${d.estimated ? T("（估算）", " (estimated)") : ""}` : DASH,
  };
}
type Texts = ReturnType<typeof texts>;

export function retentionText(x: Texts, act: Activity): string {
  const r = act.storage.retention;
  if (r.kind === "indefinite") return x.T("无限期（未设定保存期限）", "Indefinite (no retention period set)");
  if (r.kind === "days") return x.T(`${r.days ?? 0} 日`, `${r.days ?? 0} days`);
  return x.T(`${r.event ?? ""}后 ${r.eventOffsetDays ?? 0} 日内删除`, `Deleted within ${r.eventOffsetDays ?? 0} days after: ${r.event ?? ""}`);
}

/** Devices as the answers describe them: the video system's cameras, else a line to fill. */
export function devicesText(x: Texts, act: Activity): string {
  const v = act.videoSystem;
  if (v) return x.T(`摄像机 ${x.num(v.cameraCount)} 台（${v.cameraType}）`, `${x.num(v.cameraCount)} cameras (${v.cameraType})`);
  const kind = act.usesFaceRecognition ? x.T("人脸识别设备", "Face-recognition devices") : x.T("采集设备", "Capture devices");
  return x.T(`${kind}（数量和型号：${FILL_LINE}）`, `${kind} (number and model: ${FILL_LINE})`);
}

function piName(x: Texts, act: Activity, category: PiCategory, flagged: boolean): string {
  const sensitive = flagged || sensitivePi(act).includes(category);
  const flags = [sensitive ? x.T("敏感", "sensitive") : "", BIOMETRIC.has(category) ? x.T("生物识别", "biometric") : ""].filter((f) => f !== "");
  const name = x.L("piCategory", category);
  return flags.length === 0 ? name : x.T(`${name}（${flags.join("，")}）`, `${name} (${flags.join(", ")})`);
}

/**
 * Source of one PI category: the reuse source when the activity reuses it from an earlier collection;
 * otherwise the answers have no source field, so it follows from how the item is obtained.
 */
function sourceText(x: Texts, category: PiCategory, act?: Activity): string {
  const r = act?.reuse;
  if (r && r.categories.includes(category)) {
    const from = x.list(r.fromPurposes.map((p) => x.L("purpose", p)));
    return x.T(`再利用原为${from}收集的个人信息：${r.source}`, `Reused from a collection for ${from}: ${r.source}`);
  }
  if (CAPTURED.has(category)) return x.T("直接从信息主体收集（现场设备采集）", "Collected directly from the individual (captured on site)");
  if (category === "face-template") return x.T("由采集的人脸图像提取生成", "Derived from the captured face images");
  return x.T(`推定由信息主体提供（如登记、注册、入职）；如间接取得请注明来源：${FILL_LINE}`, `Presumed provided by the individual (registration, sign-up, hiring); if obtained indirectly, state the source: ${FILL_LINE}`);
}

function collectionText(x: Texts, act: Activity, category: PiCategory): string {
  if (CAPTURED.has(category)) return x.semi([devicesText(x, act), x.T(`地点：${act.location.site}`, `Location: ${act.location.site}`)]);
  if (category === "face-template") return x.T(`比对方式：${x.L("matchingMode", act.matchingMode)}`, `Matching: ${x.L("matchingMode", act.matchingMode)}`);
  return x.T(`收集方式：${FILL_LINE}`, `How collected: ${FILL_LINE}`);
}

function storageText(x: Texts, an: Analysis, act: Activity, category: PiCategory): string {
  const s = act.storage;
  const base = x.T(
    `${x.L("storageLocation", s.location)}（${s.region}）；存储加密：${x.has(an.assessment.security.encryptionAtRest)}`,
    `${x.L("storageLocation", s.location)} (${s.region}); encryption at rest: ${x.has(an.assessment.security.encryptionAtRest)}`,
  );
  if (category === "face-image") return x.semi([base, x.T(`比对后保存原始人脸图像：${x.yn(s.rawImagesKept)}`, `Raw face images kept after matching: ${x.yn(s.rawImagesKept)}`)]);
  if (category === "face-template")
    return x.semi([base, x.T(`与身份信息分开存储：${x.yn(s.templatesSeparate)}`, `Stored apart from identity information: ${x.yn(s.templatesSeparate)}`)]);
  return base;
}

export function transmissionText(x: Texts, act: Activity): string {
  const s = act.storage;
  const parts = [
    x.T(`经互联网对外传输：${x.yn(s.internetTransmission)}`, `Sent over the internet: ${x.yn(s.internetTransmission)}`),
    x.T(`传输加密：${x.yn(s.encryptedInTransit)}`, `Encrypted in transit: ${x.yn(s.encryptedInTransit)}`),
  ];
  if (s.internetTransmission)
    parts.push(
      x.T(
        `依据：单独同意 ${x.yn(s.separateConsentForTransmission)}，法律、行政法规规定 ${x.yn(s.statutoryBasisForTransmission)}`,
        `basis: separate consent ${x.yn(s.separateConsentForTransmission)}, statutory ${x.yn(s.statutoryBasisForTransmission)}`,
      ),
    );
  return x.semi(parts);
}

function categoryRetention(x: Texts, act: Activity, category: PiCategory): string {
  if (category === "video" && act.videoSystem) return x.T(`${act.videoSystem.retentionDays} 日`, `${act.videoSystem.retentionDays} days`);
  return retentionText(x, act);
}

function isForeign(r: Recipient): boolean {
  return r.country.trim().toUpperCase() !== "CN";
}

function receives(r: Recipient, category: PiCategory): boolean {
  return r.categories.includes(category);
}

export function subjectsText(x: Texts, act: Activity): string {
  const s = act.subjects;
  const vulnerable = [
    s.minorsUnder14 ? x.T("不满十四周岁未成年人", "children under 14") : "",
    s.minors14to18 ? x.T("已满十四周岁不满十八周岁的未成年人", "minors aged 14 to 17") : "",
    s.elderly ? x.T("老年人", "elderly people") : "",
    s.disabled ? x.T("残疾人", "disabled people") : "",
    s.categories.includes("students") ? x.T("学生", "students") : "",
    s.categories.includes("patients") ? x.T("患者", "patients") : "",
  ].filter((v) => v !== "");
  const cats = x.list(s.categories.map((c) => x.L("subjectCategory", c)));
  return vulnerable.length > 0
    ? x.T(`${cats}；含弱势群体：${vulnerable.join("、")}`, `${cats}; includes vulnerable groups: ${vulnerable.join(", ")}`)
    : x.T(`${cats}；不含未成年人或其他弱势群体`, `${cats}; no minors or other vulnerable groups`);
}

function consentText(x: Texts, act: Activity): string {
  const c = act.consent;
  if (!consentBased(act))
    return x.T("不以同意为处理依据，无同意记录", "Consent is not the basis of processing; no consent records");
  const parts = [
    x.T(`同意形式：${x.L("consentForm", c.form)}`, `Form: ${x.L("consentForm", c.form)}`),
    x.T(`保存同意记录（时间、文本版本、同意人）：${x.yn(c.records)}`, `Consent records kept (time, text version, who): ${x.yn(c.records)}`),
    x.T(`提供便捷撤回方式：${x.yn(c.withdrawalMethod)}`, `Convenient withdrawal: ${x.yn(c.withdrawalMethod)}`),
  ];
  if (act.subjects.minorsUnder14) parts.push(x.T(`监护人同意：${x.yn(c.guardianConsent)}`, `Guardian consent: ${x.yn(c.guardianConsent)}`));
  return x.semi(parts);
}

function crossBorderText(x: Texts, act: Activity): string {
  const cb = act.crossBorder;
  if (!goesAbroad(act)) return x.T("无向境外提供（存储于境内，接收方均在境内）", "None (stored in mainland China; all recipients in mainland China)");
  const abroad = act.recipients.filter(isForeign).map((r) => `${r.name} (${x.L("country", r.country)})`);
  return x.semi([
    x.T(`向境外提供：是`, `Transfers abroad: Yes`),
    abroad.length > 0 ? x.T(`境外接收方：${abroad.join("、")}`, `Recipients abroad: ${abroad.join(", ")}`) : "",
    act.storage.location === "overseas" ? x.T("存储于境外", "Stored outside mainland China") : "",
    cb.accessFromAbroad ? x.T("境外人员或服务商可查看、调取", "Viewable or retrievable by staff or a vendor abroad") : "",
    cb.peopleThisYear > 0 || cb.sensitivePeopleThisYear > 0
      ? x.T(
          `自当年1月1日起出境约 ${x.num(cb.peopleThisYear)} 人，其中敏感个人信息 ${x.num(cb.sensitivePeopleThisYear)} 人`,
          `Since 1 January: about ${x.num(cb.peopleThisYear)} people, ${x.num(cb.sensitivePeopleThisYear)} of them with sensitive PI`,
        )
      : "",
    cb.importantData ? x.T("含重要数据", "Includes important data") : "",
    x.T(`出境路径：${x.L("crossBorderRoute", cb.route)}`, `Route: ${x.L("crossBorderRoute", cb.route)}`),
    x.T(`单独同意：${x.yn(cb.separateConsent)}`, `Separate consent: ${x.yn(cb.separateConsent)}`),
    x.T(`已告知境外接收方情况：${x.yn(cb.recipientNotice)}`, `Individuals told about the foreign recipient: ${x.yn(cb.recipientNotice)}`),
  ]);
}

function volumeText(x: Texts, act: Activity): string {
  const f = act.faces;
  const people = x.T(`涉及约 ${x.num(act.subjects.peopleCount)} 人`, `About ${x.num(act.subjects.peopleCount)} people`);
  if (!act.usesFaceRecognition && f.storedCount === 0) return people;
  return x.semi([
    people,
    x.T(`当前存储人脸信息 ${x.num(f.storedCount)} 人`, `face information currently stored for ${x.num(f.storedCount)} people`),
    x.T(`预计 12 个月后 ${x.num(f.projected12Months)} 人`, `${x.num(f.projected12Months)} expected in 12 months`),
  ]);
}

function viewingLogText(x: Texts, act: Activity): string {
  const v = act.videoSystem;
  if (v)
    return x.T(
      `公共安全视频图像信息系统：已建立调阅、导出登记制度：${x.yn(v.viewingLog)}。调阅或导出视频图像的，应在第五章登记事由、内容、单位和姓名（《公共安全视频图像信息系统管理条例》第十六条第（三）项）。`,
      `Public-security video system: viewing and export register in place: ${x.yn(v.viewingLog)}. Every viewing or export of footage is entered in chapter 5 with the reason, content, unit and name (PSVS Art 16(3)).`,
    );
  return x.T(
    "本活动不涉及公共安全视频图像信息系统；查看、导出人脸信息的，仍应在第五章登记，以满足安全审计要求。",
    "No public-security video system; viewing or exporting face information is still entered in chapter 5, as the security audit requires.",
  );
}

/** PSVS Art 14: a video system is filed with the county-level police within 30 days of going live. */
function policeFilingText(x: Texts, act: Activity): string {
  const v = act.videoSystem;
  if (!v) return x.T("不涉及公共安全视频图像信息系统", "No public-security video system");
  return x.semi([
    x.T(`已向公安机关备案：${x.yn(v.policeFiled)}`, `Filed with the police: ${x.yn(v.policeFiled)}`),
    x.T(`投入使用日期：${x.date(v.liveDate)}`, `In use since: ${x.date(v.liveDate)}`),
    x.T(`摄像机 ${x.num(v.cameraCount)} 台`, `${x.num(v.cameraCount)} cameras`),
    x.T(`视频保存 ${v.retentionDays} 日`, `video kept ${v.retentionDays} days`),
  ]);
}

function recipientVm(x: Texts, r: Recipient) {
  return {
    name: r.name,
    role: x.L("recipientRole", r.role) + (r.role === "entrusted" && isProvision(r) ? x.T("（同时为自身目的使用）", " (also for its own purposes)") : ""),
    purpose: r.purpose,
    categories: x.list(r.categories.map((c) => x.L("piCategory", c))),
    country: x.L("country", r.country),
    contract: x.yn(r.contract),
    separateConsent: x.yn(r.separateConsent),
    supervised: x.yn(r.supervised),
  };
}

function activityRecord(x: Texts, an: Analysis, act: Activity, i: number) {
  const controller = an.assessment.processor.name;
  const purposes = x.list(act.purposes.map((p) => x.L("purpose", p)));
  const basis = x.list(act.lawfulBasis.map((b) => x.L("lawfulBasis", b)));
  const subjects = x.list(act.subjects.categories.map((c) => x.L("subjectCategory", c)));
  // Storage abroad, a declared transfer or access from abroad covers every item; a foreign recipient only its categories.
  const wholeAbroad = wholeActivityAbroad(act);
  return {
    n: i + 1,
    id: act.id,
    name: act.name,
    scenario: x.L("scenario", act.scenario),
    usesFace: x.yn(act.usesFaceRecognition),
    faceMeasures: x.yn(faceMeasuresApply(act)),
    purpose: x.T(`${purposes}：${act.purposeDetail}`, `${purposes}: ${act.purposeDetail}`),
    lawfulBasis: basis,
    piCategories: x.list(act.personalInfo.map((p) => piName(x, act, p.category, p.sensitive))),
    subjects: subjectsText(x, act),
    volume: volumeText(x, act),
    source: x.semi([...new Set(act.personalInfo.map((p) => sourceText(x, p.category, act)))]),
    collection: x.semi([
      x.T(`比对方式：${x.L("matchingMode", act.matchingMode)}`, `Matching: ${x.L("matchingMode", act.matchingMode)}`),
      devicesText(x, act),
      x.T(`地点：${act.location.site}`, `Location: ${act.location.site}`),
      x.T(`采集区域：${act.location.captureArea}`, `Capture area: ${act.location.captureArea}`),
      x.T(`公共场所：${x.yn(act.location.publicPlace)}`, `Public place: ${x.yn(act.location.publicPlace)}`),
    ]),
    storage: x.semi([
      x.T(`${x.L("storageLocation", act.storage.location)}，${act.storage.region}`, `${x.L("storageLocation", act.storage.location)}, ${act.storage.region}`),
      x.T(`存储加密：${x.has(an.assessment.security.encryptionAtRest)}`, `Encryption at rest: ${x.has(an.assessment.security.encryptionAtRest)}`),
      x.T(`比对后保存原始人脸图像：${x.yn(act.storage.rawImagesKept)}`, `Raw face images kept after matching: ${x.yn(act.storage.rawImagesKept)}`),
      x.T(`人脸信息与身份信息分开存储：${x.yn(act.storage.templatesSeparate)}`, `Face data stored apart from identity data: ${x.yn(act.storage.templatesSeparate)}`),
    ]),
    transmission: transmissionText(x, act),
    retention: x.semi([
      retentionText(x, act),
      act.videoSystem ? x.T(`视频图像保存 ${act.videoSystem.retentionDays} 日`, `Video kept ${act.videoSystem.retentionDays} days`) : "",
      x.T(`删除方式：${act.storage.deletionMethod}`, `Deletion: ${act.storage.deletionMethod}`),
    ]),
    accessRoles: x.T(
      `评估时未能确认，请填写可访问、导出人脸信息的岗位、人数和授权审批人：${FILL_LINE}`,
      `Not established during the assessment; write in the roles that may view or export face information, how many people, and who authorises them: ${FILL_LINE}`,
    ),
    consent: consentText(x, act),
    crossBorder: crossBorderText(x, act),
    viewingLog: viewingLogText(x, act),
    policeFiling: policeFilingText(x, act),
    recipients: act.recipients.map((r) => recipientVm(x, r)),
    recipientSummary: x.list(act.recipients.map((r) => x.T(`${r.name}（${x.L("recipientRole", r.role)}）`, `${r.name} (${x.L("recipientRole", r.role)})`))),
    hasRecipients: act.recipients.length > 0,
    mapping: act.personalInfo.map((p) => ({
      pi: piName(x, act, p.category, p.sensitive),
      subjects,
      purpose: purposes,
      basis,
      controller,
      processor: x.list(act.recipients.filter((r) => r.role === "entrusted" && receives(r, p.category)).map((r) => r.name)),
      crossBorder: x.yn(wholeAbroad || act.recipients.some((r) => isForeign(r) && receives(r, p.category))),
      sharing: x.yn(act.recipients.some((r) => isProvision(r) && receives(r, p.category))),
    })),
    lifecycle: act.personalInfo.map((p) => ({
      pi: piName(x, act, p.category, p.sensitive),
      source: sourceText(x, p.category, act),
      collection: collectionText(x, act, p.category),
      storage: storageText(x, an, act, p.category),
      transmission: transmissionText(x, act),
      retention: categoryRetention(x, act, p.category),
      deletion: act.storage.deletionMethod,
    })),
  };
}

export function recordsView(an: Analysis, lang: Lang) {
  const x = texts(lang);
  const a = an.assessment;
  const m = a.assessment;
  const prev = m.previous;
  const reportNumber = m.documentNumber ?? DASH;
  const preparedBy = m.assessors.map((s) => s.name).join(x.T("、", ", "));
  const fl = an.dates.filing;
  return {
    report: {
      title: m.title,
      number: reportNumber,
      date: x.date(m.date),
      version: m.version,
    },
    retainUntil: x.date(an.dates.recordsRetainUntil),
    retentionYears: String(Math.max(3, m.recordsRetentionYears)),
    preparedBy,
    activities: a.activities.map((act, i) => activityRecord(x, an, act, i)),
    pia: {
      lastDate: x.date(m.date),
      reportId: reportNumber,
      previous: prev.exists
        ? x.T(`${prev.reportId ?? DASH}（${x.date(prev.date)}）`, `${prev.reportId ?? DASH} (${x.date(prev.date)})`)
        : x.T("无（首次评估）", "None (first assessment)"),
      nextReview: x.date(an.dates.nextReview),
    },
    filing: {
      status: x.L("filingStatus", fl.status),
      storedFaces: x.num(fl.storedFaces),
      number: a.filing.filingNumber ?? (a.filing.filed ? FILL_LINE : DASH),
      filedOn: x.date(a.filing.filedOn),
      deadline: fl.required && !a.filing.filed ? x.est(fl.deadline) : DASH,
    },
    change: {
      version: m.version,
      date: x.date(m.date),
      text: prev.exists
        ? x.T(
            `依评估报告 ${reportNumber} 更新${prev.changes ? `：${prev.changes}` : ""}`,
            `Updated with assessment report ${reportNumber}${prev.changes ? `: ${prev.changes}` : ""}`,
          )
        : x.T(`首次编制，随评估报告 ${reportNumber}`, `First issue, with assessment report ${reportNumber}`),
      by: preparedBy,
    },
  };
}
