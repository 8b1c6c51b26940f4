// The discussion by speaker: a speaker line («✳ جناب آقای اکرمی معاون …:»، «آقای … :»، «- خانم …:»)
// then its points (dashes or paragraphs) until the next speaker; a ✳ paragraph without a colon is a
// speaker whose first point it is.
import { matchText, tidy, trimPunctuation } from './match-text';
import { splitPerson, titleStart } from './people';
import type { Recognized } from './recognized';
import { listMarker, type Line } from './source-lines';

const STAR = /^\s*[✳❖◾■▪●*⬅]/;
const PERSON = /^\s*(?:[-–•]\s*)?(?:جناب|سرکار|آقای|خانم|دکتر|مهندس|حجت\s*الاسلام|سردار)/;

/** «آقای اکرمی:» or «✳ … دبیر کارگروه:» with maybe a first point after the colon. */
function speakerLine(l: Line): { who: string; rest: string } | null {
  const f = l.folded;
  const colon = f.indexOf(':');
  const starred = STAR.test(f);
  const lead = starred ? f.search(/[^\s✳❖◾■▪●*⬅]/) : 0;
  if (colon > 0 && (starred || PERSON.test(f)) && f.slice(0, colon).split(/\s+/).length <= 16)
    return { who: l.text.slice(lead, colon), rest: l.text.slice(colon + 1) };
  if (colon > 0 && colon >= f.trimEnd().length - 1 && f.split(/\s+/).length <= 14 && !listMarker(l.text))
    return { who: l.text.slice(lead, colon), rest: '' };
  return null;
}

/** A speaker named inside a ✳ paragraph: «در ابتدا استاندار محترم ضمن …» → «استاندار محترم». */
function speakerInSentence(text: string): { name: string | null; title: string | null } {
  const at = titleStart(text);
  if (at < 0 || at > 30) return { name: null, title: null };
  const m = /^[^\s]+(?:\s*محترم)?/.exec(matchText(text.slice(at)));
  return { name: null, title: m ? tidy(text.slice(at, at + m[0].length)) : null };
}

export function readDiscussion(lines: readonly Line[], r: Recognized): void {
  for (const l of lines) {
    if (tidy(l.text) === '') continue;
    const speaker = speakerLine(l);
    if (speaker) {
      const rest = trimPunctuation(speaker.rest);
      r.discussion.push({ speaker: splitPerson(speaker.who), points: rest ? [rest] : [], line: l.n });
      r.used.add(l.n);
      continue;
    }
    const text = trimPunctuation(l.text.replace(/^\s*[✳❖◾■▪●*⬅]\s*/, ''));
    if (text === '') continue;
    if (STAR.test(l.folded) || r.discussion.length === 0) {
      r.discussion.push({ speaker: speakerInSentence(text), points: [text], line: l.n });
      if (!STAR.test(l.folded) || !r.discussion.at(-1)!.speaker.title)
        r.uncertain.push({
          path: `session.discussion[${r.discussion.length - 1}].speaker`,
          reason: 'گوینده این مطالب در متن روشن نیست',
          line: l.n,
        });
    } else r.discussion.at(-1)!.points.push(text);
    r.used.add(l.n);
  }
}
