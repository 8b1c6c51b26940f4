// The editor's saved/saving state, gathered from every autosaved field into one indicator.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { fa } from '../i18n/fa';

type FieldState = 'dirty' | 'failed';
interface SaveStatus {
  mark: (field: string, state: FieldState | 'clean') => void;
}

const SaveStatusContext = createContext<SaveStatus>({ mark: () => undefined });
const StatesContext = createContext<ReadonlyMap<string, FieldState>>(new Map());

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [states, setStates] = useState<ReadonlyMap<string, FieldState>>(new Map());
  const mark = useCallback((field: string, state: FieldState | 'clean') => {
    setStates((prev) => {
      if ((prev.get(field) ?? 'clean') === state) return prev;
      const next = new Map(prev);
      if (state === 'clean') next.delete(field);
      else next.set(field, state);
      return next;
    });
  }, []);
  const status = useMemo(() => ({ mark }), [mark]);
  return (
    <SaveStatusContext.Provider value={status}>
      <StatesContext.Provider value={states}>{children}</StatesContext.Provider>
    </SaveStatusContext.Provider>
  );
}

export const useSaveStatus = () => useContext(SaveStatusContext);

export function SaveIndicator() {
  const states = useContext(StatesContext);
  const values = [...states.values()];
  const text = values.includes('failed')
    ? fa.editing.saveFailed
    : values.length > 0
      ? fa.editing.saving
      : fa.editing.saved;
  return (
    <p
      className="save-indicator"
      role="status"
      data-state={values.includes('failed') ? 'failed' : values.length > 0 ? 'saving' : 'saved'}
    >
      {text}
    </p>
  );
}
