// Closed vocabularies of the answers file. Each list is `as const` so the zod schema, the
// questionnaire's choices and the templates' labels all derive from the same values.

export const SCENARIOS = [
  "residential", // 住宅小区
  "office", // 办公场所 / 考勤
  "sales-office", // 售楼处
  "retail", // 商场、超市、门店
  "hotel", // 宾馆、酒店、民宿
  "school", // 学校、教育培训机构
  "hospital", // 医疗机构
  "bank", // 银行、金融网点
  "transport-hub", // 车站、机场、码头等交通枢纽
  "venue", // 体育场馆、健身房、文化娱乐场所
  "park", // 公园、旅游景区
  "government", // 政务服务大厅
  "online-app", // 线上应用
  "rnd", // 人脸识别技术研发、算法训练
  "other",
] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const PURPOSES = [
  "public-security",
  "identity-verification",
  "attendance",
  "payment",
  "access-control",
  "marketing-analytics",
  "customer-attribution",
  "rnd",
] as const;
export type Purpose = (typeof PURPOSES)[number];

export const MATCHING_MODES = ["one-to-one", "one-to-many", "attribute-analysis"] as const;
export type MatchingMode = (typeof MATCHING_MODES)[number];

/** Private spaces in which image capture is prohibited (办法 Art 13; PSVS Art 8). */
export const PRIVATE_SPACES = [
  "none",
  "hotel-room",
  "private-dining-room",
  "public-bath",
  "toilet",
  "changing-room",
  "fitting-room",
  "nursing-room",
  "dormitory-room",
  "staff-rest-room",
  "other-private",
] as const;
export type PrivateSpace = (typeof PRIVATE_SPACES)[number];

export const ALTERNATIVES = [
  "access-card",
  "password",
  "qr-code",
  "id-document-check",
  "manual-check",
  "fingerprint",
  "sms-code",
  "other",
] as const;
export type Alternative = (typeof ALTERNATIVES)[number];

/** PIPL Art 13 para 1 items (1)–(7). */
export const LAWFUL_BASES = [
  "consent", // (一)
  "contract-or-hr", // (二)
  "legal-duty", // (三)
  "emergency", // (四)
  "news-reporting", // (五)
  "public-information", // (六)
  "other-law", // (七)
] as const;
export type LawfulBasis = (typeof LAWFUL_BASES)[number];

export const CONSENT_FORMS = ["separate", "written", "bundled", "none"] as const;
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export const SUBJECT_CATEGORIES = [
  "employees",
  "customers",
  "residents",
  "visitors",
  "students",
  "patients",
  "other",
] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

export const PI_CATEGORIES = [
  "face-image",
  "face-template",
  "identity-document",
  "name",
  "phone",
  "location-track",
  "video",
  "employee-number",
  "payment-account",
  "health",
  "biometric-other", // 人脸以外的生物识别信息：指纹、声纹、虹膜、掌纹、步态等
  "other",
] as const;
export type PiCategory = (typeof PI_CATEGORIES)[number];

/**
 * Categories that PIPL Art 28 para 1 names as sensitive (biometrics, medical and health, financial
 * accounts, whereabouts): sensitive whatever the answers' `sensitive` flag says. All PI of children
 * under 14 is sensitive too; that depends on the subjects, not the category (src/facts/activity.ts).
 */
export const SENSITIVE_BY_NATURE: readonly PiCategory[] = [
  "face-image",
  "face-template",
  "biometric-other",
  "location-track",
  "payment-account",
  "health",
];

/** Face information: kept with the face rules (FR-007 to FR-035), never reported again by the general sensitive-PI rules. */
export const FACE_CATEGORIES: readonly PiCategory[] = ["face-image", "face-template"];

export const STORAGE_LOCATIONS = [
  "on-device",
  "local-server",
  "own-cloud",
  "vendor-cloud",
  "overseas",
] as const;
export type StorageLocation = (typeof STORAGE_LOCATIONS)[number];

export const RECIPIENT_ROLES = ["entrusted", "third-party", "joint"] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

export const CROSS_BORDER_ROUTES = [
  "none",
  "security-assessment",
  "standard-contract",
  "certification",
  "other",
] as const;
export type CrossBorderRoute = (typeof CROSS_BORDER_ROUTES)[number];

export const NOTICE_CHANNELS = [
  "signage",
  "notice-board",
  "app",
  "website",
  "contract",
  "employee-handbook",
  "verbal",
  "other",
] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** Items a notice must carry: PIPL Art 17 (1)–(3), Art 30, 办法 Art 5. */
export const NOTICE_ITEMS = [
  "processor-identity", // 处理者名称和联系方式 (Art 17(1))
  "purpose", // 处理目的 (Art 17(2))
  "method", // 处理方式 (Art 17(2))
  "categories", // 个人信息种类 (Art 17(2))
  "retention", // 保存期限 (Art 17(2))
  "rights", // 行使权利的方式和程序 (Art 17(3))
  "necessity", // 处理敏感个人信息的必要性 (Art 30)
  "impact", // 对个人权益的影响 (Art 30)
] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];

export const RIGHTS_CHANNELS = ["email", "phone", "in-person", "online-form", "app", "mail"] as const;
export type RightsChannel = (typeof RIGHTS_CHANNELS)[number];

export const ASSESSMENT_METHODS = ["interview", "document-review", "technical-testing"] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** How widely the processor operates (GB/T 39335 App. B (e): wide geography is a scale signal). */
export const GEOGRAPHIES = ["local", "regional", "national"] as const;
export type Geography = (typeof GEOGRAPHIES)[number];

export const ASSESSOR_KINDS = ["internal", "law-firm", "external"] as const;
export type AssessorKind = (typeof ASSESSOR_KINDS)[number];

export const RISK_EVENTS = [
  "leak",
  "tampering",
  "loss",
  "destruction",
  "illegal-acquisition",
  "illegal-sale",
  "illegal-use",
] as const;
export type RiskEvent = (typeof RISK_EVENTS)[number];

/** GB/T 39335 §5.5 — the four categories of impact on individuals' rights. */
export const IMPACT_CATEGORIES = ["autonomy", "discrimination", "reputation", "property"] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];

export const IMPACT_LEVELS = ["low", "medium", "high", "severe"] as const;
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

export const LIKELIHOOD_LEVELS = ["low", "medium", "high", "very-high"] as const;
export type LikelihoodLevel = (typeof LIKELIHOOD_LEVELS)[number];

export const ACTION_STATUSES = ["open", "in-progress", "done"] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const LANGS = ["zh-CN", "en"] as const;
export type Lang = (typeof LANGS)[number];
