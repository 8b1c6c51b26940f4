// The letters' print page query (`?print=letters&letter=…`) read back as the letters it asks for;
// contract/print-target.ts writes it. Kept apart from the sheet so it loads without its styles.
import type { WhichLetters } from '../../../electron/contract';

/** The page's query as the letters it asks for (contract/print-target.ts writes it). */
export function whichLettersOf(params: URLSearchParams): WhichLetters {
  const key = params.get('org') ?? undefined;
  return params.get('letter') === 'follow_up'
    ? { kind: 'follow_up', workingGroupId: params.get('group') ?? '', today: params.get('today') ?? undefined, key }
    : { kind: 'notification', sessionId: params.get('session') ?? '', key };
}
