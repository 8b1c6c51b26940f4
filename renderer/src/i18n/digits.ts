// Digits for display and for numbers typed by the secretary; the rules live in the contract.
export { toPersianDigits as faDigits, toLatinDigits as latinDigits } from '../../../electron/contract/persian-text';
