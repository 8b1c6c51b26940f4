// The letterhead: one row, set once. The logo's type and size are read from its bytes (image-size),
// never from the name it came with, so print and Word keep its proportions.
import { imageSize } from 'image-size';
import type { Letterhead } from '../../contract';
import { MAX_LOGO_BYTES } from '../../contract/limits';
import { logoTooLarge } from '../../contract/limit-messages';
import { ltrIsolate } from '../../contract/persian-text';
import type { Db } from '../db/open';
import { get, run, sql } from '../db/sql';
import { invalid } from '../errors';
import { sniffMediaType } from './attachments';
import type { Handlers } from './handlers';

interface Row {
  heading: string;
  logo: Buffer | null;
  logo_media_type: 'image/png' | 'image/jpeg' | null;
  updated_at: string;
}

/** Heading lines as typed, blank ones dropped (they would print as gaps). */
const linesOf = (heading: string) => heading.split('\n').filter((l) => l.trim() !== '');

function logoOf(bytes: Buffer, mediaType: 'image/png' | 'image/jpeg') {
  const { width, height } = imageSize(bytes);
  return { mediaType, data: bytes.toString('base64'), width, height };
}

export function readLetterhead(db: Db): Letterhead {
  const row = get<Row>(db, sql`SELECT * FROM letterhead WHERE id = 1`);
  if (!row) return { lines: [], logo: null, updatedAt: null };
  return {
    lines: linesOf(row.heading),
    logo: row.logo && row.logo_media_type ? logoOf(row.logo, row.logo_media_type) : null,
    updatedAt: row.updated_at,
  };
}

/** The logo's bytes checked: an image of a type print and Word both take, that can be measured. */
function checkedLogo(data: string): { bytes: Buffer; mediaType: 'image/png' | 'image/jpeg' } {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0) throw invalid('پرونده نشان خالی است', 'logo');
  if (bytes.length > MAX_LOGO_BYTES) throw invalid(logoTooLarge, 'logo');
  const mediaType = sniffMediaType(bytes);
  const refused = invalid(`نشان باید تصویر ${ltrIsolate('PNG')} یا ${ltrIsolate('JPEG')} باشد`, 'logo');
  if (mediaType !== 'image/png' && mediaType !== 'image/jpeg') throw refused;
  try {
    const { width, height } = imageSize(bytes);
    if (!(width > 0 && height > 0)) throw refused;
  } catch {
    throw refused;
  }
  return { bytes, mediaType };
}

export const letterheadHandlers = {
  'letterhead.get': (db) => readLetterhead(db),
  'letterhead.set': (db, { heading, logo }) => {
    const now = new Date().toISOString();
    const kept = get<Pick<Row, 'logo' | 'logo_media_type'>>(
      db,
      sql`SELECT logo, logo_media_type FROM letterhead WHERE id = 1`,
    );
    const next =
      logo === undefined
        ? { bytes: kept?.logo ?? null, mediaType: kept?.logo_media_type ?? null }
        : logo === null
          ? { bytes: null, mediaType: null }
          : checkedLogo(logo);
    run(
      db,
      sql`INSERT INTO letterhead (id, heading, logo, logo_media_type, updated_at)
          VALUES (1, ${heading}, ${next.bytes}, ${next.mediaType}, ${now})
          ON CONFLICT (id) DO UPDATE SET heading = excluded.heading, logo = excluded.logo,
            logo_media_type = excluded.logo_media_type, updated_at = excluded.updated_at`,
    );
    return readLetterhead(db);
  },
} satisfies Handlers<'letterhead'>;
