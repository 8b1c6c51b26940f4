// The secretariat's letterhead (سربرگ): the heading lines and the logo its invitations and letters
// are printed on, set once and kept in the data file.
import { z } from 'zod';
import { emptyInput } from './common';
import { op } from './define';
import { MAX_LETTERHEAD_LINES, MAX_LOGO_BYTES } from './limits';
import { logoTooLarge } from './limit-messages';
import { toPersianDigits } from './persian-text';

export const logoMediaTypes = ['image/png', 'image/jpeg'] as const;

export const logoSchema = z.object({
  mediaType: z.enum(logoMediaTypes),
  /** The image's bytes, base64. */
  data: z.string(),
  /** Its size in pixels, read from the file: print and Word keep its proportions. */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type Logo = z.infer<typeof logoSchema>;

export const letterheadSchema = z.object({
  /** The heading lines, top to bottom («استانداری مرکزی», «دبیرخانه کارگروه …»); empty when not set. */
  lines: z.array(z.string()),
  logo: logoSchema.nullable(),
  /** null until it is first set. */
  updatedAt: z.string().nullable(),
});
export type Letterhead = z.infer<typeof letterheadSchema>;

const maxLogoBase64 = Math.ceil(MAX_LOGO_BYTES / 3) * 4;

export const letterheadOps = {
  'letterhead.get': op('the secretariat’s letterhead: heading lines and logo', emptyInput, letterheadSchema),
  'letterhead.set': op(
    'set the letterhead once: the heading as typed (one line per line) and the logo (PNG or JPEG); logo left out keeps it, null removes it',
    z.object({
      heading: z
        .string({ error: 'متن سربرگ لازم است' })
        .max(1000, { error: 'متن سربرگ بیش از حد بلند است' })
        .refine((s) => s.split('\n').filter((l) => l.trim() !== '').length <= MAX_LETTERHEAD_LINES, {
          error: `سربرگ حداکثر ${toPersianDigits(MAX_LETTERHEAD_LINES)} سطر دارد`,
        }),
      logo: z
        .string()
        .max(maxLogoBase64, { error: logoTooLarge })
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'پرونده نشان خوانده نشد' })
        .nullable()
        .optional(),
    }),
    letterheadSchema,
  ),
};
