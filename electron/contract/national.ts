// The national loop (مصوبات ستاد): at headquarters, every national resolution with each assigned
// province's status and last report, and each province's completion; the directive bundle
// («ابلاغ به استان‌ها») written and, at a province, taken in; what a province follows of it.
import { z } from 'zod';
import { emptyInput, fileOutputSchema, hashSchema, idSchema, jalaliDateSchema, optionalDeadlineSchema } from './common';
import { op } from './define';
import { MAX_BUNDLE_BYTES } from './limits';
import { bundleTooLarge } from './limit-messages';
import { resolutionStatusSchema } from './resolutions';

const jalaliYear = z.number({ error: 'سال باید عدد باشد' }).int().min(1300).max(1600);

/** One assigned province of a national resolution, as headquarters knows it from that province's bundles. */
export const provinceCellSchema = z.object({
  province: z.string(),
  /** The province's secretariat registered at headquarters; null: none has sent a bundle yet. */
  secretariatId: idSchema.nullable(),
  /** The province's status; null: no word from it on this resolution yet (directive not taken in, or not sent up). */
  status: resolutionStatusSchema.nullable(),
  /** The due date it follows the resolution by (its own deadline, or the resolution's). */
  dueDate: jalaliDateSchema.nullable(),
  overdue: z.boolean(),
  reports: z.number().int(),
  lastReport: z.object({ date: jalaliDateSchema, text: z.string() }).nullable(),
});
export type ProvinceCell = z.infer<typeof provinceCellSchema>;

export const nationalResolutionSchema = z.object({
  id: idSchema,
  sessionId: idSchema,
  workingGroupName: z.string(),
  sessionYear: z.number().int(),
  sessionNumber: z.number().int(),
  sessionDate: jalaliDateSchema,
  row: z.number().int(),
  title: z.string().nullable(),
  body: z.string(),
  deadline: optionalDeadlineSchema,
  /** Every province, or those named. */
  toAll: z.boolean(),
  provinces: z.array(provinceCellSchema),
});
export type NationalResolution = z.infer<typeof nationalResolutionSchema>;

export const provinceSummarySchema = z.object({
  province: z.string(),
  secretariatId: idSchema.nullable(),
  assigned: z.number().int(),
  byStatus: z.object({
    not_started: z.number().int(),
    in_progress: z.number().int(),
    done: z.number().int(),
    cancelled: z.number().int(),
  }),
  /** Assigned resolutions it has sent no status for. */
  noWord: z.number().int(),
  overdue: z.number().int(),
  /** Assigned resolutions with no follow-up report from it. */
  unreported: z.number().int(),
  /** Done of assigned (cancelled ones left out); null with none assigned. */
  completion: z.number().nullable(),
});
export type ProvinceSummary = z.infer<typeof provinceSummarySchema>;

export const nationalMatrixSchema = z.object({
  resolutions: z.array(nationalResolutionSchema),
  provinces: z.array(provinceSummarySchema),
});
export type NationalMatrix = z.infer<typeof nationalMatrixSchema>;

export const directiveWrittenSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(false) }),
  z.object({
    saved: z.literal(true),
    path: z.string(),
    size: z.number().int(),
    province: z.string().nullable(),
    full: z.boolean(),
    sessions: z.number().int(),
    hash: hashSchema,
  }),
]);
export type DirectiveWritten = z.infer<typeof directiveWrittenSchema>;

export const directiveImportedSchema = z.object({
  status: z.enum(['imported', 'already']),
  headquarters: z.string(),
  fingerprint: z.string(),
  registered: z.boolean(),
  records: z.number().int(),
  assigned: z.number().int(),
  deferred: z.number().int(),
});

export const directiveSourceSchema = z.object({
  /** Headquarters' key registered here, or null before the first directive. */
  headquarters: z.object({ name: z.string(), fingerprint: z.string(), registeredAt: z.string() }).nullable(),
  imports: z.array(
    z.object({ importedAt: z.string(), full: z.boolean(), forAll: z.boolean(), records: z.number().int() }),
  ),
  /** National resolutions assigned to this province. */
  assigned: z.number().int(),
});

/** A resolution's provinces as the editor sets them: not assigned ([]), every province, or those named. */
const assignmentInput = z.union([
  z.literal('all'),
  z.array(z.object({ province: z.string().min(1).max(100), deadline: optionalDeadlineSchema.default(null) })).max(40),
]);
export const resolutionAssignmentSchema = z.object({
  resolutionId: idSchema,
  provinces: z.union([z.literal('all'), z.array(z.object({ province: z.string(), deadline: optionalDeadlineSchema }))]),
});
export type ResolutionAssignment = z.infer<typeof resolutionAssignmentSchema>;

export const nationalOps = {
  'national.assignments': op(
    'at headquarters: the provinces each resolution of a session is assigned to (those not assigned left out)',
    z.object({ sessionId: idSchema }),
    z.array(resolutionAssignmentSchema),
  ),
  'national.assign': op(
    'at headquarters: assign a resolution to every province, to named ones (each with the resolution’s deadline or its own), or to none; also after the session is final (assignments are not the signed record)',
    z.object({ resolutionId: idSchema, provinces: assignmentInput }),
    resolutionAssignmentSchema,
  ),
  'national.xlsx': op(
    'at headquarters: the national matrix as an Excel workbook',
    z.object({ year: jalaliYear, today: z.string().optional() }),
    fileOutputSchema,
    { async: true },
  ),
  'national.matrix': op(
    'at headquarters: each national resolution with every assigned province’s status, last report and overdue; each province’s completion',
    z.object({ year: jalaliYear.nullable().default(null), today: z.string().optional() }),
    nationalMatrixSchema,
  ),
  'national.source': op(
    'at a province: headquarters’ key registered here, the directives taken in, and how many national resolutions are assigned here',
    emptyInput,
    directiveSourceSchema,
  ),
  'national.exportDirective': op(
    'at headquarters: write a directive bundle («ابلاغ به استان‌ها») for one province or all where the secretary chooses; remembered once written',
    z.object({ province: z.string().max(100).nullable().default(null), full: z.boolean().default(false) }),
    directiveWrittenSchema,
    { async: true },
  ),
  'national.importDirective': op(
    'at a province: take headquarters’ directive bundle in, all or nothing (a backup first); headquarters’ key only when trusted',
    z.object({
      fileName: z.string().max(500),
      data: z.base64({ error: 'محتوای بسته خوانا نیست' }).max(Math.ceil(MAX_BUNDLE_BYTES / 3) * 4, {
        error: bundleTooLarge,
      }),
      trustNew: z.boolean().default(false),
    }),
    directiveImportedSchema,
    { async: true },
  ),
};
