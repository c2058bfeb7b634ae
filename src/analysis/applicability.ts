// Whether the face-recognition Measures apply to each activity (FRM Art 2, incl. the R&D exclusion).
import type { Assessment } from "../model/assessment.js";
import type { Applicability } from "./types.js";
import { analysisOnly, faceMeasuresApply, isRndOnly } from "../facts/activity.js";

export function applicability(a: Assessment): Applicability[] {
  return a.activities.map((act) => {
    if (!act.usesFaceRecognition)
      return {
        activity: act.id,
        faceMeasuresApply: false,
        reason: {
          "zh-CN": "该活动未应用人脸识别技术，《人脸识别技术应用安全管理办法》不适用；仍适用《个人信息保护法》。",
          en: "The activity does not use face-recognition technology, so the Face Recognition Measures do not apply; PIPL still does.",
        },
      };
    if (isRndOnly(act))
      return {
        activity: act.id,
        faceMeasuresApply: false,
        reason: {
          "zh-CN": "仅为人脸识别技术研发、算法训练处理人脸信息，依《人脸识别技术应用安全管理办法》第二条第二款不适用该办法；仍须遵守《个人信息保护法》关于敏感个人信息的规定。",
          en: "Face information is processed only for face-recognition R&D or algorithm training, which FRM Art 2 para 2 excludes; PIPL's sensitive-PI rules still apply.",
        },
      };
    if (analysisOnly(act))
      return {
        activity: act.id,
        faceMeasuresApply: false,
        reason: {
          "zh-CN": "该活动只对人脸进行属性分析（如情绪、年龄、性别或客流统计），不验证或辨识个人身份；《人脸识别技术应用安全管理办法》第十九条第（三）项所称人脸识别技术指识别个人身份的技术，故该办法不适用，但《个人信息保护法》关于敏感个人信息的规定（第二十八条至第三十二条）完全适用。",
          en: "The activity only analyses faces (emotion, age, gender or footfall) and verifies or identifies no one; the Face Recognition Measures (Art 19(3)) define face recognition as identifying a person, so they do not apply, while PIPL's sensitive-PI rules (Arts 28-32) apply in full.",
        },
      };
    return {
      activity: act.id,
      faceMeasuresApply: faceMeasuresApply(act),
      reason: {
        "zh-CN": "在中华人民共和国境内应用人脸识别技术处理人脸信息，适用《人脸识别技术应用安全管理办法》（2025年6月1日起施行）。",
        en: "Face-recognition technology is used to process face information in the PRC, so the Face Recognition Measures (in force 1 June 2025) apply.",
      },
    };
  });
}
