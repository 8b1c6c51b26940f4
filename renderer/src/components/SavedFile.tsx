// What was written and where: a bundle for headquarters, a backup, the file kept at a restore.
// The path runs left to right inside the Persian sentence.
import type { ReactNode } from 'react';

export function SavedFile({ said, path, children }: { said: string; path: string; children?: ReactNode }) {
  return (
    <div role="status" className="bundle-written">
      <p className="ok">
        {said} <bdi className="path">{path}</bdi>
      </p>
      {children}
    </div>
  );
}
