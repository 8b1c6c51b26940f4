// The national loop (مصوبات ستاد), in Persian: headquarters' matrix and directives, a province's
// directives taken in; part of `fa`.
import { ltr } from './bidi';

export const faNational = {
  nationalResolution: 'مصوبه ستاد',
  nationalMinutes: 'صورتجلسه ستاد که این مصوبه از آن است',
  readOnlyText: 'مصوبه ستاد: متن آن از ستاد است و تغییر نمی‌کند؛ وضعیت و گزارش پیگیری آن از آنِ این استان است.',
  sectionNational: 'مصوبات ستاد',
  sectionGroups: 'کارگروه‌های ستاد',
  sectionBoard: 'پیگیری استان‌ها',
  province: 'استان',
  allProvinces: 'همه استان‌ها',
  // The matrix.
  matrixIntro:
    'هر مصوبه جلسات قطعی ستاد که به استان‌ها ابلاغ شده است، با وضعیت و آخرین گزارش هر استان از بسته‌هایی که فرستاده است.',
  noNational: 'در این سال مصوبه ابلاغ‌شده‌ای از جلسات قطعی ستاد نیست.',
  noWord: 'بی‌خبر',
  toAll: 'همه استان‌ها',
  toNamed: (n: string) => `${n} استان`,
  assignedTo: 'ابلاغ به',
  provincesTable: 'استان‌ها',
  assigned: 'ابلاغ‌شده',
  unreported: 'بی‌گزارش',
  completion: 'نرخ اجرا',
  perProvince: 'وضعیت استان‌ها',
  reports: 'گزارش‌ها',
  lastReport: 'آخرین گزارش',
  dueDate: 'سررسید',
  xlsx: 'خروجی Excel',
  // Directives at headquarters.
  directiveHeading: 'ابلاغ به استان‌ها',
  directiveIntro:
    'بسته ابلاغ صورتجلسه‌های قطعی ستاد و مصوبات ابلاغ‌شده را با امضای ستاد برای استان‌ها می‌برد؛ هر استان فقط آنچه به آن ابلاغ شده است را می‌بیند.',
  directiveTarget: 'برای',
  directiveFull: 'بسته کامل (نه فقط تغییرات از ابلاغ قبلی)',
  directiveWrite: 'ساختن بسته ابلاغ',
  directiveWritten: (sessions: string) => `بسته ابلاغ (${sessions} صورتجلسه) نوشته شد:`,
  directiveCancelled: 'ذخیره لغو شد؛ چیزی ابلاغ‌شده به حساب نیامد.',
  // Assigning a resolution.
  assignLabel: 'ابلاغ به استان‌ها',
  assignNone: 'ابلاغ نشده',
  assignAll: 'همه استان‌ها',
  assignNamed: 'استان‌های انتخابی',
  assignIntro:
    'هر مصوبه را به همه استان‌ها یا استان‌های انتخابی ابلاغ کنید، در پیش‌نویس یا پس از قطعی شدن؛ بسته ابلاغ («مصوبات ستاد») آن را به استان‌ها می‌برد.',
  noResolutions: 'این جلسه هنوز مصوبه‌ای ندارد.',
  ownDeadline: 'مهلت استان',
  resolutionsDeadline: 'همان مهلت مصوبه',
  // A province takes directives in.
  receiveHeading: 'دریافت ابلاغ ستاد',
  receiveIntro:
    'بسته ابلاغ ستاد مصوباتی را که ستاد به این استان ابلاغ کرده است می‌آورد؛ متن آن‌ها فقط خواندنی است و وضعیت و گزارش پیگیری آن‌ها را استان ثبت می‌کند و در بسته بعدی به ستاد می‌فرستد.',
  chooseDirective: `انتخاب بسته ابلاغ (${ltr('.dabir')})`,
  receiving: 'در حال ورود…',
  received: (hq: string, assigned: string) => `وارد شد: ${hq}؛ ${assigned} مصوبه ستاد برای این استان`,
  alreadyReceived: 'این ابلاغ پیش‌تر وارد شده است؛ چیزی تغییر نکرد.',
  newHeadquarters: 'کلید ستاد:',
  confirmHeadquarters: 'اثر انگشت را تلفنی با ستاد مقایسه کردم و یکی است؛ کلید ستاد را ثبت و ابلاغ را وارد کن',
  headquartersKey: (name: string, fingerprint: string) => `کلید ثبت‌شده ستاد: ${name} — اثر انگشت ${fingerprint}`,
  noHeadquartersYet: 'هنوز ابلاغی از ستاد وارد نشده است.',
  assignedHere: (n: string) => `${n} مصوبه ستاد به این استان ابلاغ شده است (در «مصوبات باز»).`,
} as const;
