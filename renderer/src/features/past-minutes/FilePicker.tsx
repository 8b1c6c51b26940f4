// Where past minutes files come from: several files, a whole folder (its Word and text files, at
// any depth), or dropped here (files or folders). Files chosen one by one are all read (the
// service says why one is not minutes); of a folder's, only Word and text are, the rest named as skipped.
import { Button, DropZone, FileTrigger, Text, type DropItem } from 'react-aria-components';
import { fa } from '../../i18n/fa';
import { sortFiles } from './source-files';

const accepted = ['.docx', '.doc', '.txt'];

export type OnFiles = (files: File[], skipped: string[]) => void;

/** The files of a dropped folder, at any depth. */
async function folderFiles(entries: AsyncIterable<DropItem>): Promise<File[]> {
  const out: File[] = [];
  for await (const item of entries) {
    if (item.kind === 'file') out.push(await item.getFile());
    else if (item.kind === 'directory') out.push(...(await folderFiles(item.getEntries())));
  }
  return out;
}

async function dropped(items: readonly DropItem[], onFiles: OnFiles) {
  const files: File[] = [];
  const skipped: string[] = [];
  for (const item of items) {
    if (item.kind === 'file') files.push(await item.getFile());
    else if (item.kind === 'directory') {
      const sorted = sortFiles(await folderFiles(item.getEntries()));
      files.push(...sorted.taken);
      skipped.push(...sorted.skipped);
    }
  }
  onFiles(files, skipped);
}

export function FilePicker({ onFiles }: { onFiles: OnFiles }) {
  const t = fa.pastMinutes;
  return (
    <DropZone className="past-minutes-drop" aria-label={t.dropLabel} onDrop={(e) => void dropped(e.items, onFiles)}>
      <div className="form-actions">
        <FileTrigger acceptedFileTypes={accepted} allowsMultiple onSelect={(list) => list && onFiles([...list], [])}>
          <Button className="primary">{t.chooseFiles}</Button>
        </FileTrigger>
        <FileTrigger
          acceptDirectory
          onSelect={(list) => {
            if (!list) return;
            const sorted = sortFiles([...list]);
            onFiles(sorted.taken, sorted.skipped);
          }}
        >
          <Button className="secondary">{t.chooseFolder}</Button>
        </FileTrigger>
      </div>
      <Text slot="label">{t.dropHere}</Text>
    </DropZone>
  );
}
