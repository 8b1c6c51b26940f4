// «ابلاغ به استان‌ها» at headquarters: a directive bundle for every province or for one, the changes
// since that target's last one (or everything), written where the secretary chooses.
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { DirectiveWritten } from '../../../../electron/contract';
import { errorText } from '../../api/error-text';
import { useApi } from '../../api/use-api';
import { ChoiceFilter } from '../../components/Filters';
import { FormError } from '../../components/FormError';
import { SavedFile } from '../../components/SavedFile';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { provinceNames } from '../../../../electron/contract/provinces';

export function DirectiveExport() {
  const api = useApi();
  const [province, setProvince] = useState('');
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [written, setWritten] = useState<DirectiveWritten | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function write() {
    setBusy(true);
    setError(null);
    setWritten(null);
    try {
      setWritten(await api.national.exportDirective({ province: province || null, full }));
    } catch (e) {
      setError(errorText(e));
    }
    setBusy(false);
  }

  return (
    <section aria-labelledby="directive-heading" className="editor-section no-print">
      <h3 id="directive-heading">{fa.national.directiveHeading}</h3>
      <p className="muted">{fa.national.directiveIntro}</p>
      <div className="filters">
        <ChoiceFilter
          label={fa.national.directiveTarget}
          value={province}
          onChange={setProvince}
          choices={provinceNames.map((p) => ({ id: p, name: p }))}
          anyLabel={fa.national.allProvinces}
        />
        <label className="checkbox">
          <input type="checkbox" checked={full} onChange={(e) => setFull(e.target.checked)} />
          {fa.national.directiveFull}
        </label>
        <Button className="primary" isDisabled={busy} onPress={() => void write()}>
          {busy ? fa.common.preparing : fa.national.directiveWrite}
        </Button>
      </div>
      <FormError message={error} />
      {written?.saved === false && <p role="status">{fa.national.directiveCancelled}</p>}
      {written?.saved && (
        <SavedFile said={fa.national.directiveWritten(faDigits(written.sessions))} path={written.path} />
      )}
    </section>
  );
}
