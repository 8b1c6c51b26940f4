// The first run (a province secretariat or headquarters), in Persian; part of `fa`.
export const faSetup = {
  firstRunTitle: 'به دبیر خوش آمدید',
  firstRunIntro: 'پیش از شروع، دبیرخانه و نخستین کارگروه آن را معرفی کنید. این مشخصات بعداً هم قابل تغییر است.',
  secretariatName: 'نام دبیرخانه',
  secretariatNameHint: 'مثلاً: دبیرخانه کارگروه‌های تخصصی استانداری مرکزی',
  firstGroup: 'نخستین کارگروه',
  firstRunIntroWithGroups:
    'پیش از شروع، دبیرخانه را معرفی کنید. کارگروه‌هایی که از پیش وارد شده‌اند همان‌طور می‌مانند:',
  firstRunSubmit: 'شروع کار',
  hqFirstRunIntro: 'این رایانه در ستاد بسته‌های دبیرخانه‌های استان‌ها را وارد می‌کند و کنار هم نشان می‌دهد.',
  hqName: 'نام دفتر ستاد',
  hqProvince: 'شهر یا استان ستاد',
  setUpAsHeadquarters: 'این رایانه در ستاد است',
  setUpAsProvince: 'این رایانه در دبیرخانه استان است',
} as const;
