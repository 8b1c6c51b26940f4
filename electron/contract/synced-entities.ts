// The entities a sync bundle carries, without zod: core's bundle format reads the order, the
// renderer names each kind in Persian (a kind without a name fails its typecheck).

/** Every synced entity, parents before children: the order an import applies upserts in. */
export const syncedEntities = [
  'secretariat',
  'organization',
  'person',
  'working_group',
  'membership',
  'session',
  'agenda_item',
  'speaker',
  'discussion_point',
  'resolution',
  'responsible',
  'attendance',
  'signatory',
  'amendment',
  'attachment',
  'follow_up',
  'national_status',
] as const;
export type SyncedEntity = (typeof syncedEntities)[number];

/**
 * What headquarters' directive bundle (ابلاغ) carries down, parents first: its final national
 * minutes with their working group and signed copies, and the assignments. `assignment` travels only this way.
 */
export const directiveEntities = [
  'organization',
  'working_group',
  'membership',
  'session',
  'agenda_item',
  'speaker',
  'discussion_point',
  'resolution',
  'responsible',
  'attendance',
  'signatory',
  'amendment',
  'attachment',
  'assignment',
] as const;
export type DirectiveEntity = (typeof directiveEntities)[number];

const names: ReadonlySet<string> = new Set(syncedEntities);

/** Whether a bundle's count key is one of the synced entities. */
export const isSyncedEntity = (s: string): s is SyncedEntity => names.has(s);
