// Enter in a combo box means «add what I typed» only when no option is highlighted; with one
// highlighted, the combo box picks it and onSelectionChange adds that instead.
import type { KeyboardEvent } from 'react';

export const isEnterOnTyped = (e: KeyboardEvent) =>
  e.key === 'Enter' && !(e.target as HTMLElement).getAttribute('aria-activedescendant');
