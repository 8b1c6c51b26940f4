// Limits every layer shares, as plain numbers (no zod), so the renderer can check them before sending.

/** Largest attachment accepted: a multi-page colour scan fits; a phone video does not. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Largest bundle the app takes in one piece (base64 through the API): ten years of a busy province fit. */
export const MAX_BUNDLE_BYTES = 128 * 1024 * 1024;
