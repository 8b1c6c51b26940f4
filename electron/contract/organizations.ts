// Organisations (دستگاه‌ها) of the directory: members of working groups, attendees, responsible for resolutions.
import { z } from 'zod';
import { byId, emptyInput, idSchema, okOutput, textSchema } from './common';
import { op } from './define';

export const organizationSchema = z.object({ id: idSchema, name: z.string() });
export type Organization = z.infer<typeof organizationSchema>;

export const organizationOps = {
  'organizations.list': op('all organisations, by name', emptyInput, z.array(organizationSchema)),
  'organizations.create': op(
    'add an organisation (refused if the same name exists)',
    z.object({ name: textSchema }),
    organizationSchema,
  ),
  'organizations.rename': op(
    'rename an organisation',
    z.object({ id: idSchema, name: textSchema }),
    organizationSchema,
  ),
  'organizations.remove': op('delete an organisation that nothing refers to', byId, okOutput),
};
