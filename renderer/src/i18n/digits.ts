// Persian digits for display; stored values keep Latin digits.
const persian = '۰۱۲۳۴۵۶۷۸۹';

export function faDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => persian[Number(d)] ?? d);
}
