// The invitation (دعوتنامه) of a session: what it prints (letterhead, the session's date with its
// weekday, time, place and agenda, the member organisations invited, who signs), and the office's
// number and date for it, kept.
import { z } from 'zod';
import { fileOutputSchema, idSchema, optionalTextSchema, typedDateSchema } from './common';
import { op } from './define';
import { letterheadSchema } from './letterhead';

/** One letter to each member organisation, or one to the members with every one of them in «رونوشت». */
export const invitationModes = ['each', 'copies'] as const;
export const invitationModeSchema = z.enum(invitationModes, { error: 'شیوه دعوتنامه ناشناخته است' });
export type InvitationMode = z.infer<typeof invitationModeSchema>;

export const invitationMarkSchema = z.object({
  /** The office's letter number, as typed; null: not given yet (printed as dots). */
  number: z.string().nullable(),
  /** Canonical Jalali date; null: not given yet. */
  date: z.string().nullable(),
  mode: invitationModeSchema,
});
export type InvitationMark = z.infer<typeof invitationMarkSchema>;

export const printableInvitationSchema = z.object({
  sessionId: idSchema,
  letterhead: letterheadSchema,
  /** The secretariat the session belongs to. */
  secretariat: z.string(),
  /** The working group's name with its province, once («کار گروه … استان مرکزی»). */
  workingGroup: z.string(),
  session: z.object({
    number: z.number().int(),
    year: z.number().int(),
    /** «اولین», «بیست و یکمین». */
    ordinal: z.string(),
    /** Canonical Jalali. */
    date: z.string(),
    /** «سه‌شنبه ۲ اردیبهشت ۱۳۹۹»: its true weekday, Persian digits. */
    longDate: z.string(),
    weekday: z.string(),
    startTime: z.string().nullable(),
    endTime: z.string().nullable(),
    location: z.string().nullable(),
  }),
  agenda: z.array(z.string()),
  /** The group's member organisations on the session's date, in the group's order: the «رونوشت». */
  members: z.array(z.object({ organizationId: idSchema, name: z.string() })),
  /** Who gets a letter: every member, or the one asked for. */
  addressees: z.array(z.object({ organizationId: idSchema, name: z.string() })),
  /** The session's secretary, else the group's default secretary; null when neither is named. */
  signatory: z.object({ name: z.string(), title: z.string().nullable() }).nullable(),
  /** The number, date and mode kept for it; null until first kept. */
  mark: invitationMarkSchema.nullable(),
  /** The mode it prints in: the one asked for, else the one kept, else one letter each. */
  mode: invitationModeSchema,
  /** The group's setting: print the text exactly as typed. */
  printAsTyped: z.boolean(),
});
export type PrintableInvitation = z.infer<typeof printableInvitationSchema>;

export const invitationRequestSchema = z.object({
  sessionId: idSchema,
  /** Only this member organisation's letter. */
  organizationId: idSchema.optional(),
  /** Left out: the mode kept, else one letter each. */
  mode: invitationModeSchema.optional(),
});
export type InvitationRequest = z.infer<typeof invitationRequestSchema>;

export const invitationOps = {
  'invitations.printable': op(
    'what a session’s invitation prints: letterhead, date with weekday, time, place, agenda, the members invited, who signs, number and date kept',
    invitationRequestSchema,
    printableInvitationSchema,
  ),
  'invitations.mark': op(
    'keep the office’s number and date for a session’s invitation (the date typed, any digits) and whether it goes one letter each or one with «رونوشت»',
    z.object({
      sessionId: idSchema,
      number: optionalTextSchema,
      date: typedDateSchema.nullable(),
      mode: invitationModeSchema,
    }),
    invitationMarkSchema,
  ),
  'invitations.pdf': op(
    'the invitation as PDF, through the same print page and printer as the minutes',
    invitationRequestSchema,
    fileOutputSchema,
    { async: true },
  ),
};
