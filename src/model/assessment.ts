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
  SUBJECT_CATEGORIES,
} from "./enums.js";
import { creditCodeProblem } from "./credit-code.js";
import { isStrictIsoDate } from "./iso-date.js";
import { say } from "./message-lang.js";

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const CREDIT_CODE_FORMAT = { "zh-CN": "应为 18 位统一社会信用代码", en: "expected an 18-character unified social credit code (统一社会信用代码)" };

const text = z.string().trim().min(1, { error: say({ "zh-CN": "不能为空", en: "must not be empty" }) });
const optionalText = z.string().optional();
const count = z
  .number()
  .int({ error: say({ "zh-CN": "应为整数", en: "expected a whole number" }) })
  .min(0, { error: say({ "zh-CN": "应为 0 或更大的数", en: "must be 0 or more" }) });

export const isoDate = z
  .string({ error: say({ "zh-CN": "应为 YYYY-MM-DD 格式的日期", en: "expected a date written YYYY-MM-DD" }) })
  .refine(isStrictIsoDate, {
    error: say((input) => ({
      "zh-CN": `应为 YYYY-MM-DD 格式的真实日期，如 2026-03-15；实为 ${JSON.stringify(input)}`,
      en: `expected a real date written YYYY-MM-DD, got ${JSON.stringify(input)}`,
    })),
  });

/** A `YYYY-MM-DD` date given as YAML string or (YAML 1.1 style) unquoted date. */
const date = isoDate;

export const piOfficerSchema = z.strictObject({
  name: text.meta({ description: "个人信息保护负责人姓名" }),
  contact: text.meta({ description: "Phone or e-mail of the PI protection officer" }),
  published: z.boolean().meta({ description: "Contact details published (PIPL Art 52)" }),
  reportedToRegulator: z.boolean().meta({ description: "Name and contact reported to the regulator (PIPL Art 52)" }),
});

export const processorSchema = z.strictObject({
  name: text,
  creditCode: z
    .string()
    .trim()
    // The pattern is also the JSON Schema's; the messages name the real problem (GB 32100-2015).
    .regex(CREDIT_CODE, { error: say((input) => creditCodeProblem(String(input)) ?? CREDIT_CODE_FORMAT) })
    .refine((v) => !CREDIT_CODE.test(v) || creditCodeProblem(v) === null, { error: say((input) => creditCodeProblem(String(input)) ?? CREDIT_CODE_FORMAT) }),
  address: text,
  province: text.meta({ description: "Province-level region where the processor is located (filing authority)" }),
  contactName: text,
  contactPhone: text,
  contactEmail: z.email({ error: say({ "zh-CN": "应为电子邮件地址，如 privacy@example.cn", en: "expected an e-mail address" }) }),
  piOfficer: piOfficerSchema.nullable().meta({ description: "null when no PI protection officer is appointed" }),
  totalPeople: count.meta({ description: "People whose PI the processor handles in total (PIPL Art 52, audit thresholds)" }),
  lastComplianceAudit: date.nullable().meta({ description: "Date of the last PIPL Art 54 compliance audit, or null" }),
});

export const assessorSchema = z.strictObject({
  name: text,
  role: text,
  organisation: text,
  kind: z.enum(ASSESSOR_KINDS),
});

export const previousAssessmentSchema = z.strictObject({
  exists: z.boolean(),
  date: date.optional(),
  reportId: optionalText,
  purposeChanged: z.boolean(),
  methodChanged: z.boolean(),
  changes: optionalText,
});

export const assessmentMetaSchema = z.strictObject({
  title: text,
  documentNumber: optionalText,
  version: text,
  date: date.meta({ description: "Date of the assessment (YYYY-MM-DD)" }),
  startDate: date.optional(),
  classification: text.meta({ description: "Classification label printed in the header, e.g. 内部 / Confidential" }),
  assessors: z.array(assessorSchema).min(1, { error: "name at least one assessor" }),
  approver: text.meta({ description: "Who approves the report (sign-off block)" }),
  methods: z.array(z.enum(ASSESSMENT_METHODS)).min(1, { error: "choose at least one assessment method" }),
  background: text,
  scope: text,
  reportRetentionYears: z.number().min(0).meta({ description: "How long the report is kept (PIPL Art 56: at least 3 years)" }),
  recordsRetentionYears: z.number().min(0).meta({ description: "How long the processing records are kept (at least 3 years)" }),
  previous: previousAssessmentSchema,
});

