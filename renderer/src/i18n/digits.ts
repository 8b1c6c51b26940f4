// Digits for display and for numbers typed by the secretary; the rules live in the contract.
export { toPersianDigits as faDigits, toLatinDigits as latinDigits } from '../../../electron/contract/persian-text';

/** A count with Persian digits and the Persian thousands separator: ۱۸٬۱۹۱. */
export const faNumber = (n: number): string => n.toLocaleString('fa-IR');
