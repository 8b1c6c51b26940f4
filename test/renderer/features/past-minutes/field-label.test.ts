// A doubtful field's Persian name from its path in the minutes, and the part of the editor it marks.
import { describe, expect, it } from 'vitest';
import { editorPart, fieldLabel } from '../../../../renderer/src/features/past-minutes/field-label';

describe('fieldLabel', () => {
  it('names the header fields', () => {
    expect(fieldLabel('session.date')).toBe('تاریخ جلسه');
    expect(fieldLabel('session.number')).toBe('شماره جلسه');
    expect(fieldLabel('session.chair')).toBe('رئیس جلسه');
    expect(fieldLabel('session.location')).toBe('مکان جلسه');
  });

  it('numbers the rows from one, then names the field', () => {
    expect(fieldLabel('session.resolutions[2].deadline')).toBe('مصوبه ۳ — مهلت اقدام');
    expect(fieldLabel('session.resolutions[0].responsible')).toBe('مصوبه ۱ — مسئول پیگیری');
    expect(fieldLabel('session.resolutions[0].responsible[1]')).toBe('مصوبه ۱ — مسئول پیگیری ۲');
    expect(fieldLabel('session.attendance[5].organization')).toBe('حضور و غیاب، ردیف ۶ — دستگاه');
    expect(fieldLabel('session.discussion[0].speaker')).toBe('اهم مطالب، سخنران ۱ — نام سخنران');
    expect(fieldLabel('session.discussion[1].points[3]')).toBe('اهم مطالب، سخنران ۲ — مطلب ۴');
    expect(fieldLabel('session.agenda[11]')).toBe('دستور کار، بند ۱۲');
  });

  it('names a whole list', () => {
    expect(fieldLabel('session.attendance')).toBe('حضور و غیاب');
    expect(fieldLabel('session.resolutions')).toBe('مصوبات');
  });

  it('shows a path it cannot name as it is', () => {
    expect(fieldLabel('session.somethingNew[0]')).toBe('session.somethingNew[0]');
    expect(fieldLabel('session')).toBe('session');
    expect(fieldLabel('session.resolutions[x]')).toBe('session.resolutions[x]');
  });
});

describe('editorPart', () => {
  it('is the card or header field a path names, none for a whole list', () => {
    expect(editorPart('session.resolutions[2].deadline')).toBe('resolutions[2]');
    expect(editorPart('session.date')).toBe('date');
    expect(editorPart('session.attendance')).toBeNull();
    expect(editorPart('session.resolutions')).toBeNull();
  });
});
