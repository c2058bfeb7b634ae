// The Assessment: every fact the legal rules need, as one zod schema. The answers file (YAML or
// JSON) is parsed with it, the questionnaire validates each prompt with the sub-schema at the
// question's path, and `pipia schema` prints its JSON Schema. Field names are the question ids.
import { z } from "zod";
import {
  ACTION_STATUSES,
  ALTERNATIVES,
  ASSESSMENT_METHODS,
  ASSESSOR_KINDS,
  CONSENT_FORMS,
  CROSS_BORDER_ROUTES,
  IMPACT_CATEGORIES,
  IMPACT_LEVELS,
  LAWFUL_BASES,
  LIKELIHOOD_LEVELS,
  MATCHING_MODES,
  NOTICE_CHANNELS,
  NOTICE_ITEMS,
  PI_CATEGORIES,
  PRIVATE_SPACES,
  PURPOSES,
  RECIPIENT_ROLES,
  RIGHTS_CHANNELS,
  RISK_EVENTS,
  SCENARIOS,
  STORAGE_LOCATIONS,
  GEOGRAPHIES,
  SUBJECT_CATEGORIES,
} from "./enums.js";
import { creditCodeProblem } from "./credit-code.js";
import { say } from "./message-lang.js";
import { COUNTRY_CODES, countryProblem } from "./countries.js";
import { isProvince, provinceProblem } from "./provinces.js";

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const CREDIT_CODE_FORMAT = { "zh-CN": "应为 18 位统一社会信用代码", en: "expected an 18-character unified social credit code (统一社会信用代码)" };
import { isoDate } from "./iso-date.js";

// Bounds. Every free-text field has a maximum length fitting its use, every number a range and
// every list a maximum, so no answers file can make a 346-page report out of one field or a
// date out of 1e308 years. The limits appear in the JSON Schema (maxLength, maximum, maxItems).

/** Maximum characters of free text, by use. */
export const TEXT_MAX = {
  /** a name, label, code or short value: a person, organisation, province, version */
  name: 200,
  /** one sentence: an address, a site, a contact channel, a title */
  sentence: 500,
  /** one paragraph: a purpose, a risk scenario, a reason, a method */
  paragraph: 2_000,
  /** a long description: the background, the scope, an activity's description */
  longText: 20_000,
} as const;

/** Largest list lengths: well above any real assessment, small enough to stay fast. */
export const LIST_MAX = { activities: 100, items: 50, risks: 1_000, overrides: 1_000 } as const;

/** Largest counts of people (the population of the world), days, years and devices. */
export const NUMBER_MAX = { people: 10_000_000_000, days: 36_500, years: 100, devices: 1_000_000 } as const;

type TextUse = keyof typeof TEXT_MAX;
const tooLong = (use: TextUse) => (iss: { input?: unknown }): string =>
  `at most ${TEXT_MAX[use]} characters for ${use === "longText" ? "a long description" : `a ${use}`}, got ${typeof iss.input === "string" ? iss.input.length : "more"}; shorten it`;
const bounded = (use: TextUse) => z.string().trim().min(1, { error: say({ "zh-CN": "不能为空", en: "must not be empty" }) }).max(TEXT_MAX[use], { error: tooLong(use) });
const optionalBounded = (use: TextUse) => z.string().max(TEXT_MAX[use], { error: tooLong(use) }).optional();

const name = bounded("name");
const sentence = bounded("sentence");
const paragraph = bounded("paragraph");
const longText = bounded("longText");
const optionalName = optionalBounded("name");
const optionalSentence = optionalBounded("sentence");
const optionalParagraph = optionalBounded("paragraph");
const optionalLongText = optionalBounded("longText");
/** A field not yet given a use: bounded as a paragraph. Prefer one of the builders above. */
const text = paragraph;
const optionalText = optionalParagraph;

const whole = (max: number, unit: string) =>
  z
    .number()
    .int({ error: say({ "zh-CN": "应为整数", en: "expected a whole number" }) })
    .min(0, { error: say({ "zh-CN": "应为 0 或更大的数", en: "must be 0 or more" }) })
    .max(max, { error: `must be at most ${max.toLocaleString("en-US")} ${unit}` });
/** A number of people. */
const count = whole(NUMBER_MAX.people, "people");
/** A number of days. */
const days = whole(NUMBER_MAX.days, "days (100 years)");
/** A number of devices. */
const devices = whole(NUMBER_MAX.devices, "devices");
/** Years a document is kept. */
const years = z
  .number()
  .min(0, { error: "must be 0 or more" })
  .max(NUMBER_MAX.years, { error: `must be at most ${NUMBER_MAX.years} years` });