export const locationSchema = z.strictObject({
  province: text,
  city: text,
  site: text.meta({ description: "Site or address where devices are installed" }),
  publicPlace: z.boolean(),
  privateSpace: z.enum(PRIVATE_SPACES).meta({ description: "A private space inside the place where a device is installed, or none" }),
  captureAreaBounded: z.boolean(),
  captureArea: text.meta({ description: "Description of the capture area" }),
  installerIsManager: z.boolean().meta({ description: "The installer manages the place or holds its security duty (PSVS Arts 7, 9)" }),
});

export const necessitySchema = z.strictObject({
  justification: text.meta({ description: "Why face recognition is necessary for the purpose" }),
  soleMethod: z.boolean(),
  alternatives: z.array(z.enum(ALTERNATIVES)),
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
  categories: z.array(z.enum(SUBJECT_CATEGORIES)).min(1, { error: "choose at least one category of data subject" }),
  minorsUnder14: z.boolean(),
  elderly: z.boolean(),
  disabled: z.boolean(),
  peopleCount: count,
});

export const piItemSchema = z.strictObject({
  category: z.enum(PI_CATEGORIES),
  description: optionalText,
  sensitive: z.boolean(),
});

export const facesSchema = z.strictObject({
  storedCount: count.meta({ description: "People whose face information is currently stored" }),
  thresholdReachedOn: date.nullable().meta({ description: "Date the stored count reached 100,000, or null" }),
  projected12Months: count.meta({ description: "Stored count expected in 12 months" }),
});

export const retentionSchema = z
  .strictObject({
    kind: z.enum(["days", "event", "indefinite"]),
    days: count.optional(),
    event: optionalText.meta({ description: "e.g. 'end of employment'" }),
    eventOffsetDays: count.optional(),
    purposeDays: count.optional().meta({ description: "Days the purpose actually needs the data" }),
  })
  .superRefine((r, ctx) => {
    if (r.kind === "days" && r.days === undefined)
      ctx.addIssue({ code: "custom", path: ["days"], message: "retention.kind is 'days': give the number of days" });
    if (r.kind === "event" && (r.event === undefined || r.event.trim() === ""))
      ctx.addIssue({ code: "custom", path: ["event"], message: "retention.kind is 'event': describe the event" });
  });

export const storageSchema = z.strictObject({
  location: z.enum(STORAGE_LOCATIONS),
  region: text.meta({ description: "Country or region where data is stored, e.g. 中国上海" }),
  internetTransmission: z.boolean().meta({ description: "Face information is sent over the internet" }),
  separateConsentForTransmission: z.boolean(),
  statutoryBasisForTransmission: z.boolean(),
  encryptedInTransit: z.boolean(),
  rawImagesKept: z.boolean().meta({ description: "Raw face images are kept after matching" }),
  templatesSeparate: z.boolean().meta({ description: "Face templates stored apart from identity information" }),
  retention: retentionSchema,
  deletionMethod: text,
});

export const recipientSchema = z.strictObject({
  name: text,
  role: z.enum(RECIPIENT_ROLES),
  purpose: text,
  categories: z.array(z.enum(PI_CATEGORIES)).min(1),
  country: text.meta({ description: "ISO country code, CN for mainland China" }),
  contract: z.boolean().meta({ description: "A contract / DPA fixing purpose, term, method, categories, measures, deletion" }),
  separateConsent: z.boolean(),
  supervised: z.boolean().meta({ description: "The processor supervises the recipient" }),
});

export const crossBorderSchema = z.strictObject({
  transfers: z.boolean(),
  route: z.enum(CROSS_BORDER_ROUTES),
  separateConsent: z.boolean(),
  recipientNotice: z.boolean(),
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
});

export const noticeSchema = z.strictObject({
  channels: z.array(z.enum(NOTICE_CHANNELS)),
  covers: z.array(z.enum(NOTICE_ITEMS)),
  accessibleFormat: z.boolean().meta({ description: "Large print, voice or assisted option for elderly and disabled people" }),
  rulesPublished: z.boolean().meta({ description: "Face-processing rules published" }),
  url: z.url({ error: "expected a full URL, e.g. https://example.com/notice" }).optional(),
});

export const signageSchema = z.strictObject({
  present: z.boolean(),
  beforeCaptureArea: z.boolean(),
});

export const videoSystemSchema = z.strictObject({
  designatedPlace: z.boolean().meta({ description: "A PSVS Art 7 place (mall, venue, school, hospital, park, transport hub…)" }),
  cameraCount: count,
  cameraType: text,
  liveDate: date.nullable(),
  policeFiled: z.boolean(),
  retentionDays: count,
  deletedAfterPurpose: z.boolean().meta({ description: "Footage is deleted after 30 days once its purpose is achieved" }),
  viewingLog: z.boolean().meta({ description: "Register of who viewed or exported footage (PSVS Art 16(3))" }),
});

