// A session's discussion (مشروح مذاکرات): speakers in order, each with their points.
import { z } from 'zod';
import {
  byId,
  idSchema,
  moveInput,
  okOutput,
  personPatch,
  personRefInput,
  personRefSchema,
  restoredId,
  textSchema,
} from './common';
import { op } from './define';
import { agendaItemSchema } from './agenda';

export const discussionPointSchema = agendaItemSchema;
export const speakerSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  speaker: personRefSchema,
  points: z.array(discussionPointSchema),
});

export const discussionOps = {
  'discussion.addSpeaker': op(
    'add a speaker to the discussion (at a position; with `id` and `points`, put a removed one back)',
    z.object({
      sessionId: idSchema,
      id: restoredId,
      speaker: personRefInput,
      position: z.number().int().nonnegative().optional(),
      points: z.array(z.object({ id: restoredId, text: textSchema })).default([]),
    }),
    speakerSchema,
  ),
  'discussion.updateSpeaker': op(
    'change who spoke; a half left out (name or title) stays',
    z.object({ id: idSchema, speaker: personPatch }),
    speakerSchema,
  ),
  'discussion.moveSpeaker': op('reorder a speaker', moveInput, okOutput),
  'discussion.removeSpeaker': op(
    'delete a speaker and their points; answers them as they were, for an undo',
    byId,
    speakerSchema,
  ),
  'discussion.addPoint': op(
    'add a point under a speaker (at a position; with `id`, put a removed one back)',
    z.object({
      speakerId: idSchema,
      id: restoredId,
      text: textSchema,
      position: z.number().int().nonnegative().optional(),
    }),
    discussionPointSchema,
  ),
  'discussion.updatePoint': op('change a point', z.object({ id: idSchema, text: textSchema }), discussionPointSchema),
  'discussion.movePoint': op('reorder a point under its speaker', moveInput, okOutput),
  'discussion.removePoint': op('delete a point; answers it as it was, for an undo', byId, discussionPointSchema),
};
