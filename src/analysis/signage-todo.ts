// What must be done before an activity's signage and notices may be used: one item per open finding
// that bears on the public texts (read from the findings, never re-derived), plus drafting steps the
// documents leave blank. The signage documents print exactly these items (Analysis.signageTodo).
import type { Activity, Assessment } from "../model/assessment.js";
import type { Bilingual, Finding, MissingPublicText, SignagePlan, SignageTodo } from "../vocab/types.js";
import { faceMeasuresApply, hasSeparateConsent, needsSign, needsSignage, processesSensitivePi, recipientContactRequired } from "../facts/activity.js";
import { label } from "../model/labels.js";
import { bi } from "../vocab/text.js";
import { reliesOnConsent } from "../facts/lawful-basis.js";

type Ctx = { readonly act: Activity; readonly frm: boolean; readonly signs: boolean; readonly f: Finding };

const lower = (s: string): string => (/^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);

/** Separate consent is recorded, but not confirmed to reach everyone captured: the sign makes no consent promise. */
const CONSENT_NOT_BEFORE_CAPTURE: Bilingual = bi(
  "海报和告知书未写“事先征求您的单独同意”：现有事实未表明在采集每个人的人脸之前取得其单独同意（例如只有已登记会员同意，却抓拍所有进入者比对）。在采集前取得单独同意的流程建立之前，维护公共安全以外的用途不得对未同意者进行（《个人信息保护法》第二十六条）。",
  "The poster and notice do not say that separate consent is sought first: it is not established that each person consents before their face is captured (e.g. enrolled members consented, but everyone entering is captured and matched). Until consent is obtained before capture, the uses beyond public security must not be applied to people who have not consented (PIPL Art 26).",
);

