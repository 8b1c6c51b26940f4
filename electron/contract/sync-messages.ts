// What the secretary is told about a bundle beyond its refusals, in Persian (no zod here: the
// renderer and the command line say the same).
import { toPersianDigits } from './persian-text';

/** What a bundle from a newer Dabir held that this version keeps until it is updated. */
export const keptNotice = (n: number): string =>
  `این بسته با نسخه تازه‌تری از دبیر ساخته شده است: ${toPersianDigits(n)} مورد از آن را این نسخه هنوز نمی‌شناسد؛ نگه داشته شد و پس از به‌روز کردن دبیر خودبه‌خود ثبت می‌شود (چیزی دور ریخته نشد)`;
