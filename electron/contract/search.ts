// Full-text search of resolutions, agenda items, discussion points and follow-up reports, with the
// board's filters.
import { z } from 'zod';
import { boardFilterSchema } from './board';
import { idSchema } from './common';
import { op } from './define';

export const searchKinds = ['resolution', 'agenda_item', 'discussion_point', 'follow_up'] as const;
export const searchResultSchema = z.object({
  kind: z.enum(searchKinds),
  id: idSchema,
  /** The resolution a resolution or follow-up hit belongs to. */
  resolutionId: idSchema.nullable(),
  sessionId: idSchema,
  sessionYear: z.number().int(),
  sessionNumber: z.number().int(),
  workingGroupName: z.string(),
  /** Headquarters' resolution (or a report on one) followed at this province: «مصوبه ستاد». */
  national: z.boolean(),
  /** At headquarters: the province whose record it is; null for its own. */
  province: z.string().nullable(),
  /** The stored text around the match (never the normalised key), and the matched ranges in it. */
  snippet: z.string(),
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchOps = {
  'search.query': op(
    'full-text search of resolutions, agenda items, discussion points and follow-up reports, with the board’s filters',
    boardFilterSchema.extend({
      query: z.string().max(500, { error: 'عبارت جستجو بیش از حد بلند است' }),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    z.array(searchResultSchema),
  ),
};