/** A list of at most `max` items. */
const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max, { error: `at most ${max} items; split the assessment` });
/** A list of choices: each choice at most once would do, a few repeats are tolerated. */
const choices = <T extends z.ZodType>(item: T) => list(item, LIST_MAX.items);

export { isoDate };

/** A `YYYY-MM-DD` date given as YAML string or (YAML 1.1 style) unquoted date. */
const date = isoDate;

export const piOfficerSchema = z.strictObject({
  name: name.meta({ description: "个人信息保护负责人姓名" }),
  contact: sentence.meta({ description: "Phone or e-mail of the PI protection officer" }),
  published: z.boolean().meta({ description: "Contact details published (PIPL Art 52)" }),
  reportedToRegulator: z.boolean().meta({ description: "Name and contact reported to the regulator (PIPL Art 52)" }),
});

export const processorSchema = z.strictObject({
  name: name,
  creditCode: z
    .string()
    .trim()
    // The pattern is also the JSON Schema's; the messages name the real problem (GB 32100-2015).
    .regex(CREDIT_CODE, { error: say((input) => creditCodeProblem(String(input)) ?? CREDIT_CODE_FORMAT) })
    .refine((v) => !CREDIT_CODE.test(v) || creditCodeProblem(v) === null, { error: say((input) => creditCodeProblem(String(input)) ?? CREDIT_CODE_FORMAT) }),
  address: sentence,
  province: name.refine(isProvince, { error: say(provinceProblem) }).meta({ description: "Province-level region where the processor is located (filing authority)" }),
  contactName: name,
  contactPhone: name,
  contactEmail: z
    .email({ error: say({ "zh-CN": "应为电子邮件地址，如 privacy@example.cn", en: "expected an e-mail address" }) })
    .max(254, { error: "at most 254 characters for an e-mail address" }),
  piOfficer: piOfficerSchema.nullable().meta({ description: "null when no PI protection officer is appointed" }),
  totalPeople: count.meta({ description: "People whose PI the processor handles in total (PIPL Art 52, audit thresholds)" }),
  geography: z.enum(GEOGRAPHIES).meta({ description: "How widely the processing is spread: one city, several cities in a region, or many provinces (GB/T 39335 App. B (e))" }),
  lastComplianceAudit: date.nullable().meta({ description: "Date of the last PIPL Art 54 compliance audit, or null" }),
  ciio: z.boolean().meta({ description: "The processor is a critical information infrastructure operator (关键信息基础设施运营者; PIPL Art 40)" }),
  largePlatform: z
    .boolean()
    .meta({ description: "The processor provides an important internet platform service with a huge number of users and complex business types (PIPL Art 58)" }),
});

export const assessorSchema = z.strictObject({
  name: name,
  role: name,
  organisation: name,
  kind: z.enum(ASSESSOR_KINDS),
});

export const previousAssessmentSchema = z.strictObject({
  exists: z.boolean(),
  date: date.optional(),
  reportId: optionalName,
  file: optionalSentence.meta({ description: "Answers file of the previous assessment, relative to this file; when it can be read, the report compares the two" }),
  purposeChanged: z.boolean(),
  methodChanged: z.boolean(),
  changes: optionalLongText,
  changeEffectiveOn: date.optional().meta({ description: "Date the changed purpose or method took (or will take) effect" }),
});

export const assessmentMetaSchema = z.strictObject({
  title: sentence,
  documentNumber: optionalName,
  version: name,
  date: date.meta({ description: "Date of the assessment (YYYY-MM-DD)" }),
  startDate: date.optional(),
  classification: name.meta({ description: "Classification label printed in the header, e.g. 内部 / Confidential" }),
  assessors: list(assessorSchema, LIST_MAX.items).min(1, { error: "name at least one assessor" }),
  approver: name.meta({ description: "Who approves the report (sign-off block)" }),
  methods: choices(z.enum(ASSESSMENT_METHODS)).min(1, { error: "choose at least one assessment method" }),
  background: longText,
  scope: longText,
  reportRetentionYears: years.meta({ description: "How long the report is kept (PIPL Art 56: at least 3 years)" }),
  recordsRetentionYears: years.meta({ description: "How long the processing records are kept (at least 3 years)" }),
  previous: previousAssessmentSchema,
});

