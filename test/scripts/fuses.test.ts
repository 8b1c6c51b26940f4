// The packaged app's Electron fuses, as electron-builder.yml sets them at pack time: no running
// as plain Node, no NODE_OPTIONS, no inspector from the command line, app code only from a
// verified app.asar. (Read from the file: packing needs the Electron binary, absent here.)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const yml = readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8');

/** The `key: value` lines of a top-level YAML block. */
function block(name: string): Record<string, string> {
  const lines = yml.split('\n');
  const start = lines.findIndex((l) => l === `${name}:`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  const entries: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    const m = /^ {2}(\w+):\s*(\S+)\s*$/.exec(line);
    if (!m) break;
    entries[m[1]!] = m[2]!;
  }
  return entries;
}

describe('electron-builder fuses', () => {
  it('are set against running as Node, Node options, the inspector and a changed app', () => {
    expect(block('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
  });

  it('packs the app into an asar archive', () => {
    expect(yml).not.toMatch(/^asar:\s*false/m);
  });
});
