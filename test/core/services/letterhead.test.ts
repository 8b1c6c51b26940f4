// The letterhead: set once, read back with the logo's measured size; a logo that is not a PNG or
// JPEG, too large, or unreadable is refused in Persian and the letterhead kept as it was.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_LOGO_BYTES } from '../../../electron/contract/limits';
import { api, createDb } from '../../helpers/db';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/letterhead');
const png = readFileSync(path.join(fixtures, 'logo.png'));
const jpeg = readFileSync(path.join(fixtures, 'logo.jpg'));

describe('letterhead', () => {
  it('is empty until set, then keeps the heading lines as typed and the logo with its size', () => {
    const { call } = api(createDb());
    expect(call('letterhead.get', {})).toEqual({ lines: [], logo: null, updatedAt: null });
    const set = call('letterhead.set', {
      heading: 'استانداري مركزي\n\nدبیرخانه کارگروه تخصصی امور اجتماعی  ',
      logo: png.toString('base64'),
    });
    // As typed (Arabic ي/ك kept), blank lines dropped.
    expect(set.lines).toEqual(['استانداري مركزي', 'دبیرخانه کارگروه تخصصی امور اجتماعی  ']);
    expect(set.logo).toMatchObject({ mediaType: 'image/png', width: 240, height: 200 });
    expect(Buffer.from(set.logo!.data, 'base64').equals(png)).toBe(true);
    expect(call('letterhead.get', {})).toEqual(set);
  });

  it('keeps the logo when left out, replaces it with a JPEG, removes it with null', () => {
    const { call } = api(createDb());
    call('letterhead.set', { heading: 'استانداری', logo: png.toString('base64') });
    expect(call('letterhead.set', { heading: 'استانداری مرکزی' }).logo?.mediaType).toBe('image/png');
    expect(call('letterhead.set', { heading: 'استانداری مرکزی', logo: jpeg.toString('base64') }).logo).toMatchObject({
      mediaType: 'image/jpeg',
      width: 240,
      height: 200,
    });
    expect(call('letterhead.set', { heading: 'استانداری مرکزی', logo: null }).logo).toBeNull();
  });

  it('refuses what is not a logo in Persian, keeping what was set', () => {
    const { call, dispatch } = api(createDb());
    const before = call('letterhead.set', { heading: 'استانداری', logo: png.toString('base64') });
    const refused = (input: unknown) => {
      const r = dispatch('letterhead.set', input);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.error.message;
    };
    expect(refused({ heading: 'x', logo: Buffer.from('%PDF-1.7\n').toString('base64') })).toContain('PNG');
    // A PNG signature with nothing after it cannot be measured.
    expect(refused({ heading: 'x', logo: png.subarray(0, 12).toString('base64') })).toContain('PNG');
    expect(refused({ heading: 'x', logo: '' })).toContain('خالی');
    expect(refused({ heading: 'x', logo: Buffer.alloc(MAX_LOGO_BYTES + 1).toString('base64') })).toContain('کیلوبایت');
    expect(refused({ heading: 'x', logo: 'not base64!' })).toContain('خوانده نشد');
    expect(refused({ heading: 'a\nb\nc\nd\ne\nf' })).toContain('۵ سطر');
    expect(call('letterhead.get', {})).toEqual(before);
  });
});
