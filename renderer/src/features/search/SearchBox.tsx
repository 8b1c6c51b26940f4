// The search box on every screen (Ctrl+K or Ctrl+F): resolutions, agenda items, discussion points
// and follow-up reports, as the secretary types; each hit shows its stored text, matches marked.
import { useEffect, useRef, useState } from 'react';
import { Button, Input, Label, SearchField } from 'react-aria-components';
import type { ResolutionStatus, SearchResult, WorkingGroup } from '../../../../electron/contract';
import { ChoiceFilter, OverdueFilter, statusChoices, YearFilter, yearOf } from '../../components/Filters';
import { problemOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

export function Highlighted({ result }: { result: Pick<SearchResult, 'snippet' | 'highlights'> }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  result.highlights.forEach(([a, b], i) => {
    parts.push(result.snippet.slice(at, a), <mark key={i}>{result.snippet.slice(a, b)}</mark>);
    at = b;
  });
  parts.push(result.snippet.slice(at));
  return <bdi className="snippet">{parts}</bdi>;
}

interface Props {
  groups: WorkingGroup[];
  /** `province`: at headquarters, the province whose session it is (null for its own). */
  onOpenSession: (sessionId: string, province: string | null) => void;
  /** At headquarters: the provinces' secretariats, to narrow the hits to one. */
  provinces?: readonly { id: string; name: string }[];
}

/** `value` once it has stayed the same for `ms`. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function SearchBox({ groups, onOpenSession, provinces }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // The board's filters, narrowing the hits.
  const [groupId, setGroupId] = useState('');
  const [secretariatId, setSecretariatId] = useState('');
  const [year, setYear] = useState('');
  const [status, setStatus] = useState('');
  const [overdue, setOverdue] = useState(false);
  const yearFilter = yearOf(year);

  // Ctrl+K and Ctrl+F (by key position, so a Persian layout works too) come here from anywhere.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && (e.code === 'KeyK' || e.code === 'KeyF')) {
        e.preventDefault();
        input.current?.focus();
        input.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // A short pause, so a search runs once the secretary stops typing; the hits shown stay until
  // the next ones come.
  const asked = useSettled(query, 150);
  const search = useRead(
    'search.query',
    asked.trim() === ''
      ? null
      : {
          query: asked,
          limit: 30,
          workingGroupId: groupId || undefined,
          secretariatId: secretariatId || undefined,
          year: yearFilter,
          status: status ? [status as ResolutionStatus] : undefined,
          overdue: overdue || undefined,
        },
    { keepPrevious: true },
  );
  // Why the last search could not run: said where the hits would be, never as «nothing found».
  const failure = problemOf(search);
  const results = search.state === 'ready' ? search.value : failure === null ? null : [];

  const shown = query.trim() === '' ? null : results;
  return (
    <div className="search" role="search">
      <SearchField value={query} onChange={setQuery} aria-label={fa.search.searchLabel} className="search-field">
        <Label className="visually-hidden">{fa.search.searchLabel}</Label>
        <Input ref={input} placeholder={fa.search.searchPlaceholder} />
      </SearchField>
      {shown && (
        <div className="search-results" role="region" aria-label={fa.search.searchLabel}>
          <div className="filters search-filters">
            {provinces && (
              <ChoiceFilter
                label={fa.national.province}
                value={secretariatId}
                onChange={setSecretariatId}
                choices={provinces}
                anyLabel={fa.national.allProvinces}
              />
            )}
            <ChoiceFilter
              label={fa.common.reportGroup}
              value={groupId}
              onChange={setGroupId}
              choices={groups}
              anyLabel={fa.common.allGroups}
            />
            <YearFilter value={year} onChange={setYear} />
            <ChoiceFilter
              label={fa.common.statusFilter}
              value={status}
              onChange={setStatus}
              choices={statusChoices}
              anyLabel={fa.search.anyStatus}
            />
            <OverdueFilter checked={overdue} onChange={setOverdue} />
          </div>
          {failure ? (
            <FormError message={failure} />
          ) : shown.length === 0 ? (
            <p>{fa.search.searchNothing}</p>
          ) : (
            <ul>
              {shown.map((r) => (
                <li key={`${r.kind}:${r.id}`}>
                  <Button
                    className="search-hit"
                    onPress={() => {
                      setQuery('');
                      onOpenSession(r.sessionId, r.province);
                    }}
                  >
                    <span className="hit-where">
                      {fa.search.searchKinds[r.kind]} —{' '}
                      {fa.common.sessionOf(faDigits(r.sessionNumber), faDigits(r.sessionYear))} —{' '}
                      {r.province ? `${r.province} — ${r.workingGroupName}` : r.workingGroupName}
                    </span>
                    <Highlighted result={r} />
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
