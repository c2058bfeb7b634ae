// The signage document (poster, sticker, notice, consent forms): every sentence a sign or form
// states, derived from the facts so the templates only place them. Wording follows the notice
// duties of PIPL Arts 17, 30 and the face Measures Arts 5, 8, 10, 13 (legal digest §10). Where a
// fact a sign must state is missing or non-compliant, the text says so plainly or leaves a blank
// to fill in ("＿＿＿"), and the section's to-do list explains why — it never invents a fact.
import type { Analysis } from "../analysis/types.js";
import type { Activity, Assessment } from "../model/assessment.js";
import { label } from "../model/labels.js";
import { formatDate } from "../dates/index.js";
import { faceMeasuresApply, goesAbroad, hasSeparateConsent, isProvision, isRndOnly, needsSign, needsSignage, recipientContactRequired, sensitivePi } from "../facts/activity.js";
import { clip, listEn } from "../vocab/text.js";
import { hasValidNonConsentBasis } from "../facts/lawful-basis.js";
import { toChineseNumeral } from "../law/chinese-numerals.js";

export type SignageLang = "zh-CN" | "en";

export type SignageRecipient = {
  readonly name: string;
  readonly role: string;
  readonly purpose: string;
  readonly categories: string;
  readonly country: string;
  readonly contact: string;
};

export type SignagePiRow = { readonly category: string; readonly description: string; readonly sensitive: string };

export type SignageActivity = {
  readonly n: number;
  /** Index in assessment.activities: the QR image is named `qr-<index>` by render-set. */
  readonly index: number;
  readonly heading: string;
  readonly name: string;
  readonly site: string;
  readonly usesFace: boolean;
  /** A poster and sticker are part of the section (not for R&D-only face processing). */
  readonly signs: boolean;
  readonly publicPlace: boolean;
  readonly hasVideo: boolean;
  /** The processing rests on consent (from the analysis: SignagePlan.consentForm). */
  readonly consentBased: boolean;
  /** The notice is true and complete and is printed; otherwise the to-do says what is missing. */
  readonly noticeWritten: boolean;
  /** The pages of this section, in order. */
  readonly items: readonly string[];
  readonly itemsText: string;
  /** What must be fixed or filled in before the materials are used. */
  readonly todo: readonly string[];
  readonly hasTodo: boolean;
  readonly poster: {
    readonly headline: string;
    readonly subheadline: string;
    readonly operator: string;
    readonly phone: string;
    readonly email: string;
    readonly purpose: string;
    readonly captured: string;
    readonly captureArea: string;
    readonly retention: string;
    readonly storage: string;
    readonly showAlternative: boolean;
    readonly alternative: string;
    readonly rights: string;
    readonly complaint: string;
  };
  readonly hasQr: boolean;
  readonly url: string;
  readonly qrAlt: string;
  readonly notice: {
    readonly title: string;
    readonly intro: string;
    readonly date: string;
    readonly operator: string;
    readonly address: string;
    readonly contactName: string;
    readonly phone: string;
    readonly email: string;
    readonly hasOfficer: boolean;
    readonly officer: string;
    readonly purposes: string;
    readonly purposeDetail: string;
    readonly publicPlaceNote: string;
    readonly hasPublicPlaceNote: boolean;
    readonly description: string;
    readonly method: string;
    readonly captureArea: string;
    readonly hasAutomated: boolean;
    readonly automated: string;
    readonly piRows: readonly SignagePiRow[];
    readonly sensitive: boolean;
    readonly necessity: string;
    readonly impact: readonly string[];
    readonly measures: string;
    readonly storage: string;
    readonly retention: string;
    readonly hasDeletion: boolean;
    readonly deletion: string;
    readonly rawImages: string;
    readonly hasRecipients: boolean;
    readonly recipients: readonly SignageRecipient[];
    readonly publication: string;
    readonly crossBorder: readonly string[];
    readonly alternative: string;
    readonly rightsChannels: string;
    readonly rightsContact: string;
    readonly responseDays: string;
    readonly complaint: string;
    readonly withdrawal: string;
    readonly minors: boolean;
    readonly minorsText: string;
  };
  readonly consent: {
    readonly needed: boolean;
    readonly title: string;
    readonly intro: string;
    /** One statement per separate consent, each with its own tick boxes. */
    readonly items: readonly string[];
    readonly refusal: string;
    readonly withdrawal: string;
  };
  readonly guardian: {
    readonly needed: boolean;
    readonly title: string;
    readonly intro: string;
    readonly childRules: string;
    readonly items: readonly string[];
  };
  readonly largePrint: {
    readonly needed: boolean;
    readonly title: string;
    readonly assistance: string;
  };
};

