// A bundle's file name: the one offered in the save dialog, and a free one in a folder.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { todayJalali } from '../domain/jalali';
import type { BundlePlan } from './export';

/** «بسته-مرکزی-1405-09-09-تا-1234.dabir»: Persian words, Latin digits (safe on every file system). */
export function bundleFileName(plan: BundlePlan, now = new Date()): string {
  const province = plan.secretariat.province.replace(/[\\/:*?"<>|\s]+/g, '-');
  return `بسته-${province}-${todayJalali(now).replaceAll('/', '-')}-تا-${plan.upTo}${plan.full ? '-کامل' : ''}.dabir`;
}

/** The name in `folder` not yet taken: `name`, else `name` with -2, -3… before the extension. */
export function freePath(folder: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = path.join(folder, name);
  for (let i = 2; existsSync(candidate); i++) candidate = path.join(folder, `${stem}-${i}${ext}`);
  return candidate;
}
