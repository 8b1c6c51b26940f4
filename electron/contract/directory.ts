// The directory: organisations (دستگاه‌ها) and people (name, title, organisation).
import { z } from 'zod';
import { byId, emptyInput, idSchema, okOutput, optionalTextSchema, textSchema } from './common';
import { op } from './define';

export const organizationSchema = z.object({ id: idSchema, name: z.string() });
export type Organization = z.infer<typeof organizationSchema>;

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  title: z.string().nullable(),
  organizationId: idSchema.nullable(),
});
export type Person = z.infer<typeof personSchema>;

const personFields = {
  name: textSchema,
  title: optionalTextSchema.default(null),
  organizationId: idSchema.nullable().default(null),
};

export const directoryOps = {
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

  'people.list': op('the people directory, by name', emptyInput, z.array(personSchema)),
  'people.create': op('add a person', z.object(personFields), personSchema),
  'people.update': op(
    'change a person; fields left out stay as they are',
    z.object({
      id: idSchema,
      name: textSchema.optional(),
      title: optionalTextSchema.optional(),
      organizationId: idSchema.nullable().optional(),
    }),
    personSchema,
  ),
  'people.remove': op('delete a person', byId, okOutput),
};
