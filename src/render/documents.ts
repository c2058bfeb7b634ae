// The document set: which documents exist, when each is written, and its title and layout.
import type { Analysis } from "../analysis/types.js";
import type { Bilingual } from "../analysis/types.js";
import { needsSign } from "../facts/activity.js";

export type DocumentSpec = {
  readonly id: "report" | "records" | "signage" | "posters" | "filing";
  readonly title: (an: Analysis) => Bilingual;
  readonly orientation: "portrait" | "landscape";
  /** Written only when this holds (the filing pack needs 100,000 stored faces). */
  readonly when: (an: Analysis) => boolean;
  /** A wall document: no running header, classification or page number; paper size from --poster-size. */
  readonly wall?: boolean;
};

export const DOCUMENTS: readonly DocumentSpec[] = [
  {
    id: "report",
    title: (an) => ({ "zh-CN": an.assessment.assessment.title, en: "Personal Information Protection Impact Assessment Report" }),
    orientation: "portrait",
    when: () => true,
  },
  {
    id: "records",
    title: () => ({ "zh-CN": "个人信息处理情况记录", en: "Records of Personal Information Processing" }),
    orientation: "landscape",
    when: () => true,
  },
  {
    id: "signage",
    title: () => ({ "zh-CN": "人脸识别告知书及同意书", en: "Face-Recognition Notices and Consent Forms" }),
    orientation: "portrait",
    when: () => true,
  },
  {
    // Posters and stickers, one per page, to print and hang: kept apart from the notices so a site
    // prints only these, without the report's header, classification or page numbers.
    id: "posters",
    title: () => ({ "zh-CN": "人脸识别显著提示标识", en: "Face-Recognition Signs" }),
    orientation: "portrait",
    when: (an) => an.assessment.activities.some(needsSign),
    wall: true,
  },
  {
    id: "filing",
    title: () => ({ "zh-CN": "人脸识别技术应用备案材料", en: "Face-Recognition Application Filing Pack" }),
    orientation: "portrait",
    when: (an) => an.dates.filing.required,
  },
];

export const DOCUMENT_IDS = DOCUMENTS.map((d) => d.id);