/** Wording per rule; a rule absent here does not bear on the public texts. */
const BY_RULE: Readonly<Record<string, (c: Ctx) => Bilingual | readonly Bilingual[] | null>> = {
  "FR-026": ({ act, frm }) => {
    const place = label("privateSpace", act.location.privateSpace);
    return bi(
      `设备安装在${place["zh-CN"]}内，属于禁止安装图像采集设备的私密空间（${frm ? "《人脸识别技术应用安全管理办法》第十三条，" : ""}《公共安全视频图像信息系统管理条例》第八条）：应拆除该设备，张贴标识不能使其合法；本节材料只适用于私密空间以外的设备。`,
      `A device is installed inside a private space (${lower(place.en)}) where image capture is prohibited (${frm ? "Face Measures Art 13; " : ""}PSVS Art 8): remove it — a sign does not make it lawful. This section's materials apply only to devices outside the private space.`,
    );
  },
  "FR-024": ({ act, signs }) =>
    !signs
      ? null
      : !act.signage.present
        ? bi("现场尚未设置提示标识：应在进入采集区域之前张贴本节海报。", "No sign is posted on site yet: post this section's poster before the capture area.")
        : bi("现有标识未设在采集区域之前：海报应在个人进入摄像头视野之前即可看到。", "The existing sign is not placed before the capture area: the poster must be readable before people enter the camera's field of view."),
  "FR-025": ({ frm, signs }) =>
    !signs
      ? null
      : bi(
          `采集区域未合理限定（${frm ? "《人脸识别技术应用安全管理办法》第十三条" : "《公共安全视频图像信息系统管理条例》第十三条"}）：调整设备位置、角度和范围后，按实际情况更新海报上的采集区域。`,
          `The capture area is not reasonably bounded (${frm ? "Face Measures Art 13" : "PSVS Art 13"}): after adjusting device position, angle and range, update the capture area on the poster.`,
        ),
  "FR-007": () =>
    bi(
      "存在其他方式可实现相同目的，不得将人脸识别作为唯一验证方式（办法第十条）：提供替代方式后，在海报和告知书中写明。",
      "Another method can achieve the same purpose, so face recognition may not be the only method (Face Measures Art 10): add an alternative, then name it on the poster and in the notice.",
    ),
  "FR-017": ({ f }) =>
    f.at.endsWith(".kind")
      ? bi(
          "未设定保存期限：确定为实现目的所必需的最短期限并填入空白处后方可使用（《个人信息保护法》第十九条，办法第八条）。",
          "No retention period is set: fix the shortest period the purpose needs and fill in the blank before use (PIPL Art 19; Face Measures Art 8).",
        )
      : f.at.endsWith(".purposeDays")
        ? bi(
            "人脸信息长期保存却未说明理由：确定实现目的所必需的最短期限（或写明规定该期限的法律、行政法规），缩短后再印制告知书（《个人信息保护法》第十九条，办法第八条）。",
            "Face data is kept for a long time with no stated reason: fix the shortest period the purpose needs (or name the law or administrative regulation that sets it) and shorten it before printing the notice (PIPL Art 19; Face Measures Art 8).",
          )
        : bi(
            "人脸信息的保存期限超过实现目的所必需的时间：缩短期限后再印制告知书（《个人信息保护法》第十九条，办法第八条）。",
            "Face data is kept longer than the purpose needs: shorten the period before printing the notice (PIPL Art 19; Face Measures Art 8).",
          ),
  "FR-045": () =>
    bi(
      "通过自动化决策推送信息或营销，但未提供不针对个人特征的选项或便捷的拒绝方式（《个人信息保护法》第二十四条第二款）：提供其一后，在告知书中写明。",
      "Pushes or marketing are decided by automated means with neither a non-personalised option nor an easy way to refuse (PIPL Art 24 para 2): offer one, then state it in the notice.",
    ),
  "FR-029": ({ act }) =>
    act.videoSystem !== null && act.videoSystem.retentionDays < 30
      ? bi(
          `视频图像保存 ${act.videoSystem.retentionDays} 日，少于《公共安全视频图像信息系统管理条例》第十七条要求的 30 日。`,
          `Video is kept for ${act.videoSystem.retentionDays} days, less than the 30 days PSVS Art 17 requires.`,
        )
      : null,
  "FR-016": () =>
    bi(
      "人脸信息未存储于设备内，且未取得单独同意或写明法律、行政法规依据（办法第八条）：改为设备内存储，或取得单独同意，或写明具体的法律依据；在此之前暂停该项处理。",
      "Face information is kept off the device without separate consent or a named law (Face Measures Art 8): store it on the device, obtain separate consent, or name the law; suspend that processing until then.",
    ),
  "FR-042": () =>
    bi(
      "所主张的合法性基础不成立（《个人信息保护法》第十三条）：告知书须写明真实的处理依据——写明具体法律、行政法规条款，或改为以单独同意为基础并允许拒绝。",
      "The lawful basis claimed does not hold (PIPL Art 13): the notice must state the real basis — name the specific law or regulation, or rely on separate consent and let people refuse.",
    ),
  "FR-023": ({ act }) =>
    hasSeparateConsent(act)
      ? act.public?.consentBeforeCapture === true
        ? null
        : CONSENT_NOT_BEFORE_CAPTURE
      : bi(
          "公共场所采集的图像用于维护公共安全以外的目的，但未取得单独同意：该用途在建立单独同意流程之前不得进行，海报不得作出与事实不符的承诺（《个人信息保护法》第二十六条）。",
          "Images captured in a public place serve purposes beyond public security without separate consent: that use may not run until a separate-consent process exists, and the poster must not promise what is not done (PIPL Art 26).",
        ),
  "FR-010": () =>
    bi(
      "现有同意与其他授权捆绑，不是单独同意：用本节单独同意书取代（《个人信息保护法》第二十九条）。",
      "Existing consent is bundled with other authorisations, not separate consent: replace it with this section's separate-consent form (PIPL Art 29).",
    ),
  "FR-012": ({ f }) =>
    f.at.endsWith(".withdrawalMethod")
      ? bi("未提供撤回同意的方式：在同意书空白处填写（《个人信息保护法》第十五条）。", "No way to withdraw consent is offered: fill in the blank in the consent form (PIPL Art 15).")
      : f.at.endsWith(".form")
        ? bi(
            "尚未取得单独同意：用本节单独同意书取得后方可处理（《个人信息保护法》第二十九条）。",
            "Separate consent has not been obtained: collect it with this section's separate-consent form before processing (PIPL Art 29).",
          )
        : null,
  "FR-013": ({ act }) => [
    ...(reliesOnConsent(act) && !act.consent.guardianConsent
      ? [
          bi(
            "尚未取得监护人同意：用本节监护人同意书取得同意后，方可处理不满十四周岁未成年人的个人信息（《个人信息保护法》第三十一条，办法第七条）。",
            "Guardian consent has not been obtained: collect it with this section's guardian-consent form before processing the PI of children under 14 (PIPL Art 31; Face Measures Art 7).",
          ),
        ]
      : []),
    ...(!act.consent.childRules
      ? [
          bi(
            "尚未制定专门的未成年人个人信息处理规则（《个人信息保护法》第三十一条第二款）：制定后随告知书一并提供。",
            "No dedicated processing rules for children exist yet (PIPL Art 31 para 2): adopt them and hand them out with the notice.",
          ),
        ]
      : []),
  ],
  "FR-032": ({ act }) =>
    act.publication.published && !act.publication.separateConsent
      ? bi(
          "公开人脸图像或人脸信息未取得单独同意（《个人信息保护法》第二十五条）：取得单独同意之前不得公开。",
          "Face images or information are published without separate consent (PIPL Art 25): do not publish until separate consent is in place.",
        )
      : null,
  "FR-015": ({ frm }) =>
    frm
      ? bi(
          "尚无面向老年人、残疾人的无障碍告知（办法第五条）：使用本节大字版告知书，并提供协助说明。",
          "There is no accessible notice for elderly or disabled people (Face Measures Art 5): use this section's large-print notice and offer assistance.",
        )
      : null,
};

