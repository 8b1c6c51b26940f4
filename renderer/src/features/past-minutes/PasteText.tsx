// Minutes pasted as text (copied from Word or a web page, where the file itself is not at hand):
// read as a file would be, a line of the text a line of the source.
import { useState } from 'react';
import { Button, Label, TextArea, TextField } from 'react-aria-components';
import { fa } from '../../i18n/fa';

export function PasteText({ onText }: { onText: (text: string) => void }) {
  const t = fa.pastMinutes;
  const [text, setText] = useState('');
  return (
    <div className="past-minutes-paste">
      <TextField className="field" value={text} onChange={setText}>
        <Label>{t.pasteLabel}</Label>
        <TextArea rows={2} />
      </TextField>
      <Button
        className="secondary"
        isDisabled={text.trim() === ''}
        onPress={() => {
          onText(text);
          setText('');
        }}
      >
        {t.pasteRead}
      </Button>
    </div>
  );
}
