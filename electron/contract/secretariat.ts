// The secretariat: this installation's identity (one row), set at first run.
import { z } from 'zod';
import { emptyInput, idSchema, textSchema } from './common';
import { op } from './define';

export const secretariatSchema = z.object({
  id: idSchema,
  name: z.string(),
  province: z.string(),
  createdAt: z.string(),
});
export type Secretariat = z.infer<typeof secretariatSchema>;

export const secretariatOps = {
  /** This installation's secretariat, or null before first-run setup. */
  'secretariat.get': op('this installation’s secretariat', emptyInput, secretariatSchema.nullable()),
  /** Names the secretariat (first run) or renames it; the id never changes. */
  'secretariat.setup': op(
    'name the secretariat',
    z.object({ name: textSchema, province: textSchema }),
    secretariatSchema,
  ),
};
