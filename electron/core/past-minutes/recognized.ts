// What the recognizer makes of a source: the minutes' parts with the line each came from, the
// fields it was not sure of, and which lines it used. Pure data; save-draft.ts writes it.
import type { AttendanceStatus, Deadline, UncertainField } from '../../contract';
import type { DatePhrase } from '../domain/date-phrases';
import type { PersonParts } from './people';

export interface Sourced<T> {
  value: T;
  line: number | null;
}

export interface RecognizedResolution {
  row: number;
  title: string | null;
  body: string;
  deadline: Deadline | null;
  responsible: string[];
  /** The responsible bodies were read from inside the body's sentence, not from a column or label. */
  responsibleGuessed?: true;
  line: number;
}

export interface RecognizedAttendance {
  organization: string;
  person: string | null;
  status: AttendanceStatus;
  line: number;
}

export interface Recognized {
  groupName: Sourced<string> | null;
  province: string | null;
  number: Sourced<number> | null;
  year: Sourced<number> | null;
  /** The date as found: its year may have two digits, for the caller to give a century. */
  date: Sourced<Omit<DatePhrase, 'index' | 'end'>> | null;
  startTime: string | null;
  endTime: string | null;
  location: Sourced<string> | null;
  chair: Sourced<PersonParts> | null;
  secretary: Sourced<PersonParts> | null;
  agenda: Sourced<string>[];
  discussion: { speaker: PersonParts; points: string[]; line: number }[];
  resolutions: RecognizedResolution[];
  attendance: RecognizedAttendance[];
  signatories: { name: string; title: string | null; line: number }[];
  uncertain: UncertainField[];
  used: Set<number>;
}

export function emptyRecognized(): Recognized {
  return {
    groupName: null,
    province: null,
    number: null,
    year: null,
    date: null,
    startTime: null,
    endTime: null,
    location: null,
    chair: null,
    secretary: null,
    agenda: [],
    discussion: [],
    resolutions: [],
    attendance: [],
    signatories: [],
    uncertain: [],
    used: new Set(),
  };
}
