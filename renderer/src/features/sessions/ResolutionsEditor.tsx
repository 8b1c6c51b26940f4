// The resolutions (مصوبات): rows kept 1..n by the services, each a card (ResolutionCard.tsx); a new
// one is composed, then added; a removed one comes back with Ctrl+Z, whole and at its row. A card moves by dragging its handle with the mouse, or with ▲ ▼ from
// the keyboard. A long list renders a few cards at a time (use-progressive.ts). In the new
// resolution's box Enter starts a line and Ctrl+Enter adds it; the focus stays there for the next.
import { useMemo } from 'react';
import { Button, FieldError, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useApi } from '../../api/use-api';
import { errorText } from '../../api/error-text';
import { useAction } from '../../api/use-action';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { useDragRows } from '../../components/use-drag-rows';
import { useProgressive } from '../../components/use-progressive';
import { useRemoval } from '../../components/use-removal';
import { ResolutionCard, type CardActions } from './ResolutionCard';
import { useDraft } from './use-draft';
import { sessionParts, useOrganizations, useSessionPart } from './use-session';

const none: never[] = [];

export function ResolutionsEditor({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const read = useSessionPart(sessionId, sessionParts.resolutions);
  const resolutions = read.state === 'ready' ? read.value : none;
  const organizations = useOrganizations();
  const [body, setBody, clearBody] = useDraft(`${sessionId}.resolution`);
  const adding = useAction();
  const removeUndoably = useRemoval();

  async function add() {
    const sent = body;
    const added = await adding.run(() => api.resolutions.add({ sessionId, body: sent, deadline: null }));
    if (added) clearBody(sent);
  }

  const actions = useMemo<CardActions>(
    () => ({
      update: (id, patch) => api.resolutions.update({ id, ...patch }),
      setDeadline: async (id, deadline) => {
        try {
          await api.resolutions.update({ id, deadline });
          return null;
        } catch (e) {
          return errorText(e);
        }
      },
      setResponsible: (id, texts) => api.resolutions.update({ id, responsible: texts.map((text) => ({ text })) }),
      move: (id, row) => api.resolutions.move({ id, row }),
      remove: (id, label) =>
        removeUndoably({
          target: `${id}.body`,
          label: fa.sessions.removed(label),
          remove: () => api.resolutions.remove({ id }),
          restore: (r) => api.resolutions.add({ sessionId, ...r }),
        }),
    }),
    [api, sessionId, removeUndoably],
  );
  const shown = useProgressive(resolutions.length);
  const drag = useDragRows(
    resolutions.map((r) => r.id),
    (id, index) => void actions.move(id, index + 1),
  );

  return (
    <section className="editor-section" aria-labelledby="resolutions-heading">
      <h4 id="resolutions-heading">
        {fa.sessions.resolutionsHeading} ({faDigits(resolutions.length)})
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
      <TextField
        className="field"
        value={body}
        onChange={(text) => {
          setBody(text);
          // «must not be empty» is gone once there is text; the next add says anything else.
          if (text.trim() !== '') adding.clear();
        }}
        isInvalid={adding.error !== null}
        validationBehavior="aria"
      >
        <Label>{fa.sessions.newResolution}</Label>
        <TextArea
          rows={4}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey)) return;
            e.preventDefault();
            if (!adding.pending) void add();
          }}
        />
        <Text slot="description">{fa.sessions.addResolutionKey}</Text>
        <FieldError className="field-error">{adding.error}</FieldError>
      </TextField>
      <Button className="primary" isDisabled={adding.pending} onPress={() => void add()}>
        {fa.sessions.addResolution}
      </Button>
    </section>
  );
}