export const activitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "expected a short id of lower-case letters, digits and '-'" }),
  name: text,
  description: text,
  scenario: z.enum(SCENARIOS),
  usesFaceRecognition: z.boolean(),
  location: locationSchema,
  purposes: z.array(z.enum(PURPOSES)).min(1, { error: "choose at least one purpose" }),
  purposeDetail: text,
  matchingMode: z.enum(MATCHING_MODES),
  necessity: necessitySchema,
  lawfulBasis: z.array(z.enum(LAWFUL_BASES)).min(1, { error: "choose at least one PIPL Art 13 basis" }),
  consent: consentSchema,
  subjects: subjectsSchema,
  personalInfo: z.array(piItemSchema).min(1, { error: "list at least one category of personal information" }),
  faces: facesSchema,
  storage: storageSchema,
  recipients: z.array(recipientSchema),
  crossBorder: crossBorderSchema,
  publication: publicationSchema,
  automatedDecision: automatedDecisionSchema,
  notice: noticeSchema,
  signage: signageSchema,
  videoSystem: videoSystemSchema.nullable().meta({ description: "Public-security video system facts, or null when none" }),
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
  notes: optionalText,
});

export const rightsSchema = z.strictObject({
  channels: z.array(z.enum(RIGHTS_CHANNELS)),
  contact: text,
  responseDays: count,
  complaintChannel: text,
});

export const incidentSchema = z.strictObject({
  date: date,
  description: text,
  major: z.boolean(),
  notified: z.boolean(),
});

export const riskSchema = z.strictObject({
  activity: text.meta({ description: "id of the activity this risk belongs to" }),
  event: z.enum(RISK_EVENTS),
  scenario: text,
  harm: text,
  mitigation: text,
});

export const impactOverrideSchema = z.strictObject({
  activity: text,
  category: z.enum(IMPACT_CATEGORIES),
  level: z.enum(IMPACT_LEVELS),
  reason: text,
});

export const likelihoodOverrideSchema = z.strictObject({
  activity: text,
  level: z.enum(LIKELIHOOD_LEVELS),
  reason: text,
});

export const actionOverrideSchema = z.strictObject({
  rule: text.meta({ description: "Rule id, e.g. FR-010" }),
  activity: optionalText,
  owner: optionalText,
  due: date.optional(),
  status: z.enum(ACTION_STATUSES).optional(),
});

export const filingSchema = z.strictObject({
  filed: z.boolean(),
  filingNumber: optionalText,
  filedOn: date.optional(),
  substantiveChangeOn: date.optional(),
  terminatedOn: date.optional(),
});

export const assessmentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    processor: processorSchema,
    assessment: assessmentMetaSchema,
    activities: z.array(activitySchema).min(1, { error: "describe at least one processing activity" }),
    security: securitySchema,
    rights: rightsSchema,
    incidents: z.array(incidentSchema),
    risks: z.array(riskSchema),
    filing: filingSchema,
    overrides: z
      .strictObject({
        impact: z.array(impactOverrideSchema).optional(),
        likelihood: z.array(likelihoodOverrideSchema).optional(),
        actions: z.array(actionOverrideSchema).optional(),
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
    a.risks.forEach((r, i) => {
      if (!known(r.activity))
        ctx.addIssue({ code: "custom", path: ["risks", i, "activity"], message: `unknown activity "${r.activity}"; expected one of ${[...ids].join(", ")}` });
    });
    a.overrides?.impact?.forEach((o, i) => {
      if (!known(o.activity))
        ctx.addIssue({ code: "custom", path: ["overrides", "impact", i, "activity"], message: `unknown activity "${o.activity}"; expected one of ${[...ids].join(", ")}` });
    });
    a.overrides?.likelihood?.forEach((o, i) => {
      if (!known(o.activity))
        ctx.addIssue({ code: "custom", path: ["overrides", "likelihood", i, "activity"], message: `unknown activity "${o.activity}"; expected one of ${[...ids].join(", ")}` });
    });
  });

export type Assessment = z.output<typeof assessmentSchema>;
export type Activity = Assessment["activities"][number];
export type Recipient = Activity["recipients"][number];
export type Processor = Assessment["processor"];
export type Security = Assessment["security"];
export type Risk = Assessment["risks"][number];
