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
  const shown = active && review.state === 'ready' && review.value?.acceptedAt === null ? review.value : null;
  const uncertain = shown?.uncertain;
  const doubted = useMemo(
    () => new Set((uncertain ?? []).map((f) => editorPart(f.path)).filter((p) => p !== null)),
    [uncertain],
  );
  // The editor keeps its place in the tree whether the review is beside it or not: the review
  // coming (its answer) or going (accepted) never remounts the editor and its fields.
  const layout = !shown ? 'review-none' : open ? 'review-layout' : 'review-layout review-folded';
  return (
    <DoubtfulParts.Provider value={doubted}>
      <div className={layout}>
        <div className="review-editor">{children}</div>
        {shown &&
          (open ? (
            <ReviewPanel review={shown} onFold={() => setOpen(false)} />
          ) : (
            <aside className="review-strip" aria-label={fa.pastMinutes.review}>
              <Button className="secondary" onPress={() => setOpen(true)}>
                {fa.pastMinutes.showReview}
              </Button>
            </aside>
          ))}
      </div>
    </DoubtfulParts.Provider>
  );
}
