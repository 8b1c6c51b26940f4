// What was written and where: a bundle for headquarters, a backup, the file kept at a restore.
// The path runs left to right inside the Persian sentence.
import type { ReactNode } from 'react';
import { Ltr } from './Ltr';

export function SavedFile({ said, path, children }: { said: string; path: string; children?: ReactNode }) {
  return (
    <div role="status" className="bundle-written">
      <p className="ok">
        {said} <Ltr value={path} kind="path" />
      </p>
      {children}
    </div>
  );
}
