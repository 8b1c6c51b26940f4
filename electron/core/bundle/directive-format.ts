// Headquarters' directive bundle (ابلاغ), format `dabir.directives/1`: the province bundle's family
// (the same zip, manifest, records, Ed25519 signature and hash chain; bundle/format.ts) going the
// other way, carrying final national minutes and their assignments to one province or to all.
import { directiveEntities, type DirectiveEntity } from '../../contract/synced-entities';
import type { BundleManifest } from './format';
import type { BundleKind } from './verify';

export const DIRECTIVE_FORMAT = 'dabir.directives/1';

export interface DirectiveManifest extends Omit<BundleManifest, 'format' | 'counts'> {
  format: typeof DIRECTIVE_FORMAT;
  /** The province it is for; null: every province (each takes what is assigned to it). */
  target: { province: string | null };
  counts: Partial<Record<DirectiveEntity, { upserts: number; deletes: number }>>;
}

export const directiveBundle: BundleKind<DirectiveEntity> = {
  format: DIRECTIVE_FORMAT,
  entities: directiveEntities,
  askAgain: 'از ستاد بخواهید بسته ابلاغ را دوباره بسازد و بفرستد',
  from: 'از ستاد',
  updateWhom: 'دبیر این دبیرخانه',
};

export { directiveEntities, type DirectiveEntity };

/** «به همه استان‌ها» or «به استان مرکزی»: what a message says the bundle is for. */
export const targetName = (province: string | null) => (province === null ? 'همه استان‌ها' : `استان ${province}`);