export const locationSchema = z.strictObject({
  province: name.refine(isProvince, { error: say(provinceProblem) }),
  city: name,
  site: sentence.meta({ description: "Site or address where devices are installed" }),
  publicPlace: z.boolean(),
  privateSpace: z.enum(PRIVATE_SPACES).meta({ description: "A private space inside the place where a device is installed, or none" }),
  captureAreaBounded: z.boolean(),
  captureArea: paragraph.meta({ description: "Description of the capture area" }),
  installerIsManager: z.boolean().meta({ description: "The installer manages the place or holds its security duty (PSVS Arts 7, 9)" }),
});

export const necessitySchema = z.strictObject({
  justification: longText.meta({ description: "Why face recognition is necessary for the purpose" }),
  soleMethod: z.boolean(),
  alternatives: choices(z.enum(ALTERNATIVES)),
  alternativeFeasible: z.boolean().meta({ description: "A non-face method could achieve the same purpose" }),
  alternativeOnRefusal: z.boolean().meta({ description: "Someone who refuses face recognition is offered a reasonable, convenient alternative" }),
  serviceConditionalOnFace: z.boolean().meta({ description: "The product or service is refused unless the person accepts face processing" }),
  faceNecessaryForService: z.boolean(),
  pressureOrMisleading: z.boolean().meta({ description: "People are pressed or misled into face verification (e.g. 'faster service')" }),
  inHouseFaceDatabase: z.boolean().meta({ description: "Identity is verified against the processor's own face database" }),
  nationalChannelConsidered: z.boolean().meta({ description: "National population database / national network identity service considered" }),
});

export const consentSchema = z.strictObject({
  form: z.enum(CONSENT_FORMS),
  withdrawalMethod: z.boolean(),
  records: z.boolean().meta({ description: "Consent records (time, version, who) are kept" }),
  guardianConsent: z.boolean(),
  childRules: z.boolean().meta({ description: "Dedicated processing rules for children under 14 (PIPL Art 31)" }),
});

export const subjectsSchema = z.strictObject({
  categories: choices(z.enum(SUBJECT_CATEGORIES)).min(1, { error: "choose at least one category of data subject" }),
  minorsUnder14: z.boolean(),
  minors14to18: z.boolean().meta({ description: "Minors aged 14 to 17 (under 18) may be among the data subjects" }),
  minorsAuditYearly: z.boolean().meta({
    description: "The processing of minors' PI in this activity is audited for compliance every year and reported (Regulation on the Online Protection of Minors Art 37)",
  }),
  elderly: z.boolean(),
  disabled: z.boolean(),
  peopleCount: count,
});

export const piItemSchema = z.strictObject({
  category: z.enum(PI_CATEGORIES),
  description: optionalParagraph,
  sensitive: z.boolean(),
  neededFor: choices(z.enum(PURPOSES)).optional().meta({
    description:
      "The activity's stated purposes that need this sensitive category (PIPL Art 28 para 2: specific purpose and sufficient necessity); absent when no purpose has been shown to need it",
  }),
});

export const facesSchema = z.strictObject({
  storedCount: count.meta({ description: "People whose face information is currently stored" }),
  thresholdReachedOn: date.nullable().meta({ description: "Date the stored count reached 100,000, or null" }),
  projected12Months: count.meta({ description: "Stored count expected in 12 months" }),
});

/** Retention, one shape per kind (a discriminated union: the kind decides which fields exist). */
export const retentionSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("days"),
    days: days.meta({ description: "Days the data is kept" }),
    purposeDays: days.optional().meta({ description: "Days the purpose actually needs the data" }),
  }),
  z.strictObject({
    kind: z.literal("event"),
    event: sentence.meta({ description: "e.g. 'end of employment'" }),
    eventOffsetDays: days.optional().meta({ description: "Days kept after the event" }),
    purposeDays: days.optional().meta({ description: "Days the purpose actually needs the data" }),
  }),
  z.strictObject({
    kind: z.literal("indefinite"),
    purposeDays: days.optional().meta({ description: "Days the purpose actually needs the data" }),
  }),
]);