export type SignageView = {
  readonly any: boolean;
  readonly activities: readonly SignageActivity[];
  /** The activities with a poster and sticker (the posters document). */
  readonly posters: readonly SignageActivity[];
};

/** Blank line for a fact the answers do not give, with the reason it is blank. */
const BLANK = "＿＿＿＿＿＿";

const SECURITY_CONTROLS = [
  ["encryptionAtRest", "数据加密存储", "encryption at rest"],
  ["encryptionInTransit", "加密传输", "encryption in transit"],
  ["auditLogs", "安全审计", "security audit logs"],
  ["accessControl", "访问控制", "access control"],
  ["authorisationManagement", "授权管理", "authorisation management"],
  ["intrusionDetection", "入侵检测和防御", "intrusion detection and prevention"],
  ["livenessDetection", "活体检测", "liveness detection"],
  ["deidentification", "去标识化", "de-identification"],
] as const satisfies readonly (readonly [keyof Assessment["security"], string, string])[];

export { needsSign, needsSignage };

export function signageView(an: Analysis, lang: SignageLang): SignageView {
  const zh = lang === "zh-CN";
  const a = an.assessment;
  const T = (zhText: string, enText: string): string => (zh ? zhText : enText);
  const L = (kind: string, v: string): string => label(kind, v)[lang];
  const join = (xs: readonly string[]): string => (zh ? xs.join("、") : listEn(xs));
  // English labels are capitalised ("Face images"); inside a sentence they read lower-case, except
  // acronyms ("QR code"). Chinese needs neither.
  const mid = (x: string): string => (zh || !/^[A-Z][a-z]/.test(x) ? x : x.charAt(0).toLowerCase() + x.slice(1));
  const cap = (x: string): string => (zh ? x : x.charAt(0).toUpperCase() + x.slice(1));
  const labels = (kind: string, vs: readonly string[]): string => join(vs.map((v) => mid(L(kind, v))));
  const blank = (why: { zh: string; en: string }): string => (zh ? `${BLANK}（待填写：${why.zh}）` : `${BLANK} (to be completed: ${why.en})`);
  const p = a.processor;
  const rightsChannels = a.rights.channels.length > 0 ? labels("rightsChannel", a.rights.channels) : T("见联系方式", "see contact details");

  const activity = (act: Activity, index: number, n: number): SignageActivity => {
    const usesFace = act.usesFaceRecognition;
    const frm = faceMeasuresApply(act); // cite the face Measures only where they apply
    const signs = needsSign(act);
    const publicPlace = act.location.publicPlace;
    const video = act.videoSystem;
    // What the public texts may say is decided by the analysis (SignagePlan), never here.
    const plan = an.signage.find((x) => x.activity === act.id);
    if (plan === undefined) throw new Error(`no signage plan for activity "${act.id}"`);
    const consentBased = plan.consentForm;
    const s = act.storage;
    const onDevice = s.location === "on-device" && !s.internetTransmission;
    const securityOnly = act.purposes.every((x) => x === "public-security");
    const nonSecurity = labels("purpose", act.purposes.filter((x) => x !== "public-security"));
    const nonSecurityCount = act.purposes.filter((x) => x !== "public-security").length;
    const purposes = labels("purpose", act.purposes);
    const ad = act.automatedDecision;
    const optOut = ad.nonPersonalisedOption || ad.easyRefusal;
    const marketingOptOut = !ad.marketingPush
      ? { zh: "", en: "" }
      : {
          zh: `我们通过自动化决策方式向您推送信息或进行商业营销${ad.nonPersonalisedOption ? "，同时提供不针对您个人特征的选项" : ""}${ad.easyRefusal ? "，您可以随时便捷地拒绝此类推送" : ""}${optOut ? "（《个人信息保护法》第二十四条第二款）" : ""}。`,
          en: ` We send you information or marketing chosen by automated decision-making${ad.nonPersonalisedOption ? ", alongside an option not based on your personal characteristics" : ""}${ad.easyRefusal ? "; you can refuse such pushes easily at any time" : ""}${optOut ? " (PIPL Art 24 para 2)" : ""}.`,
        };
    const sensitiveCats = sensitivePi(act);
    const sensitive = labels("piCategory", sensitiveCats);
    const consentCats = sensitiveCats.length > 0 ? sensitive : labels("piCategory", act.personalInfo.map((x) => x.category));
    const alternatives = labels("alternative", act.necessity.alternatives);
    const abroad = goesAbroad(act);

    // What the stored data is called on the sign: the Measures speak of 人脸信息 (face information).
    const faceNoun = usesFace ? T("人脸信息", "Face information") : T("图像信息", "Images");
    const storeNoun = usesFace && video ? T("视频图像和人脸信息", "Video and face information") : faceNoun;
    const be = usesFace && !video ? "is" : "are";

    const where: Record<Activity["storage"]["location"], string> = {
      "on-device": T("人脸识别设备内", "on the face-recognition device"),
      "local-server": T("本单位本地服务器", "on our local server"),
      "own-cloud": T("本单位自有云平台", "on our own cloud platform"),
      "vendor-cloud": T("供应商云平台", "on a vendor's cloud platform"),
      overseas: T("境外服务器", "on servers outside mainland China"),
    };
    const storage = onDevice
      ? T(`${storeNoun}仅存储于本设备，不通过互联网对外传输`, `${storeNoun} ${be} stored only on this device and ${be} not transmitted over the internet`)
      : T(
          `${storeNoun}存储于${where[s.location]}（${s.region}），${s.internetTransmission ? "通过互联网传输" : "不通过互联网对外传输"}`,
          `${storeNoun} ${be} stored ${where[s.location]} (${s.region}) and ${be} ${s.internetTransmission ? "" : "not "}transmitted over the internet`,
        );

    const r = s.retention;
    const faceRetention =
      r.kind === "days" && (r.days ?? 0) === 0
        ? T(`${faceNoun}不予保存，使用后即删除`, `${faceNoun}: not kept; deleted right after use`)
        : r.kind === "days"
          ? T(`${faceNoun}保存 ${r.days ?? 0} 日，期满删除`, `${faceNoun}: kept for ${r.days ?? 0} days, then deleted`)
          : r.kind === "event"
            ? T(`${faceNoun}于${clip(r.event ?? "")}后 ${r.eventOffsetDays ?? 0} 日内删除`, `${faceNoun}: deleted within ${r.eventOffsetDays ?? 0} days after ${clip(r.event ?? "")}`)
            : T(`${faceNoun}保存`, `${faceNoun}: `) + blank({ zh: "目前未设定保存期限", en: "no retention period is set at present" });
    const videoRetention = video ? T(`视频图像保存 ${video.retentionDays} 日，到期删除`, `Video: kept for ${video.retentionDays} days, then deleted`) : "";
    const retention = [...(video ? [videoRetention] : []), ...(usesFace || !video ? [faceRetention] : [])].join(T("；", "; "));

    const alternative = !usesFace
      ? T("本活动不应用人脸识别技术。", "This activity does not use face recognition.")
      : isRndOnly(act)
        ? T("本活动仅用于人脸识别技术研发或算法训练，不以人脸识别验证或辨识您的身份。", "This activity serves only face-recognition R&D or algorithm training; it does not use face recognition to verify or identify you.")
        : plan.offersAlternative
        ? T(
            `如不愿使用人脸识别，可选择：${alternatives}${act.necessity.serviceConditionalOnFace ? "" : "；选择其他方式不影响您获得服务"}。`,
            `Instead of face recognition you may use: ${alternatives}.${act.necessity.serviceConditionalOnFace ? "" : " Choosing it does not affect the service you receive."}`,
          )
        : T("目前未提供人脸识别以外的其他方式。", "No alternative to face recognition is offered at present.");

    // PIPL Art 13 last para (as FR-023 applies it): a non-consent basis such as a statutory duty
    // dispenses with the Art 26 separate consent, but the sign must then name the basis, not
    // promise a consent nobody will ask for.
    const otherBases = act.lawfulBasis.filter((b) => b !== "consent");
    const statutory = publicPlace && !securityOnly && !hasSeparateConsent(act) && hasValidNonConsentBasis(act);
    const basis = join(otherBases.map((b) => mid(L("lawfulBasis", b).replace(/（第[^（）]*项）$/u, "").replace(/\s*\(Art 13\(1\)\(\d\)\)$/, ""))));
    const posterPurpose =
      publicPlace && securityOnly
        ? T("仅用于维护公共安全", "used only to maintain public security")
        : statutory
          ? T(`${purposes}（依据：${basis}）`, `${purposes} (basis: ${basis})`)
        : publicPlace && plan.promisesConsent
          ? T(
              `${act.purposes.includes("public-security") ? "维护公共安全；" : ""}${nonSecurity}（我们将事先征求您的单独同意）`,
              `${act.purposes.includes("public-security") ? "public security; " : ""}${nonSecurity} (we ask for your separate consent first)`,
            )
          : purposes;
    const publicPlaceNote = !publicPlace
      ? ""
      : securityOnly
        ? T(
            "本活动在公共场所采集图像，所收集的个人图像、身份识别信息仅用于维护公共安全，不用于其他目的（《个人信息保护法》第二十六条）。",
            "Images are captured in a public place; the images and identification data collected are used only to maintain public security and for no other purpose (PIPL Art 26).",
          )
        : statutory
          ? T(
              `本活动在公共场所采集图像。${nonSecurity}不属于维护公共安全；我们以“${basis}”为依据进行处理，依《个人信息保护法》第十三条第二款无需取得个人同意。具体的法律、行政法规依据：${clip(act.basisEvidence?.statute ?? "")}。`,
              `Images are captured in a public place. ${cap(nonSecurity)} go${nonSecurityCount === 1 ? "es" : ""} beyond public security; we rely on "${basis}", so under PIPL Art 13 para 2 your consent is not required. The specific law or regulation: ${clip(act.basisEvidence?.statute ?? "")}.`,
            )
        : plan.promisesConsent
          ? T(
            `本活动在公共场所采集图像。${nonSecurity}不属于维护公共安全，我们仅在事先取得您的单独同意后为此处理您的图像和人脸信息（《个人信息保护法》第二十六条）。`,
            `Images are captured in a public place. ${cap(nonSecurity)} go${nonSecurityCount === 1 ? "es" : ""} beyond public security; we process your images and face information for ${nonSecurityCount === 1 ? "it" : "them"} only with your separate consent given in advance (PIPL Art 26).`,
          )
          // No promise the facts do not bear out: the sign states the use; the to-do says what is missing.
          : T(
            `本活动在公共场所采集图像，并用于维护公共安全以外的目的：${nonSecurity}。`,
            `Images are captured in a public place and are also used beyond public security: ${nonSecurity}.`,
          );

    const rightsContact = a.rights.contact;
    const withdrawal = act.consent.withdrawalMethod
      ? T(
          `您可以随时撤回同意，撤回方式：${rightsChannels}（${rightsContact}）。撤回同意不影响撤回前基于同意已进行的处理活动的效力；撤回后，我们将依法删除您的人脸信息。`,
          `You may withdraw your consent at any time through: ${rightsChannels} (${rightsContact}). Withdrawal does not affect processing already carried out on the basis of your consent; after withdrawal we will delete your face information as the law requires.`,
        )
      : T("撤回同意的方式：", "How to withdraw consent: ") + blank({ zh: "目前未提供撤回同意的方式", en: "no way to withdraw consent is offered at present" });

    const measures = SECURITY_CONTROLS.filter(([k]) => a.security[k]).map(([, zhL, enL]) => T(zhL, enL));
    const impact = [
      ...(sensitiveCats.length > 0
        ? [
            T(
              `${sensitive}属于敏感个人信息，一旦泄露或者被非法使用，容易导致您的人格尊严受到侵害或者人身、财产安全受到危害。`,
              `We process the following sensitive personal information: ${sensitive}. If it were leaked or unlawfully used, your personal dignity could easily be harmed, or your personal or property safety endangered.`,
            ),
          ]
        : []),
      ...(act.subjects.minorsUnder14
        ? [T("不满十四周岁未成年人的个人信息均属于敏感个人信息。", "All personal information of children under 14 is sensitive personal information.")]
        : []),
      ...(act.automatedDecision.infersAttributes
        ? [T("从人脸推断个人特征可能使您受到差别性待遇。", "Inferring personal characteristics from your face may lead to your being treated differently.")]
        : []),
      T(
        `我们已于${formatDate(a.assessment.date, lang)}对本处理活动进行个人信息保护影响评估。`,
        `We carried out a personal information protection impact assessment of this activity on ${formatDate(a.assessment.date, lang)}.`,
      ),
    ];

    const contactRequired = recipientContactRequired;
    const crossBorder = !abroad
      ? [T("我们不向中华人民共和国境外提供您的个人信息。", "We do not provide your personal information outside mainland China.")]
      : [
          ...(s.location === "overseas" ? [T(`您的个人信息存储于境外（${s.region}）。`, `Your personal information is stored outside mainland China (${s.region}).`)] : []),
          ...(act.crossBorder.accessFromAbroad
            ? [T("位于境外的人员或服务商可以查看、调取您的个人信息。", "Staff or service providers outside mainland China can view or retrieve your personal information.")]
            : []),
          ...act.recipients
            .filter((x) => x.country.trim().toUpperCase() !== "CN")
            .map((x) =>
              T(
                `境外接收方：${x.name}（${L("country", x.country)}）；目的：${clip(x.purpose)}；个人信息种类：${labels("piCategory", x.categories)}；联系方式：${BLANK}（待填写）。`,
                `Overseas recipient: ${x.name} (${L("country", x.country)}); purpose: ${clip(x.purpose)}; categories: ${labels("piCategory", x.categories)}; contact: ${BLANK} (to be completed).`,
              ),
            ),
          T(
            "您可以通过本告知书所列联系方式，向境外接收方行使《个人信息保护法》规定的权利（第三十九条）。",
            "You may exercise your PIPL rights against the overseas recipient through the contact details in this notice (PIPL Art 39).",
          ),
        ];

    // Separate consents, one statement each (PIPL Arts 23, 25, 26, 29, 39; Measures Art 8).
    const consentItems = (who: { zh: string; en: string }): string[] => {
      const cats = (xs: readonly string[]): string => labels("piCategory", xs);
      const out = [T(`${p.name}为${purposes}处理${who.zh}的${consentCats}`, `Processing of ${who.en} ${consentCats} by ${p.name} for ${purposes}`)];
      if (frm && !onDevice)
        out.push(
          T(
            `${who.zh}的人脸信息存储于${where[s.location]}（${s.region}）${s.internetTransmission ? "并通过互联网传输" : ""}`,
            `Storage of ${who.en} face information ${where[s.location]} (${s.region})${s.internetTransmission ? ", with transmission over the internet" : ""}`,
          ),
        );
      for (const x of act.recipients.filter(isProvision))
        out.push(
          T(
            `向${x.name}提供${who.zh}的${cats(x.categories)}（用途：${clip(x.purpose)}）`,
            `Provision of ${who.en} ${cats(x.categories)} to ${x.name} (purpose: ${clip(x.purpose)})`,
          ),
        );
      if (abroad) out.push(T(`向中华人民共和国境外提供${who.zh}的个人信息`, `Provision of ${who.en} personal information outside mainland China`));
      if (act.publication.published) out.push(T(`公开${who.zh}的人脸图像或人脸信息`, `Publication of ${who.en} face images or face information`));
      if (publicPlace && !securityOnly)
        out.push(
          T(
            `将在公共场所采集的${who.zh}的图像和人脸信息用于${nonSecurity}（维护公共安全以外的目的）`,
            `Use of ${who.en} images and face information captured in the public place for ${nonSecurity} (beyond public security)`,
          ),
        );
      return out;
    };

    // The forms and the large-print copy refer to the notice: withheld with it.
    const noticeWritten = plan.noticeWritten;
    const consentNeeded = plan.consentForm && noticeWritten;
    const guardianNeeded = plan.guardianForm && noticeWritten;
    const largePrintNeeded = (act.subjects.elderly || act.subjects.disabled) && noticeWritten;
    const hasQr = act.notice.url !== undefined;
    const noticeTitle = usesFace ? T("人脸信息处理告知书", "Notice of Face Information Processing") : T("图像采集告知书", "Notice of Image Capture");

    // What must be done before these texts may be used: decided by the analysis from the findings.
    const todo: string[] = an.signageTodo.filter((x) => x.activity === act.id).map((x) => x.text[lang]);

    const items = [
      ...(signs ? [T("入口海报和贴纸（另册《人脸识别显著提示标识》）", "Entrance poster and sticker (in the separate Face-Recognition Signs)")] : []),
      ...(noticeWritten ? [noticeTitle] : []),
      ...(consentNeeded ? [T("单独同意书", "Separate-consent form")] : []),
      ...(guardianNeeded ? [T("监护人同意书", "Guardian-consent form")] : []),
      ...(largePrintNeeded ? [T("大字版告知书", "Large-print notice")] : []),
    ];

    return {
      n,
      index,
      heading: zh ? `${toChineseNumeral(n)}、${act.name}` : `${n} ${act.name}`,
      name: act.name,
      site: act.location.site,
      usesFace,
      signs,
      publicPlace,
      hasVideo: video !== null,
      consentBased,
      noticeWritten,
      items,
      itemsText: join(items),
      todo,
      hasTodo: todo.length > 0,
      poster: {
        // English headlines stay short enough for one line at poster size.
        headline: usesFace ? T("人脸识别区域", "Face Recognition") : T("图像采集区域", "Image Capture"),
        subheadline:
          publicPlace || video
            ? T("您已进入图像采集区域", "You have entered an image-capture area")
            : T("本区域设有人脸识别设备", "Face-recognition devices operate in this area"),
        operator: p.name,
        phone: p.contactPhone,
        email: p.contactEmail,
        purpose: posterPurpose,
        captured: cap(labels("piCategory", act.personalInfo.map((x) => x.category))),
        captureArea: act.location.captureArea,
        retention,
        storage,
        showAlternative: usesFace && !isRndOnly(act),
        alternative,
        rights: rightsContact,
        complaint: a.rights.complaintChannel,
      },
      hasQr,
      url: act.notice.url ?? "",
      qrAlt: T(`${noticeTitle}二维码`, `QR code: ${noticeTitle}`),
      notice: {
        title: noticeTitle,
        intro: T(
          `${p.name}（以下简称“我们”）在${act.location.site}开展“${act.name}”处理活动。根据《个人信息保护法》第十七条、第三十条${frm ? "和《人脸识别技术应用安全管理办法》第五条" : ""}，现将有关事项告知如下。`,
          `${p.name} ("we") carries out the processing activity "${act.name}" at ${act.location.site}. This notice explains how we handle your personal information in doing so, as Articles 17 and 30 of the Personal Information Protection Law${frm ? " and Article 5 of the Face Recognition Measures" : ""} require.`,
        ),
        date: formatDate(a.assessment.date, lang),
        operator: p.name,
        address: p.address,
        contactName: p.contactName,
        phone: p.contactPhone,
        email: p.contactEmail,
        hasOfficer: p.piOfficer !== null,
        officer: p.piOfficer ? `${p.piOfficer.name}${T("（", " (")}${p.piOfficer.contact}${T("）", ")")}` : "",
        purposes: cap(purposes),
        purposeDetail: act.purposeDetail,
        publicPlaceNote,
        hasPublicPlaceNote: publicPlace,
        description: act.description,
        method: L("matchingMode", act.matchingMode),
        captureArea: act.location.captureArea,
        hasAutomated: act.automatedDecision.used || act.automatedDecision.marketingPush,
        automated: T(
          `我们利用您的个人信息进行自动化决策${act.automatedDecision.infersAttributes ? "，包括从人脸推断个人特征" : ""}。您有权要求我们予以说明，并有权拒绝我们仅通过自动化决策的方式作出对您个人权益有重大影响的决定（《个人信息保护法》第二十四条）。${marketingOptOut.zh}`,
          `We use your personal information for automated decision-making${act.automatedDecision.infersAttributes ? ", including inferring personal characteristics from your face" : ""}. You may ask us to explain, and may refuse decisions with a major effect on your rights made solely by automated means (PIPL Art 24).${marketingOptOut.en}`,
        ),
        piRows: act.personalInfo.map((x) => ({
          category: L("piCategory", x.category),
          description: x.description ?? "—",
          sensitive: sensitivePi(act).includes(x.category) ? T("是", "Yes") : T("否", "No"),
        })),
        sensitive: sensitive.length > 0 || act.subjects.minorsUnder14,
        // The public statement, never the internal justification (which may record doubts).
        necessity: act.public?.necessityStatement ?? "",
        impact,
        measures: measures.length > 0 ? cap(join(measures)) : blank({ zh: "评估时未填报已落实的安全措施", en: "no security measures were reported in place" }),
        storage: `${storage}${T("。", ".")}`,
        retention,
        // The deletion method as published, never the internal remark (e.g. "no deletion mechanism yet").
        hasDeletion: (act.public?.deletionAsPublished ?? "").trim() !== "",
        deletion: act.public?.deletionAsPublished ?? "",
        rawImages: T(
          `比对完成后${s.rawImagesKept ? "保留" : "不保留"}原始人脸图像；人脸信息${s.templatesSeparate ? "与身份信息分开存储" : "未与身份信息分开存储"}。`,
          `Raw face images are ${s.rawImagesKept ? "kept" : "not kept"} after matching; face information is ${s.templatesSeparate ? "" : "not "}stored apart from identity information.`,
        ),
        hasRecipients: act.recipients.length > 0,
        recipients: act.recipients.map((x) => ({
          name: x.name,
          role: L("recipientRole", x.role) + (x.role === "entrusted" && isProvision(x) ? T("（同时为自身目的使用）", " (also for its own purposes)") : ""),
          purpose: x.purpose,
          categories: cap(labels("piCategory", x.categories)),
          country: L("country", x.country),
          // The answers hold no recipient contact; PIPL Arts 23 and 39 require it for provision and transfers abroad.
          contact: contactRequired(x) ? BLANK : "—",
        })),
        publication: plan.publicationWithConsent
          ? T("我们将公开您的人脸图像或人脸信息，公开前将取得您的单独同意（《个人信息保护法》第二十五条）。", "We will make your face images or face information public, only with your separate consent (PIPL Art 25).")
          : act.publication.published
            ? T("我们公开您的人脸图像或人脸信息。", "We make your face images or face information public.")
            : T("我们不公开您的人脸图像或人脸信息。", "We do not make your face images or face information public."),
        crossBorder,
        alternative,
        rightsChannels,
        rightsContact,
        responseDays: String(a.rights.responseDays),
        complaint: clip(a.rights.complaintChannel),
        withdrawal,
        minors: act.subjects.minorsUnder14,
        minorsText: act.subjects.minorsUnder14
          ? consentBased
            ? T(
                `本活动可能处理不满十四周岁未成年人的${usesFace ? "人脸信息" : "个人信息"}。处理前须取得其父母或者其他监护人的同意（《个人信息保护法》第三十一条${frm ? "，办法第七条" : ""}），监护人可通过监护人同意书表示同意或者不同意。`,
                `This activity may process the ${usesFace ? "face" : "personal"} information of children under 14. A parent or other guardian must consent first (PIPL Art 31${frm ? "; Face Measures Art 7" : ""}); guardians give or refuse consent on the guardian-consent form.`,
              )
            : T(
                "本活动可能处理不满十四周岁未成年人的个人信息。不满十四周岁未成年人的个人信息属于敏感个人信息（《个人信息保护法》第二十八条）。",
                "This activity may process personal information of children under 14, which is sensitive personal information (PIPL Art 28).",
              )
          : T("本活动的处理对象不包括不满十四周岁的未成年人。", "This activity does not process personal information of children under 14."),
      },
      consent: {
        needed: consentNeeded,
        title: usesFace ? T("人脸信息处理单独同意书", "Separate Consent to Face Information Processing") : T("个人信息处理单独同意书", "Separate Consent to Personal Information Processing"),
        intro: T(
          `本同意书仅就“${act.name}”中处理您的${consentCats}征求您的同意，与其他服务条款或授权分开签署。请在阅读《${noticeTitle}》后，对下列每一事项分别勾选“同意”或“不同意”（《个人信息保护法》第十四条、第二十九条）。`,
          `This form asks only for your consent to processing your ${consentCats} in "${act.name}" and is signed apart from any other terms or authorisation. After reading the ${noticeTitle}, tick "I agree" or "I do not agree" for each item below (PIPL Arts 14 and 29).`,
        ),
        items: consentItems({ zh: "本人", en: "my" }),
        refusal: alternative,
        withdrawal,
      },
      guardian: {
        needed: guardianNeeded,
        title: T("不满十四周岁未成年人人脸信息处理监护人同意书", "Guardian Consent for a Child Under 14"),
        intro: T(
          `处理不满十四周岁未成年人的个人信息，应当取得其父母或者其他监护人的同意（《个人信息保护法》第三十一条${frm ? "，《人脸识别技术应用安全管理办法》第七条" : ""}）。本同意书由儿童的监护人在阅读《${noticeTitle}》后填写，对下列每一事项分别勾选。`,
          `Processing the personal information of a child under 14 requires the consent of a parent or other guardian (PIPL Art 31${frm ? "; Face Measures Art 7" : ""}). The child's guardian completes this form after reading the ${noticeTitle}, ticking each item separately.`,
        ),
        childRules: act.consent.childRules
          ? T(
              `我们已制定专门的未成年人个人信息处理规则，${hasQr ? `可通过 ${act.notice.url ?? ""} 查阅` : "可向我们索取"}。`,
              `We have adopted dedicated processing rules for children's personal information; ${hasQr ? `read them at ${act.notice.url ?? ""}` : "ask us for a copy"}.`,
            )
          : T("专门的未成年人个人信息处理规则：", "Dedicated processing rules for children: ") +
            blank({ zh: "尚未制定，须在收集前提供给监护人", en: "not yet adopted; give them to the guardian before collection" }),
        items: consentItems({ zh: "该儿童", en: "the child's" }),
      },
      largePrint: {
        needed: largePrintNeeded,
        title: T(`${noticeTitle}（大字版）`, `${noticeTitle} (Large Print)`),
        assistance: T(
          `如阅读有困难，可联系 ${p.contactPhone} 要求工作人员协助说明。`,
          `If you have difficulty reading this notice, call ${p.contactPhone} and ask for it to be explained.`,
        ),
      },
    };
  };

  const chosen = a.activities.map((act, index) => ({ act, index })).filter(({ act }) => needsSignage(act));
  const activities = chosen.map(({ act, index }, i) => activity(act, index, i + 1));
  // The posters document: the activities that get a poster and sticker, in order.
  return { any: chosen.length > 0, activities, posters: activities.filter((x) => x.signs) };
}
