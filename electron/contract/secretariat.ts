// The secretariat: this installation's identity (one row), set at first run.
import { z } from 'zod';
import { emptyInput, idSchema, textSchema } from './common';
import { op } from './define';

/** A province's secretariat writes minutes and sends bundles; headquarters imports them. */
export const roleSchema = z.enum(['province', 'headquarters']);
export type Role = z.infer<typeof roleSchema>;

export const secretariatSchema = z.object({
  id: idSchema,
  name: z.string(),
  province: z.string(),
  createdAt: z.string(),
  role: roleSchema,
});
export type Secretariat = z.infer<typeof secretariatSchema>;

export const secretariatOps = {
  /** This installation's secretariat, or null before first-run setup. */
  'secretariat.get': op('this installation’s secretariat', emptyInput, secretariatSchema.nullable()),
  /** The data file's role before first-run setup: null, or headquarters when started with `--hq`. */
  'secretariat.role': op('this data file’s role', emptyInput, z.object({ role: roleSchema.nullable() })),
  /**
   * Names the secretariat (first run) or renames it; the id never changes. The role is chosen at
   * the first setup (province when not given) and can never change.
   */
  'secretariat.setup': op(
    'name the secretariat',
    z.object({ name: textSchema, province: textSchema, role: roleSchema.optional() }),
    secretariatSchema,
  ),
};
