// Limits every layer shares, as plain numbers (no zod), so the renderer can check them before sending.

/** Largest attachment accepted: a multi-page colour scan fits; a phone video does not. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Largest bundle the app takes in one piece (base64 through the API): ten years of a busy province fit. */
export const MAX_BUNDLE_BYTES = 128 * 1024 * 1024;

/** Longest text a field takes: far beyond any real resolution, far below what could exhaust memory. */
export const MAX_TEXT_CHARS = 20_000;

/** Most items a list in one minutes document may hold (resolutions, attendance lines, agenda…). */
export const MAX_LIST_ITEMS = 1_000;

/** Largest input of one call, as JSON; files (attachments, bundles) and whole documents have their own. */
export const MAX_INPUT_BYTES = 1024 * 1024;
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Largest past minutes file read (Word or text): a long .docx with its logo fits; 50 MB is not minutes. */
export const MAX_PAST_MINUTES_BYTES = 20 * 1024 * 1024;
/** Most source lines one past minutes file may have: years of a body's minutes in one file are split first. */
export const MAX_SOURCE_LINES = 20_000;

const base64Of = (bytes: number) => Math.ceil(bytes / 3) * 4 + 64 * 1024;

/** The largest input (as JSON) each operation takes; anything bigger is refused before it is read. */
export function inputLimit(op: string): number {
  if (op === 'attachments.add') return base64Of(MAX_ATTACHMENT_BYTES);
  if (op === 'headquarters.import') return base64Of(MAX_BUNDLE_BYTES);
  if (op === 'minutes.import' || op === 'pastMinutes.save') return MAX_DOCUMENT_BYTES;
  if (op === 'pastMinutes.read') return base64Of(MAX_PAST_MINUTES_BYTES);
  return MAX_INPUT_BYTES;
}

/** Largest letterhead logo: a crisp emblem is tens of kilobytes; a photo is not a logo. */
export const MAX_LOGO_BYTES = 512 * 1024;
/** Most heading lines a letterhead holds: more would crowd the letter off its first page. */
export const MAX_LETTERHEAD_LINES = 5;

/** Rows of the board a page shows at first, and the most one call returns (a province has thousands open). */
export const BOARD_PAGE = 100;
export const BOARD_MAX_PAGE = 1000;
