// The printed title: the seed's shape, the province named once whatever the group's name says.
import { describe, expect, it } from 'vitest';
import { groupWithProvince, minutesTitle } from '../../../electron/core/domain/minutes-title';

describe('minutesTitle', () => {
  it('is the real minutes’ title line, the year in Persian digits', () => {
    expect(
      minutesTitle(
        { name: 'کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده', province: 'مرکزی' },
        { number: 1, year: 1399 },
      ),
    ).toBe('صورتجلسه اولین جلسه کار گروه تخصصی امور اجتماعی، فرهنگی، سلامت، زنان و خانواده استان مرکزی در سال ۱۳۹۹');
    expect(minutesTitle({ name: 'کارگروه اشتغال', province: 'قزوین' }, { number: 21, year: 1402 })).toBe(
      'صورتجلسه بیست و یکمین جلسه کارگروه اشتغال استان قزوین در سال ۱۴۰۲',
    );
  });

  it('never doubles «استان» when the name ends with it', () => {
    expect(
      minutesTitle({ name: 'کارگروه سلامت و امنیت غذایی استان', province: 'قزوین' }, { number: 2, year: 1403 }),
    ).toBe('صورتجلسه دومین جلسه کارگروه سلامت و امنیت غذایی استان قزوین در سال ۱۴۰۳');
  });
});

describe('groupWithProvince', () => {
  it('adds « استان X» to a name that does not name its province', () => {
    expect(groupWithProvince('کارگروه آموزش، پژوهش، فرهنگ و سلامت', 'خراسان رضوی')).toBe(
      'کارگروه آموزش، پژوهش، فرهنگ و سلامت استان خراسان رضوی',
    );
    expect(groupWithProvince('کارگروه زنان و خانواده', 'استان مرکزی')).toBe('کارگروه زنان و خانواده استان مرکزی');
  });

  it('adds only the province to a name ending with «استان»', () => {
    expect(groupWithProvince('کارگروه سلامت و امنیت غذایی استان', 'قزوین')).toBe(
      'کارگروه سلامت و امنیت غذایی استان قزوین',
    );
    expect(groupWithProvince('  کارگروه اشتغال و سرمایه‌گذاری استان ', 'استان آذربایجان شرقی')).toBe(
      'کارگروه اشتغال و سرمایه‌گذاری استان آذربایجان شرقی',
    );
  });

  it('prints a name that already names its province as it is', () => {
    expect(groupWithProvince('کارگروه سلامت و امنیت غذایی استان قزوین', 'قزوین')).toBe(
      'کارگروه سلامت و امنیت غذایی استان قزوین',
    );
    expect(groupWithProvince('کارگروه اجتماعی استان کرمانشاه و ستاد ساماندهی', 'کرمانشاه')).toBe(
      'کارگروه اجتماعی استان کرمانشاه و ستاد ساماندهی',
    );
    expect(groupWithProvince('کارگروه تخصصی سلامت خراسان رضوی', 'خراسان رضوی')).toBe('کارگروه تخصصی سلامت خراسان رضوی');
    // Arabic ي/ك and a missing half-space in either still name the same province.
    expect(groupWithProvince('كارگروه بانوان استان كهگيلويه و بويراحمد', 'کهگیلویه و بویراحمد')).toBe(
      'كارگروه بانوان استان كهگيلويه و بويراحمد',
    );
  });

  it('does not take a province word inside the name for the province', () => {
    // «مرکزی» (central) as a plain word in the middle is not the province of the title.
    expect(groupWithProvince('کارگروه هماهنگی مرکزی امور بانوان', 'مرکزی')).toBe(
      'کارگروه هماهنگی مرکزی امور بانوان استان مرکزی',
    );
  });

  it('prints the name alone with no province', () => {
    expect(groupWithProvince('کارگروه ملی سلامت', '')).toBe('کارگروه ملی سلامت');
    expect(groupWithProvince('کارگروه سلامت استان', '  ')).toBe('کارگروه سلامت استان');
  });
});
