// A person as minutes name them: «جناب آقای اکرمی معاون سیاسی، امنیتی و اجتماعی» → the name
// «اکرمی» and the title «معاون سیاسی، امنیتی و اجتماعی»; honorifics dropped from the name only.
import { matchText, tidy, trimPunctuation } from './match-text';

// Courtesy words go; academic, military and clerical titles («دکتر»، «مهندس»، «حجت الاسلام») are
// part of how the minutes name a person and stay.
const HONORIFIC = /^(?:(?:جناب|سرکار|حضرت)\s*)?(?:(?:آقای|آقا|خانم)\s+)+|^(?:جناب|سرکار)\s+/;

/** Words a title starts with; the name is what comes before the first of them. */
const TITLE_WORDS = [
  'نایب رئیس',
  'قائم مقام',
  'جانشین',
  'مدیر کل',
  'مدیرکل',
  'مدیرعامل',
  'مدیر عامل',
  'مدیر',
  'معاونت',
  'معاونین',
  'معاون',
  'رئیس',
  'رییس',
  'ریاست',
  'دبیر',
  'استاندار',
  'فرماندار',
  'بخشدار',
  'شهردار',
  'دهیار',
  'نماینده',
  'نمایندگان',
  'مشاور',
  'کارشناس',
  'سرپرست',
  'دادستان',
  'فرمانده',
  'امام جمعه',
  'عضو',
  'مسئول',
  'مسوول',
  'رئیس کل',
  'رئیس اداره',
  'دبیرکل',
  'دبیر کل',
];
const TITLE_AT = new RegExp(
  `(?:^|\\s)(${[...TITLE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s*'))
    .join('|')})(?![آ-ی])`,
);

export interface PersonParts {
  name: string | null;
  title: string | null;
}

/** The text without honorifics at its start («جناب آقای»، «خانم دکتر»). */
export function withoutHonorifics(text: string): string {
  const m = HONORIFIC.exec(matchText(text));
  return m ? text.slice(m[0].length) : text;
}

/** Where a title starts in `text` (after a space or at 0), or -1. */
export function titleStart(text: string): number {
  const m = TITLE_AT.exec(matchText(text));
  if (!m) return -1;
  return m.index + (m[0].length - m[1]!.length);
}

/** «اکرمی معاون سیاسی»، «فولادوند، اداره کل …»، «استاندار محترم»: name and title. */
export function splitPerson(raw: string): PersonParts {
  const text = trimPunctuation(withoutHonorifics(trimPunctuation(raw)));
  if (text === '') return { name: null, title: null };
  const comma = /[،,]/.exec(text);
  const at = titleStart(text);
  if (comma && (at === -1 || at > comma.index)) {
    const name = trimPunctuation(text.slice(0, comma.index));
    const title = trimPunctuation(text.slice(comma.index + 1));
    if (name.split(/\s+/).length <= 4) return { name: name || null, title: title || null };
  }
  if (at === 0) return { name: null, title: text };
  if (at > 0) return { name: trimPunctuation(text.slice(0, at)) || null, title: trimPunctuation(text.slice(at)) };
  return { name: tidy(text), title: null };
}
