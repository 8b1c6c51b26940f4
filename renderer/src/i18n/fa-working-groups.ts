// Working groups: the list, a new group, its settings, members and the people directory, in Persian; part of `fa`.
const faWhose = (name: string) => ` — ${name.trim() || 'شخص بی‌نام'}`;

export const faWorkingGroups = {
  workingGroups: 'کارگروه‌ها',
  noWorkingGroups: 'هنوز کارگروهی ثبت نشده است. صورتجلسه‌ای را از خط فرمان وارد کنید یا کارگروه تازه بسازید.',
  newGroup: '+ کارگروه تازه',
  newGroupTitle: 'کارگروه تازه',
  newGroupSubmit: 'ساخت کارگروه',
  members: 'دستگاه‌های عضو',
  noMembers: 'هنوز دستگاهی عضو این کارگروه نیست.',
  addMember: 'افزودن دستگاه عضو',
  since: 'عضویت از',
  until: 'تا',
  groupSetup: 'تنظیمات کارگروه',
  people: 'فهرست اشخاص',
  personName: 'نام و نام خانوادگی',
  personTitle: 'سمت',
  personOrganization: 'دستگاه',
  /** A row's labels name its person; a row whose name is still empty says so. */
  personLabel: (field: string, name: string) => `${field}${faWhose(name)}`,
  /** After a field's word: whose row it is. */
  whose: (name: string) => faWhose(name),
  addPerson: 'افزودن شخص',
  noPeople: 'هنوز کسی در فهرست اشخاص نیست.',
  groupDetails: 'مشخصات کارگروه',
  immediateDays: 'مهلت «فوری» (روز)',
  defaultChair: 'رئیس پیش‌فرض جلسه‌ها',
  defaultSecretary: 'دبیر پیش‌فرض جلسه‌ها',
  noOrganization: '— بدون دستگاه —',
  notANumber: 'عدد بنویسید',
  printAsTyped: 'چاپ متن همان‌گونه که نوشته شده',
  printAsTypedHint:
    'بی این گزینه، در چاپ، PDF و نسخه Word رقم‌های متن فارسی با رقم فارسی و «ي» و «ك» عربی با «ی» و «ک» فارسی چاپ می‌شوند؛ آنچه ذخیره شده تغییر نمی‌کند.',
  removePersonTitle: (name: string) => `«${name}» از فهرست اشخاص حذف شود؟`,
  removePersonBody:
    'جلسه‌هایی که نام او را دارند همان‌طور می‌مانند؛ فقط از پیشنهادهای فهرست اشخاص برداشته می‌شود. این کار با واگرد برنمی‌گردد.',
} as const;
