// Import and export of dabir.minutes/1 documents through the API.
import { exportMinutes } from '../minutes/export';
import { importMinutes } from '../minutes/import';
import type { Handlers } from './handlers';

export const minutesHandlers = {
  'minutes.import': (db, { document, replaceDraft }) => importMinutes(db, document, replaceDraft),
  'minutes.export': (db, { sessionId }) => exportMinutes(db, sessionId),
} satisfies Handlers<'minutes'>;
