// Persian digits for display; stored values keep Latin digits.
const persian = '۰۱۲۳۴۵۶۷۸۹';

export function faDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => persian[Number(d)] ?? d);
}

/** Persian or Arabic-Indic digits typed by the secretary, as Latin digits for numbers. */
export function latinDigits(value: string): string {
  return value
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}
