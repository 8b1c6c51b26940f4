// Saving letters: as one PDF through the shell's printer (the same print page as the minutes),
// or as Word built here by the same code as `dabir print --word` (letter-docx.ts, loaded on demand).
import type { WhichLetters } from '../../../../electron/contract';
import { lettersFileName } from '../../../../electron/contract/letter-files';
import type { Api } from '../../api/client';
import { saveBlob, saveFile } from '../minutes/download';

export async function saveLettersPdf(api: Api, which: WhichLetters): Promise<void> {
  saveFile(await api.letters.pdf(which));
}

export async function saveLettersWord(api: Api, which: WhichLetters): Promise<void> {
  // Loaded on demand: the Word library is large and most visits never need it.
  const [printable, { Packer }, { lettersDocx }, { minutesDocxFonts }] = await Promise.all([
    api.letters.printable(which),
    import('docx'),
    import('../../print/letter-docx'),
    import('../../print/minutes-docx-fonts'),
  ]);
  const one = which.key === undefined ? null : (printable.letters[0]?.organization ?? null);
  saveBlob(await Packer.toBlob(lettersDocx(printable, minutesDocxFonts())), lettersFileName(printable, one, 'docx'));
}
