// The one error type core throws on purpose; the dispatcher turns it into an ApiError.
import type { ErrorCode, Problem } from '../contract/define';
import { ltrIsolate } from '../contract/persian-text';

export class DabirError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly path: string | null = null,
    readonly problems?: Problem[],
  ) {
    super(message);
    this.name = 'DabirError';
  }
}

export const notFound = (what: string) => new DabirError('not_found', `${what} پیدا نشد`);
export const invalid = (message: string, path: string | null = null) => new DabirError('invalid_input', message, path);

/**
 * The data file is damaged (SQLite's quick_check, or not a database at all): Dabir does not start
 * on it and does not touch it. `latestGood` is filled in by whoever can look for backups.
 */
export class DamagedFileError extends DabirError {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly latestGood: string | null = null,
  ) {
    super(
      'storage',
      `پرونده داده «${ltrIsolate(file)}» آسیب دیده است (${problem})؛ دبیر روی آن کار نمی‌کند و آن را دست نمی‌زند.` +
        (latestGood
          ? ` آخرین پشتیبان سالم: «${ltrIsolate(latestGood)}». برای بازگرداندن آن (پرونده آسیب‌دیده کنار گذاشته می‌شود): ${ltrIsolate(`dabir restore "${latestGood}" --db "${file}"`)}`
          : ' پشتیبان سالمی پیدا نشد؛ پرونده را برای بازیابی به پشتیبانی فنی بسپارید.'),
    );
    this.name = 'DamagedFileError';
  }
}

/**
 * Rows point at rows that are gone (foreign_key_check), as an outside tool with foreign keys off
 * leaves them: handled with the care of a damaged file — Dabir does not start on it — but it can
 * be repaired (`dabir repair`: a backup kept aside first) as well as restored from a backup.
 */
export class BrokenLinksError extends DamagedFileError {
  constructor(
    file: string,
    readonly links: { description: string }[],
    latestGood: string | null = null,
  ) {
    super(file, links.map((l) => l.description).join('؛ '), latestGood);
    this.name = 'BrokenLinksError';
    this.message =
      `در پرونده داده «${ltrIsolate(file)}» پیوند ردیف‌ها گسسته است: ${this.problem} (شاید با ابزاری بیرون از دبیر ویرایش شده است)؛ دبیر روی آن کار نمی‌کند تا درست شود. ` +
      `برای درست کردن آن (نخست پشتیبانی از همین پرونده کنار گذاشته می‌شود): ${ltrIsolate(`dabir repair --db "${file}" --yes`)}` +
      (latestGood
        ? `؛ یا بازگرداندن آخرین پشتیبان سالم «${ltrIsolate(latestGood)}»: ${ltrIsolate(`dabir restore "${latestGood}" --db "${file}"`)}`
        : '');
  }
}