export const storageSchema = z.strictObject({
  location: z.enum(STORAGE_LOCATIONS),
  region: name.meta({ description: "Country or region where data is stored, e.g. 中国上海" }),
  internetTransmission: z.boolean().meta({ description: "Face information is sent over the internet" }),
  separateConsentForTransmission: z.boolean(),
  statutoryBasisForTransmission: z.boolean(),
  transmissionStatute: optionalSentence.meta({
    description: "The law or administrative regulation (and article) that allows transmission without separate consent (FRM Art 8)",
  }),
  encryptedInTransit: z.boolean(),
  rawImagesKept: z.boolean().meta({ description: "Raw face images are kept after matching" }),
  templatesSeparate: z.boolean().meta({ description: "Face templates stored apart from identity information" }),
  retention: retentionSchema,
  retentionStatute: optionalSentence.meta({
    description: "The law or administrative regulation (and article) that sets how long the face information must be kept, if any (PIPL Art 19, FRM Art 8)",
  }),
  deletionMethod: paragraph,
});

export const recipientSchema = z.strictObject({
  name: name,
  role: z.enum(RECIPIENT_ROLES),
  purpose: paragraph,
  ownUse: z.boolean().meta({
    description: "The recipient also uses the data for its own purposes (training its own algorithm, its own analytics or marketing): a provision under PIPL Art 23, not entrustment",
  }),
  categories: choices(z.enum(PI_CATEGORIES)).min(1),
  country: z
    .enum(COUNTRY_CODES, { error: say(countryProblem) })
    .meta({ description: "ISO 3166-1 alpha-2 code of the recipient's country or region: CN for mainland China; HK, MO, TW for Hong Kong, Macao, Taiwan" }),
  contract: z.boolean().meta({ description: "A contract / DPA fixing purpose, term, method, categories, measures, deletion" }),
  separateConsent: z.boolean(),
  supervised: z.boolean().meta({ description: "The processor supervises the recipient" }),
});

export const crossBorderSchema = z.strictObject({
  transfers: z.boolean(),
  accessFromAbroad: z.boolean().meta({ description: "Staff or a vendor outside mainland China can view or retrieve the data (access from abroad is a transfer)" }),
  route: z.enum(CROSS_BORDER_ROUTES),
  separateConsent: z.boolean(),
  recipientNotice: z.boolean(),
  peopleThisYear: count.meta({
    description: "People whose PI has gone or will go abroad in this activity in the current calendar year, counted from 1 January; 0 when nothing goes abroad",
  }),
  sensitivePeopleThisYear: count.meta({
    description: "Of them, people whose sensitive PI (face information included) has gone or will go abroad this calendar year",
  }),
  importantData: z.boolean().meta({ description: "The data going abroad includes important data (重要数据)" }),
});

export const publicationSchema = z.strictObject({
  published: z.boolean().meta({ description: "Face images or face information are made public" }),
  separateConsent: z.boolean(),
  masked: z.boolean().meta({ description: "Faces and licence plates are masked when footage is published" }),
});

export const automatedDecisionSchema = z.strictObject({
  used: z.boolean(),
  significantEffect: z.boolean(),
  infersAttributes: z.boolean().meta({ description: "Infers emotion, health, preferences, performance or credit from faces" }),
  explanationAndRefusal: z.boolean().meta({ description: "People can ask for an explanation and refuse sole-automated decisions" }),
  marketingPush: z.boolean().meta({ description: "Information pushes or commercial marketing (coupons, ads) are decided by automated means (PIPL Art 24 para 2)" }),
  nonPersonalisedOption: z.boolean().meta({ description: "An option not based on the person's characteristics is offered alongside those pushes" }),
  easyRefusal: z.boolean().meta({ description: "People can refuse those pushes in a convenient way (e.g. one-tap opt-out)" }),
});

export const noticeSchema = z.strictObject({
  channels: choices(z.enum(NOTICE_CHANNELS)),
  covers: choices(z.enum(NOTICE_ITEMS)),
  accessibleFormat: z.boolean().meta({ description: "Large print, voice or assisted option for elderly and disabled people" }),
  rulesPublished: z.boolean().meta({ description: "Face-processing rules published" }),
  url: z.url({ error: "expected a full URL, e.g. https://example.com/notice" }).max(2000, { error: "at most 2000 characters for a URL" }).optional(),
});

export const signageSchema = z.strictObject({
  present: z.boolean(),
  beforeCaptureArea: z.boolean(),
});

export const videoSystemSchema = z.strictObject({
  designatedPlace: z.boolean().meta({ description: "A PSVS Art 7 place (mall, venue, school, hospital, park, transport hub…)" }),
  cameraCount: devices,
  cameraType: name,
  liveDate: date.nullable(),
  policeFiled: z.boolean(),
  retentionDays: days,
  deletedAfterPurpose: z.boolean().meta({ description: "Footage is deleted after 30 days once its purpose is achieved" }),
  viewingLog: z.boolean().meta({ description: "Register of who viewed or exported footage (PSVS Art 16(3))" }),
});

