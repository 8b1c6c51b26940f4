// What the secretary is told when a limit of limits.ts is passed, built from the limits themselves
// (a limit changed there changes every message that names it: the contract, core and the screens).
import { MAX_ATTACHMENT_BYTES, MAX_BUNDLE_BYTES, MAX_LOGO_BYTES } from './limits';
import { toPersianDigits } from './persian-text';

/** «۲۰ مگابایت»: a size in whole megabytes, Persian digits. */
export const inMegabytes = (bytes: number): string => `${toPersianDigits(Math.round(bytes / 1024 / 1024))} مگابایت`;

export const attachmentTooLarge = `پرونده بزرگ‌تر از ${inMegabytes(MAX_ATTACHMENT_BYTES)} است؛ با وضوح کمتر (۲۰۰ نقطه در اینچ) اسکن کنید`;

export const bundleTooLarge = `بسته بزرگ‌تر از حد مجاز (${inMegabytes(MAX_BUNDLE_BYTES)}) است`;

export const logoTooLarge = `نشان بزرگ‌تر از ${toPersianDigits(Math.round(MAX_LOGO_BYTES / 1024))} کیلوبایت است؛ تصویری کوچک‌تر بدهید`;
