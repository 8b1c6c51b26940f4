// The review of an imported draft beside the editor: what was not recognized for sure (choosing
// one shows its source line, and its part in the editor), the source itself with the lines left
// out marked, the organisations to make members, and «پذیرفتن پیش‌نویس» (after which the draft is
// an ordinary one and this panel goes).
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { PastMinutesReview } from '../../../../electron/contract';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { FormError } from '../../components/FormError';
import { Ltr } from '../../components/Ltr';
import { fa } from '../../i18n/fa';
import { editorPart } from './field-label';
import { SourceLines } from './SourceLines';
import { UncertainFields } from './UncertainFields';
import { UnknownOrganizations } from './UnknownOrganizations';

const t = fa.pastMinutes;

export function ReviewPanel({ review, onFold }: { review: PastMinutesReview; onFold: () => void }) {
  const api = useApi();
  const accept = useAction();
  const [chosen, setChosen] = useState<number | null>(null);
  function choose(line: number | null, path: string) {
    setChosen(line);
    const part = editorPart(path);
    if (part)
      document
        .querySelector(`.review-editor [data-part="${CSS.escape(part)}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  return (
    <aside className="review-panel" aria-labelledby="review-heading">
      <div className="review-head">
        <h3 id="review-heading">{t.review}</h3>
        <Button className="secondary" onPress={onFold}>
          {t.hideReview}
        </Button>
      </div>
      <p className="review-file">
        {t.fromFile} <Ltr value={review.fileName} kind="path" />
      </p>
      {/* At the top: in reach whatever the panel is scrolled to. */}
      <div className="review-accept">
        <Button
          className="primary"
          aria-describedby="review-accept-hint"
          isDisabled={accept.pending}
          onPress={() => void accept.run(() => api.pastMinutes.accept({ sessionId: review.sessionId }))}
        >
          {t.accept}
        </Button>
        <p className="hint" id="review-accept-hint">
          {t.acceptHint}
        </p>
        <FormError message={accept.error} />
      </div>
      <UncertainFields fields={review.uncertain} chosen={chosen} onChoose={choose} />
      <SourceLines review={review} chosen={chosen} />
      <UnknownOrganizations review={review} />
    </aside>
  );
}
