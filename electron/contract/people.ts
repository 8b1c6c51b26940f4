// People of the directory: name, title and organisation (chairs, secretaries, speakers to pick from).
import { z } from 'zod';
import { byId, emptyInput, idSchema, okOutput, optionalTextSchema, textSchema } from './common';
import { op } from './define';

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

export const personOps = {
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
