// The app's Content-Security-Policy, in one place for the Electron shell, the browser host
// and the renderer build. Pure strings: no Node, no Electron, so any layer's code can use it.

/** Every directive; `'self'` only, no inline script or style, no eval. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // The one inline <style> react-aria adds (usePress: `touch-action` for pressable elements),
  // allowed by its hash only; a library update that changes it shows up as a CSP error in the e2e tests.
  "style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The same policy for a `<meta http-equiv>` tag. Pages loaded from `file://` get no response
 * headers, so the meta tag is what protects the window there; browsers ignore
 * `frame-ancestors` in a meta tag (and warn about it), so it is left out.
 */
export const metaContentSecurityPolicy = contentSecurityPolicy
  .split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

/** Response headers with our policy set, replacing any policy header in whatever case it came. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [contentSecurityPolicy];
  return out;
}
