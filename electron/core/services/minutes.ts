// Import and export of dabir.minutes/1 documents through the API.
import { importMinutes } from '../minutes/import';
import { exportedMinutes } from './final-minutes';
import type { Handlers } from './handlers';

export const minutesHandlers = {
  'minutes.import': (db, { document, replaceDraft }) => importMinutes(db, document, replaceDraft),
  // A final session's document is the one stored at finalisation: export and print agree.
  'minutes.export': (db, { sessionId }) => exportedMinutes(db, sessionId),
} satisfies Handlers<'minutes'>;
