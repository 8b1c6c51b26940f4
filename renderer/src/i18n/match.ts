// How pickers match what is typed: Arabic ي/ك as Persian ی/ک, a missing or extra ZWNJ ignored —
// the same key the services compare names by.
import { normalizeForSearch } from '../../../electron/contract/persian-text';

export const persianContains = (text: string, typed: string) =>
  normalizeForSearch(text).includes(normalizeForSearch(typed));

export { normalizeForSearch, sameText } from '../../../electron/contract/persian-text';
