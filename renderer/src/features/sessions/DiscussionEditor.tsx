// The discussion (اهم مطالب مطرح شده): speakers in order, each with their ordered points. Removing
// a speaker (with their points) is undone by Ctrl+Z; a refused change is said in the speaker's box.
// «افزودن سخنران» puts the cursor in the new speaker's name.
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import type { SessionDetail } from '../../../../electron/contract';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';
import { AutosaveField } from '../../components/AutosaveField';
import { FormError } from '../../components/FormError';
import { PersonNameField } from '../../components/PersonNameField';
import { useRemoval } from '../../components/use-removal';
import type { Directory } from './directory';
import { OrderedTextList } from './OrderedTextList';
import { sessionParts, useDirectory, useSessionPart } from './use-session';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function DiscussionEditor({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const adding = useAction();
  const read = useSessionPart(sessionId, sessionParts.discussion);
  const directory = useDirectory();
  // The speaker just added, whose name field takes the focus once it is drawn.
  const [added, setAdded] = useState<string | null>(null);
  if (read.state !== 'ready') return null;
  const discussion = read.value;
  return (
    <section className="editor-section" aria-labelledby="discussion-heading">
      <h4 id="discussion-heading">{fa.sessions.discussion}</h4>
      {discussion.map((d, index) => (
        <Speaker
          key={d.id}
          sessionId={sessionId}
          speaker={d}
          index={index}
          directory={directory}
          focusName={d.id === added}
        />
      ))}
      <Button
        className="secondary"
        isDisabled={adding.pending}
        onPress={() =>
          void adding.run(async () => {
            const speaker = await api.discussion.addSpeaker({ sessionId, speaker: { name: null, title: null } });
            setAdded(speaker.id);
          })
        }
      >
        {fa.sessions.addSpeaker}
      </Button>
      <FormError message={adding.error} />
    </section>
  );
}

interface SpeakerProps {
  sessionId: string;
  speaker: SessionDetail['discussion'][number];
  index: number;
  directory: Directory;
  /** Just added: the name field takes the focus. */
  focusName: boolean;
}

function Speaker({ sessionId, speaker: d, index, directory, focusName }: SpeakerProps) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusName)
      box.current?.querySelector<HTMLElement>(`[data-edit-target="${CSS.escape(`${d.id}.name`)}"]`)?.focus();
  }, [focusName, d.id]);
  const api = useApi();
  const action = useAction();
  const removeUndoably = useRemoval();
  const n = faDigits(index + 1);
  const remove = () =>
    void action.run(() =>
      removeUndoably({
        target: `${d.id}.name`,
        label: fa.sessions.removed(`${fa.sessions.speaker} ${n}`),
        remove: () => api.discussion.removeSpeaker({ id: d.id }),
        restore: (removed) => api.discussion.addSpeaker({ sessionId, ...removed }),
      }),
    );
  return (
    <article ref={box} className="speaker" aria-label={`${fa.sessions.speaker} ${n}`}>
      <div className="resolution-row">
        <span className="resolution-number">{n}</span>
        <PersonNameField
          draftKey={`${d.id}.name`}
          label={`${fa.sessions.speakerName} ${n}`}
          serverValue={d.speaker.name ?? ''}
          people={directory.people}
          save={(v) => api.discussion.updateSpeaker({ id: d.id, speaker: { name: orNull(v) } })}
          onPick={(p) => api.discussion.updateSpeaker({ id: d.id, speaker: { name: p.name, title: p.title } })}
          onAddToDirectory={(name) => directory.add(name, d.speaker.title)}
        />
        <AutosaveField
          draftKey={`${d.id}.title`}
          label={`${fa.sessions.speakerTitle} ${n}`}
          serverValue={d.speaker.title ?? ''}
          save={(v) => api.discussion.updateSpeaker({ id: d.id, speaker: { title: orNull(v) } })}
        />
        <Button
          aria-label={`${fa.common.moveUp} — ${fa.sessions.speaker} ${n}`}
          isDisabled={index === 0}
          onPress={() => void action.run(() => api.discussion.moveSpeaker({ id: d.id, position: index - 1 }))}
        >
          ▲
        </Button>
        <Button aria-label={`${fa.common.remove} — ${fa.sessions.speaker} ${n}`} onPress={remove}>
          {fa.common.remove}
        </Button>
      </div>
      <FormError message={action.error} />
      <OrderedTextList
        draftKey={`${d.id}.points`}
        label={fa.sessions.pointsOf(n)}
        itemLabel={(m) => fa.sessions.pointOf(m, n)}
        addLabel={`${fa.sessions.addPoint} — ${fa.sessions.speaker} ${n}`}
        items={d.points}
        rows={2}
        onAdd={(text) => api.discussion.addPoint({ speakerId: d.id, text })}
        onUpdate={(id, text) => api.discussion.updatePoint({ id, text })}
        onMove={(id, position) => api.discussion.movePoint({ id, position })}
        onRemove={(id) => api.discussion.removePoint({ id })}
        onRestore={(point) => api.discussion.addPoint({ speakerId: d.id, ...point })}
      />
    </article>
  );
}
