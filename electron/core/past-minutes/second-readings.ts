// Second readings, once every part is read: a body named in a sentence trimmed to a name the minutes
// list, the secretary found among the speakers, the agenda said in a sentence.
import { matchText, nameKey, tidy } from './match-text';
import type { Recognized } from './recognized';
import type { Line } from './source-lines';

/**
 * A body read from a sentence runs on into it («شرکت پشتیبانی امور دام جو و سبوس …»): cut it at the
 * longest name the minutes' attendance or the directory has that it starts with.
 */
export function trimGuessedBodies(r: Recognized, known: readonly string[]): void {
  const names = [...new Set([...r.attendance.map((a) => a.organization), ...known])]
    .map((n) => nameKey(n))
    .filter((k) => k.split(' ').length >= 2)
    .sort((a, b) => b.length - a.length);
  for (const res of r.resolutions) {
    if (!res.responsibleGuessed) continue;
    res.responsible = res.responsible.map((body) => {
      const words = body.split(/\s+/);
      const key = nameKey(body);
      const name = names.find((k) => key === k || key.startsWith(`${k} `));
      if (!name) return body;
      // As many of the body's words as the name has (a lone «،» is not a word); «سازمان جهاد کشاورزی
      // استان»: a trailing «استان» (or «شهرستان») is still the body's.
      let n = name.split(' ').length;
      let end = 0;
      while (end < words.length && n > 0) if (nameKey(words[end++]!) !== '') n--;
      if (/^(?:استان|شهرستان)$/.test(matchText(words[end] ?? ''))) end++;
      return words.slice(0, end).join(' ');
    });
  }
}

/** «دکتر صفایی مدیرکل … و دبیر ستاد:» speaking: the secretary, named as a speaker. */
export function secretaryAmongSpeakers(r: Recognized): void {
  for (const d of r.discussion) {
    const title = d.speaker.title ?? '';
    const m = /\s*و\s*دبیر\s*(?:ستاد|کارگروه|کار\s*گروه|جلسه|شورا|شورای|کمیسیون|کمیته|قرارگاه)(?:\s.*)?$/.exec(
      matchText(title),
    );
    if (!d.speaker.name || !m) continue;
    r.secretary = { value: { name: d.speaker.name, title: tidy(title.slice(0, m.index)) || null }, line: d.line };
    r.uncertain.push({
      path: 'session.secretary',
      reason: 'دبیر جلسه از نام یکی از سخنرانان برداشته شد',
      line: d.line,
    });
    return;
  }
}

/** «در این جلسه … بررسی گردید»: the agenda said in a sentence, when no agenda is listed. */
export function agendaInSentence(lines: readonly Line[], r: Recognized): void {
  for (const l of lines.slice(0, 40)) {
    const m =
      /(?:در\s*این\s*(?:جلسه|نشست)|در\s*جلسه)\s+(.{10,250}?)\s+(?:مورد\s*(?:بحث\s*و\s*)?(?:بررسی|بحث)\s*قرار\s*گرفت|(?:بحث\s*و\s*)?بررسی\s*(?:شد|گردید))/.exec(
        l.folded,
      );
    if (!m) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    r.agenda.push({ value: tidy(l.text.slice(at, at + m[1]!.length)), line: l.n });
    r.used.add(l.n);
    r.uncertain.push({ path: 'session.agenda[0]', reason: 'دستور کار از میان یک جمله برداشته شد', line: l.n });
    return;
  }
}
