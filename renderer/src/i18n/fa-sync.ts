// «ارسال به ستاد» (the sync bundle sent from a province), in Persian; part of `fa`.
import type { SyncedEntity } from '../../../electron/contract/synced-entities';

export const faSync = {
  sendIntro:
    'بسته همگام‌سازی همه تغییرات پس از آخرین ارسال را با امضای این دبیرخانه در یک پرونده می‌گذارد. پرونده را (با حافظه جانبی یا نامه الکترونیکی) به ستاد برسانید.',
  fingerprintHint: 'ستاد پیش از پذیرفتن نخستین بسته، این رقم‌ها را تلفنی با شما مقایسه می‌کند.',
  nextBundle: 'آنچه در بسته بعدی می‌رود',
  nextBundleFull: 'هنوز بسته‌ای فرستاده نشده است؛ نخستین بسته کامل است و همه داده‌ها را دارد.',
  nothingToSend: 'از آخرین ارسال تغییری نبوده است.',
  entityKind: 'نوع',
  upserts: 'ثبت یا تغییر',
  deletes: 'حذف',
  sendBundle: 'ارسال به ستاد',
  sendFullBundle: 'ساخت بسته کامل',
  bundleSaved: 'بسته ذخیره شد:',
  bundleCancelled: 'ذخیره بسته لغو شد؛ چیزی فرستاده‌شده به حساب نیامد.',
  bundleSize: 'اندازه',
  bundleHash: 'اثر انگشت بسته',
  bundleKind: (full: boolean) => (full ? 'کامل' : 'تغییرات'),
  bundleRange: (from: string, to: string) => `تغییرات ${from} تا ${to}`,
  sentBundles: 'بسته‌های فرستاده‌شده',
  sentAt: 'تاریخ ساخت',
  attachmentsCount: 'پیوست‌ها',
  /** Every synced entity's name, as «ارسال به ستاد» counts them. */
  entities: {
    secretariat: 'دبیرخانه',
    organization: 'دستگاه',
    person: 'شخص',
    working_group: 'کارگروه',
    membership: 'عضویت در کارگروه',
    session: 'جلسه',
    agenda_item: 'دستور کار',
    speaker: 'سخنران',
    discussion_point: 'مطلب مطرح‌شده',
    resolution: 'مصوبه',
    responsible: 'مسئول پیگیری',
    attendance: 'حضور و غیاب',
    signatory: 'امضاکننده',
    amendment: 'اصلاحیه',
    attachment: 'پیوست',
    follow_up: 'گزارش پیگیری',
  } satisfies Record<SyncedEntity, string>,
} as const;