/** Uses beyond public security in a public place (PIPL Art 26). */
function beyondSecurityInPublic(act: Activity): boolean {
  return act.location.publicPlace && act.purposes.some((p) => p !== "public-security");
}

/** Public statements the notice must carry and the answers do not give. */
function missingPublicTexts(act: Activity): MissingPublicText[] {
  const given = (s: string | undefined): boolean => s !== undefined && s.trim() !== "";
  // PIPL Art 30 (and FRM Art 5(3)): a notice about sensitive PI states the necessity and the impact.
  return processesSensitivePi(act) && !given(act.public?.necessityStatement) ? ["necessity-statement"] : [];
}

/** What each activity's public documents may print (see SignagePlan). */
export function signagePlan(a: Assessment): SignagePlan[] {
  return a.activities.filter(needsSignage).map((act) => {
    const missing = missingPublicTexts(act);
    const consentForm = reliesOnConsent(act);
    return {
      activity: act.id,
      consentForm,
      guardianForm: consentForm && act.subjects.minorsUnder14,
      noticeWritten: missing.length === 0,
      missing,
      promisesConsent: beyondSecurityInPublic(act) && hasSeparateConsent(act) && act.public?.consentBeforeCapture === true,
      offersAlternative: act.necessity.alternatives.length > 0 && act.necessity.alternativeOnRefusal,
      publicationWithConsent: act.publication.published && act.publication.separateConsent,
    };
  });
}

/** Drafting steps that rest on no finding: blanks the documents leave for the operator to fill. */
function draftingSteps(act: Activity, fr023Open: boolean): SignageTodo[] {
  const out: SignageTodo[] = [];
  const frm = faceMeasuresApply(act);
  if (missingPublicTexts(act).includes("necessity-statement"))
    out.push({
      activity: act.id,
      ruleId: null,
      text: bi(
        `告知书暂不生成：尚未撰写对外说明的处理敏感个人信息的必要性及对个人权益的影响（《个人信息保护法》第三十条${frm ? "，《人脸识别技术应用安全管理办法》第五条" : ""}）。内部评估意见不能直接用作告知内容；撰写真实、准确、完整的对外表述后重新生成告知书及同意书。`,
        `The notice is not written yet: there is no public statement of why the sensitive information is necessary and how it affects people (PIPL Art 30${frm ? "; Face Measures Art 5" : ""}). Internal assessment remarks cannot serve as the notice; write a true, accurate and complete public statement, then generate the notice and consent forms again.`,
      ),
    });
  if (beyondSecurityInPublic(act) && hasSeparateConsent(act) && act.public?.consentBeforeCapture !== true && !fr023Open)
    out.push({ activity: act.id, ruleId: null, text: CONSENT_NOT_BEFORE_CAPTURE });
  if (act.recipients.some(recipientContactRequired))
    out.push({
      activity: act.id,
      ruleId: null,
      text: bi(
        "告知书中接收方的联系方式留有空白：向其他个人信息处理者提供或向境外提供的，应告知接收方的名称和联系方式（《个人信息保护法》第二十三条、第三十九条）。",
        "The recipients' contact details are blank in the notice: provision to another processor or abroad requires telling people the recipient's name and contact details (PIPL Arts 23 and 39).",
      ),
    });
  return out;
}

export function signageTodo(a: Assessment, findings: readonly Finding[]): SignageTodo[] {
  const out: SignageTodo[] = [];
  for (const act of a.activities) {
    if (!needsSignage(act)) continue;
    const frm = faceMeasuresApply(act);
    const signs = needsSign(act);
    const seen = new Set<string>();
    for (const f of findings) {
      if (f.satisfied || f.activity !== act.id) continue;
      const word = BY_RULE[f.ruleId];
      const said = word?.({ act, frm, signs, f }) ?? null;
      const texts: readonly Bilingual[] = said === null ? [] : "zh-CN" in said ? [said] : said;
      for (const text of texts) {
        if (text["zh-CN"] === "" || seen.has(text["zh-CN"])) continue;
        seen.add(text["zh-CN"]);
        out.push({ activity: act.id, ruleId: f.ruleId, text });
      }
    }
    out.push(...draftingSteps(act, findings.some((f) => f.ruleId === "FR-023" && !f.satisfied && f.activity === act.id)));
  }
  return out;
}
