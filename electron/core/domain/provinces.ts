// The provinces of Iran, as headquarters assigns national resolutions to them: the 31 names, and
// the key a name is compared by (ی/ک, half-spaces and «استان …» do not make another province).
import { normalizeForSearch } from '../../contract/persian-text';
import { provinceNames as PROVINCES } from '../../contract/provinces';

export { PROVINCES };

/** A province's name as compared: normalised for search, without a leading «استان». */
export function provinceKey(name: string): string {
  return normalizeForSearch(name)
    .replace(/^استان\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const known = new Map(PROVINCES.map((p) => [provinceKey(p), p]));

/** The province's name as listed, for a name typed any way; null when it is none of the 31. */
export function knownProvince(name: string): string | null {
  return known.get(provinceKey(name)) ?? null;
}
