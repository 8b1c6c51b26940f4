// The search box, in Persian; part of `fa`.
export const faSearch = {
  searchLabel: 'جستجو در مصوبات، دستور کار، مطالب و پیگیری‌ها',
  searchPlaceholder: 'جستجو… (Ctrl+K)',
  searchNothing: 'چیزی پیدا نشد.',
  searchKinds: { resolution: 'مصوبه', agenda_item: 'دستور کار', discussion_point: 'مطلب', follow_up: 'پیگیری' },
  anyStatus: 'هر وضعیت',
} as const;
