// The resolutions (مصوبات): rows kept 1..n by the services, each a card (ResolutionCard.tsx); a new
// one is composed, then added. A card moves by dragging its handle with the mouse, or with ▲ ▼ from
// the keyboard. A long list renders a few cards at a time (use-progressive.ts).
import { useMemo, useState } from 'react';
import { Button, FieldError, Label, TextArea, TextField } from 'react-aria-components';
import type { Organization, Resolution } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { ApiCallError } from '../../api/client';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { useDragRows } from '../../components/use-drag-rows';
import { useProgressive } from '../../components/use-progressive';
import { ResolutionCard, type CardActions } from './ResolutionCard';
import { useDraft } from './use-draft';

interface Props {
  sessionId: string;
  resolutions: Resolution[];
  organizations: Organization[];
  /** Reloads the session; kept the same function from render to render (the cards are memoised). */
  onChanged: () => Promise<unknown>;
}

const message = (e: unknown) => (e instanceof ApiCallError ? e.message : String(e));

export function ResolutionsEditor({ sessionId, resolutions, organizations, onChanged }: Props) {
  const api = useApi();
  const [body, setBody, clearBody] = useDraft(`${sessionId}.resolution`);
  const [error, setError] = useState<string | null>(null);

  async function add() {
    try {
      await api.resolutions.add({ sessionId, body, deadline: { kind: 'continuous' } });
      clearBody();
      setError(null);
      await onChanged();
    } catch (e) {
      setError(message(e));
    }
  }

  const actions = useMemo<CardActions>(
    () => ({
      update: (id, patch) => api.resolutions.update({ id, ...patch }),
      setDeadline: async (id, deadline) => {
        try {
          await api.resolutions.update({ id, deadline });
          await onChanged();
          return null;
        } catch (e) {
          return message(e);
        }
      },
      setResponsible: (id, texts) =>
        api.resolutions.update({ id, responsible: texts.map((text) => ({ text })) }).then(onChanged),
      move: (id, row) => void api.resolutions.move({ id, row }).then(onChanged),
      remove: (id) => void api.resolutions.remove({ id }).then(onChanged),
    }),
    [api, onChanged],
  );
  const shown = useProgressive(resolutions.length);
  const drag = useDragRows(
    resolutions.map((r) => r.id),
    (id, index) => actions.move(id, index + 1),
  );

  return (
    <section className="editor-section" aria-labelledby="resolutions-heading">
      <h4 id="resolutions-heading">
        {fa.resolutionsHeading} ({faDigits(resolutions.length)})
      </h4>
      {resolutions.slice(0, shown).map((r) => (
        <ResolutionCard
          key={r.id}
          resolution={r}
          isLast={r.row === resolutions.length}
          organizations={organizations}
          actions={actions}
          drag={drag.handlers}
          dragging={drag.dragged === r.id}
          dropAt={drag.dropAt(r.id)}
        />
      ))}
      <TextField className="field" value={body} onChange={setBody} isInvalid={error !== null} validationBehavior="aria">
        <Label>{fa.newResolution}</Label>
        <TextArea rows={4} />
        <FieldError className="field-error">{error}</FieldError>
      </TextField>
      <Button className="primary" onPress={() => void add()}>
        {fa.addResolution}
      </Button>
    </section>
  );
}