/**
 * PI first collected for other purposes and reused by this activity (PIPL Art 14 para 2: a change of
 * purpose needs fresh consent). The original purposes are the closed vocabulary, so the change is a
 * fact the rules can test; `source` says in words where the data came from (another activity of this
 * assessment or an older system).
 */
export const reuseSchema = z.strictObject({
  source: sentence.meta({ description: "Where and when the reused PI was collected, e.g. 'guest photos taken at check-in'" }),
  fromPurposes: choices(z.enum(PURPOSES)).min(1, { error: "choose at least one purpose the PI was collected for" }).meta({
    description: "The purposes the PI was originally collected for",
  }),
  categories: choices(z.enum(PI_CATEGORIES)).min(1, { error: "choose at least one category of reused PI" }).meta({ description: "Categories of PI reused" }),
  newConsent: z.boolean().meta({
    description: "Fresh consent for the new purpose was obtained from the people whose PI is reused (separate consent where the PI is sensitive)",
  }),
});

export const basisEvidenceSchema = z.strictObject({
  statute: optionalSentence.meta({
    description: "The law or administrative regulation (and article) that imposes the duty relied on (PIPL Art 13(1) items 3 and 7)",
  }),
  statuteRequiresFaceRecognition: z.boolean().optional().meta({
    description: "The named law requires face recognition itself, not only identity checks or a video system",
  }),
  hrRulesAdopted: z.boolean().optional().meta({
    description: "The HR rules relied on were adopted through the democratic procedure of Labour Contract Law Art 4",
  }),
});

/**
 * What the public documents (notice, poster, consent forms) say, as the operator publishes it —
 * distinct from the internal analysis, which may record doubts ("not yet assessed", "no deletion
 * mechanism yet") that a notice must never print. Absent means not yet written: a notice that
 * needs the statement is then withheld and the signage to-do says what is missing (PIPL Art 17:
 * truthful, accurate, complete).
 */
export const publicTextsSchema = z.strictObject({
  necessityStatement: optionalParagraph.meta({
    description: "Why the face (or other sensitive) information is necessary and how it affects people, as the notice states it (PIPL Art 30, FRM Art 5(3))",
  }),
  deletionAsPublished: optionalSentence.meta({ description: "How and when the data is deleted, as the notice states it" }),
  consentBeforeCapture: z.boolean().optional().meta({
    description:
      "For uses beyond public security in a public place: every person's separate consent is obtained before their face is captured for that use (not only enrolled members' while everyone entering is captured)",
  }),
});

export const activitySchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "expected a short id of lower-case letters, digits and '-'" })
    .max(64, { error: "at most 64 characters for an id" }),
  name: sentence,
  description: longText,
  scenario: z.enum(SCENARIOS),
  usesFaceRecognition: z.boolean(),
  location: locationSchema,
  purposes: choices(z.enum(PURPOSES)).min(1, { error: "choose at least one purpose" }),
  purposeDetail: paragraph,
  reuse: reuseSchema.nullable().meta({ description: "PI collected for other purposes and reused here, or null when the activity collects its own" }),
  matchingMode: z.enum(MATCHING_MODES),
  necessity: necessitySchema,
  startDate: date.optional().meta({ description: "Date the activity began or will begin (PIPL Art 55 and FRM Art 9: the assessment comes first)" }),
  coveredByPrevious: z.boolean().optional().meta({
    description: "The previous assessment (assessment.previous) already covered this activity, with its present purpose and method",
  }),
  lawfulBasis: choices(z.enum(LAWFUL_BASES)).min(1, { error: "choose at least one PIPL Art 13 basis" }),
  basisEvidence: basisEvidenceSchema.optional().meta({ description: "What supports a claimed statutory or HR basis" }),
  consent: consentSchema,
  subjects: subjectsSchema,
  personalInfo: list(piItemSchema, LIST_MAX.items).min(1, { error: "list at least one category of personal information" }),
  faces: facesSchema,
  storage: storageSchema,
  recipients: list(recipientSchema, LIST_MAX.items),
  crossBorder: crossBorderSchema,
  publication: publicationSchema,
  automatedDecision: automatedDecisionSchema,
  notice: noticeSchema,
  signage: signageSchema,
  videoSystem: videoSystemSchema.nullable().meta({ description: "Public-security video system facts, or null when none" }),
  public: publicTextsSchema.optional().meta({ description: "Public-facing statements for the notice and signs, distinct from the internal answers" }),
});

