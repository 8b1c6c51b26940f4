// What a write to another secretariat's row is told: a province's records at headquarters, or
// headquarters' national minutes at a province. The database's guards (migration 130) refuse such
// writes whatever code tries; the services say so first, where they know the row.
import { DabirError } from '../errors';
import { isHeadquarters, ownSecretariatId } from './installation';
import type { Db } from './open';

export function foreignRefusal(db: Db): DabirError {
  return new DabirError(
    'forbidden',
    isHeadquarters(db)
      ? 'در ستاد داده استان‌ها فقط خواندنی است؛ تغییر را دبیرخانه استان انجام می‌دهد و در بسته بعدی می‌فرستد'
      : 'صورتجلسه و مصوبات ستاد در استان فقط خواندنی است؛ برای مصوبه ستاد وضعیت و گزارش پیگیری استان را ثبت کنید',
  );
}

/** Refuses, with that message, a row of another secretariat. */
export function refuseForeign(db: Db, origin: string): void {
  if (origin !== ownSecretariatId(db)) throw foreignRefusal(db);
}
