// The CSP strings and the header rewrite applied to every response in the app.
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  metaContentSecurityPolicy,
  withContentSecurityPolicy,
} from '../../electron/contract/csp';

describe('contentSecurityPolicy', () => {
  it('is self-only, without inline code or eval; one inline style allowed by its hash', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='; " +
        "font-src 'self'; img-src 'self' data:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(contentSecurityPolicy).not.toMatch(/unsafe-(eval|inline)/);
  });

  it('drops only frame-ancestors for the meta tag', () => {
    expect(metaContentSecurityPolicy).not.toContain('frame-ancestors');
    expect(metaContentSecurityPolicy.split('; ')).toHaveLength(contentSecurityPolicy.split('; ').length - 1);
  });
});

describe('withContentSecurityPolicy', () => {
  it('adds the policy and keeps the other headers', () => {
    const out = withContentSecurityPolicy({ 'Content-Type': ['text/html'] });
    expect(out).toEqual({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('replaces a weaker policy sent in any letter case', () => {
    const out = withContentSecurityPolicy({ 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"] });
    expect(out).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });

  it('copes with a response that has no headers', () => {
    expect(withContentSecurityPolicy(undefined)).toEqual({ 'Content-Security-Policy': [contentSecurityPolicy] });
  });
});
