// An instant on screen (backups, bundles, finalisation, signed copies) in one Persian form:
// «۱۴۰۵/۰۹/۱۰، ۰۹:۰۴» — Jalali date with its zeros, the Persian comma, 24-hour time to the minute.
import { describe, expect, it } from 'vitest';
import { jalaliMoment } from '../../../renderer/src/i18n/moments';

describe('jalaliMoment', () => {
  it('writes the Jalali date and time with Persian digits, zeros and the Persian comma', () => {
    expect(jalaliMoment('2026-12-01T05:34:45.120Z', 'Asia/Tehran')).toBe('۱۴۰۵/۰۹/۱۰، ۰۹:۰۴');
  });

  it('gives the afternoon in 24 hours', () => {
    expect(jalaliMoment('2026-12-01T12:15:00Z', 'Asia/Tehran')).toBe('۱۴۰۵/۰۹/۱۰، ۱۵:۴۵');
  });

  it('takes the day and hour from the time zone it is shown in', () => {
    expect(jalaliMoment('2026-11-30T21:00:00Z', 'Asia/Tehran')).toBe('۱۴۰۵/۰۹/۱۰، ۰۰:۳۰');
    expect(jalaliMoment('2026-11-30T21:00:00Z', 'UTC')).toBe('۱۴۰۵/۰۹/۰۹، ۲۱:۰۰');
  });

  it('turns the year at Nowruz', () => {
    expect(jalaliMoment('2026-03-20T20:29:00Z', 'Asia/Tehran')).toBe('۱۴۰۴/۱۲/۲۹، ۲۳:۵۹');
    expect(jalaliMoment('2026-03-20T20:30:00Z', 'Asia/Tehran')).toBe('۱۴۰۵/۰۱/۰۱، ۰۰:۰۰');
  });

  it('uses the machine time zone by default', () => {
    expect(jalaliMoment('2026-12-01T05:34:00Z')).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}، [۰-۹]{2}:[۰-۹]{2}$/);
  });
});
