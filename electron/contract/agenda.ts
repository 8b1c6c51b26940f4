// A session's agenda (دستور جلسه): its items in order.
import { z } from 'zod';
import { byId, idSchema, moveInput, okOutput, restoredId, textSchema } from './common';
import { op } from './define';

export const agendaItemSchema = z.object({ id: idSchema, position: z.number().int(), text: z.string() });

export const agendaOps = {
  'agenda.add': op(
    'add an agenda item (at a position; with `id`, put a removed one back)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      text: textSchema,
      position: z.number().int().nonnegative().optional(),
    }),
    agendaItemSchema,
  ),
  'agenda.update': op('change an agenda item', z.object({ id: idSchema, text: textSchema }), agendaItemSchema),
  'agenda.move': op('reorder an agenda item', moveInput, okOutput),
  'agenda.remove': op('delete an agenda item; answers it as it was, for an undo', byId, agendaItemSchema),
};