export const securitySchema = z.strictObject({
  encryptionAtRest: z.boolean(),
  encryptionInTransit: z.boolean(),
  auditLogs: z.boolean(),
  accessControl: z.boolean(),
  authorisationManagement: z.boolean(),
  intrusionDetection: z.boolean(),
  livenessDetection: z.boolean(),
  deidentification: z.boolean(),
  internalRules: z.boolean(),
  dataClassification: z.boolean(),
  incidentPlan: z.boolean(),
  breachNoticeTemplate: z.boolean(),
  training: z.boolean(),
  vendorManagement: z.boolean(),
  backup: z.boolean(),
  notes: optionalLongText,
});

export const rightsSchema = z.strictObject({
  channels: choices(z.enum(RIGHTS_CHANNELS)),
  contact: sentence,
  responseDays: days,
  complaintChannel: sentence,
});

export const incidentSchema = z.strictObject({
  date: date,
  description: longText,
  major: z.boolean(),
  notified: z.boolean(),
});

export const riskSchema = z.strictObject({
  activity: name.meta({ description: "id of the activity this risk belongs to" }),
  event: z.enum(RISK_EVENTS),
  scenario: paragraph,
  harm: paragraph,
  mitigation: paragraph,
});

export const impactOverrideSchema = z.strictObject({
  activity: name,
  category: z.enum(IMPACT_CATEGORIES),
  level: z.enum(IMPACT_LEVELS),
  reason: paragraph,
});

export const likelihoodOverrideSchema = z.strictObject({
  activity: name,
  level: z.enum(LIKELIHOOD_LEVELS),
  reason: paragraph,
});

export const actionOverrideSchema = z.strictObject({
  rule: name.meta({ description: "Rule id, e.g. FR-010" }),
  activity: optionalName,
  owner: optionalName,
  due: date.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const filingSchema = z.strictObject({
  filed: z.boolean(),
  filingNumber: optionalName,
  filedOn: date.optional(),
  substantiveChangeOn: date.optional(),
  terminatedOn: date.optional(),
});

export const assessmentSchema = z
  .strictObject({
    $schema: z.string().max(2000).optional(),
    processor: processorSchema,
    assessment: assessmentMetaSchema,
    activities: list(activitySchema, LIST_MAX.activities).min(1, { error: "describe at least one processing activity" }),
    security: securitySchema,
    rights: rightsSchema,
    incidents: list(incidentSchema, LIST_MAX.items),
    risks: list(riskSchema, LIST_MAX.risks),
    filing: filingSchema,
    overrides: z
      .strictObject({
        impact: list(impactOverrideSchema, LIST_MAX.overrides).optional(),
        likelihood: list(likelihoodOverrideSchema, LIST_MAX.overrides).optional(),
        actions: list(actionOverrideSchema, LIST_MAX.overrides).optional(),
      })
      .optional(),
  })
  .superRefine((a, ctx) => {
    const ids = new Set<string>();
    a.activities.forEach((act, i) => {
      if (ids.has(act.id)) ctx.addIssue({ code: "custom", path: ["activities", i, "id"], message: `duplicate activity id "${act.id}"` });
      ids.add(act.id);
    });
    const known = (id: string): boolean => ids.has(id);
    const some = [...ids].slice(0, 10).join(", ") + (ids.size > 10 ? `, … (${ids.size - 10} more)` : "");
    a.risks.forEach((r, i) => {
      if (!known(r.activity))
        ctx.addIssue({ code: "custom", path: ["risks", i, "activity"], message: `unknown activity "${r.activity}"; expected one of ${some}` });
    });
    a.overrides?.impact?.forEach((o, i) => {
      if (!known(o.activity))
        ctx.addIssue({ code: "custom", path: ["overrides", "impact", i, "activity"], message: `unknown activity "${o.activity}"; expected one of ${some}` });
    });
    a.overrides?.likelihood?.forEach((o, i) => {
      if (!known(o.activity))
        ctx.addIssue({ code: "custom", path: ["overrides", "likelihood", i, "activity"], message: `unknown activity "${o.activity}"; expected one of ${some}` });
    });
  });

export type Assessment = z.output<typeof assessmentSchema>;
export type Activity = Assessment["activities"][number];
export type Recipient = Activity["recipients"][number];
export type Processor = Assessment["processor"];
export type Security = Assessment["security"];
export type Risk = Assessment["risks"][number];
