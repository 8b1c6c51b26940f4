// An imported draft not yet accepted is edited beside its review (ReviewPanel): two columns that
// fit an office PC's 1366 pixels, the review folding away to a narrow strip when the editor needs
// the room; the parts the review doubts are marked in the editor. Any other session: the editor alone.
import { useMemo, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useRead } from '../../api/use-read';
import { fa } from '../../i18n/fa';
import { DoubtfulParts } from './doubtful';
import { editorPart } from './field-label';
import { ReviewPanel } from './ReviewPanel';

/** `active`: false for a final session, shown as its record alone whatever became of its review. */
export function ReviewBeside({
  sessionId,
  active,
  children,
}: {
  sessionId: string;
  active: boolean;
  children: ReactNode;
}) {
  const review = useRead('pastMinutes.review', { sessionId });
  const [open, setOpen] = useState(true);
  const shown = review.state === 'ready' && review.value?.acceptedAt === null ? review.value : null;
  const uncertain = shown?.uncertain;
  const doubted = useMemo(
    () => new Set((uncertain ?? []).map((f) => editorPart(f.path)).filter((p) => p !== null)),
    [uncertain],
  );
  if (!shown || !active) return children;
  return (
    <DoubtfulParts.Provider value={doubted}>
      <div className={open ? 'review-layout' : 'review-layout review-folded'}>
        <div className="review-editor">{children}</div>
        {open ? (
          <ReviewPanel review={shown} onFold={() => setOpen(false)} />
        ) : (
          <aside className="review-strip" aria-label={fa.pastMinutes.review}>
            <Button className="secondary" onPress={() => setOpen(true)}>
              {fa.pastMinutes.showReview}
            </Button>
          </aside>
        )}
      </div>
    </DoubtfulParts.Provider>
  );
}
