// A bundle on disk: its offered name, and writing it whole before it has that name, so a bundle
// cut off by a full disk or a pulled USB stick never looks like a good one.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { todayJalali } from '../domain/jalali';
import type { BundleManifest } from './format';

/** «بسته-مرکزی-1405-09-09-تا-1234.dabir»: Persian words, Latin digits (safe on every file system). */
export function bundleFileName(m: BundleManifest, now = new Date()): string {
  const province = m.secretariat.province.replace(/[\\/:*?"<>|\s]+/g, '-');
  return `بسته-${province}-${todayJalali(now).replaceAll('/', '-')}-تا-${m.toSeq}${m.full ? '-کامل' : ''}.dabir`;
}

/** The name in `folder` not yet taken: `name`, else `name` with -2, -3… before the extension. */
export function freePath(folder: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = path.join(folder, name);
  for (let i = 2; existsSync(candidate); i++) candidate = path.join(folder, `${stem}-${i}${ext}`);
  return candidate;
}

/** Written under `.partial`, then renamed: the real name only ever holds a whole bundle. */
export function writeBundleFile(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, file);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}
