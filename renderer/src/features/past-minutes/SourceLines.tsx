// The source file's lines, numbered as they were read; a line the draft took nothing from is drawn
// faint and said to be left out (nothing is dropped unseen). The line chosen in the review is
// scrolled to and highlighted.
import { useEffect, useRef } from 'react';
import type { PastMinutesReview } from '../../../../electron/contract';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

const t = fa.pastMinutes;

export function SourceLines({ review, chosen }: { review: PastMinutesReview; chosen: number | null }) {
  const list = useRef<HTMLOListElement>(null);
  const used = new Set(review.used);
  // The list scrolls to the line (centred in it), and the panel just enough to show it: never the
  // page, which may be bringing the editor's part of the same field into view meanwhile.
  useEffect(() => {
    const box = list.current;
    const line = chosen === null ? null : box?.querySelector<HTMLElement>(`[data-n="${chosen}"]`);
    if (!box || !line) return;
    box.scrollTop = line.offsetTop - (box.clientHeight - line.offsetHeight) / 2;
    const panel = box.closest('.review-panel');
    if (!panel) return;
    // What of the panel is on screen: before the page is scrolled, its end may be below the window.
    const panelBox = panel.getBoundingClientRect();
    const top = Math.max(panelBox.top, 0);
    const bottom = Math.min(panelBox.bottom, window.innerHeight);
    const at = line.getBoundingClientRect();
    if (at.bottom > bottom) panel.scrollTop += at.bottom - bottom + 8;
    else if (at.top < top) panel.scrollTop -= top - at.top + 8;
  }, [chosen]);
  return (
    <section aria-labelledby="review-source" className="review-source">
      <h4 id="review-source">{t.source}</h4>
      <p className="hint">{t.sourceLegend}</p>
      <ol ref={list} className="source-lines" tabIndex={0} aria-labelledby="review-source">
        {review.lines.map((l) => {
          // Blank lines carry nothing: shown for the numbering, never as left out.
          const unused = !used.has(l.n) && l.text.trim() !== '';
          return (
            <li
              key={l.n}
              data-n={l.n}
              className={
                [unused ? 'unused' : null, chosen === l.n ? 'chosen' : null].filter(Boolean).join(' ') || undefined
              }
              aria-current={chosen === l.n ? 'true' : undefined}
            >
              <span className="line-number">{faDigits(l.n)}</span>
              <span className="line-text">{l.text}</span>
              {unused && <span className="unused-tag">{t.unused}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
