// Whether the face-recognition Measures apply to each activity (FRM Art 2, incl. the R&D exclusion).
import type { Assessment } from "../model/assessment.js";
import type { Applicability } from "./types.js";
import { faceMeasuresApply, isRndOnly } from "../facts/activity.js";

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
