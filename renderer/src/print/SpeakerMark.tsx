// The ✳ before each speaker in the real minutes, drawn: Vazirmatn has no U+2733, and a character
// the shipped fonts lack would be printed from whatever system font the machine has.
export function SpeakerMark() {
  return (
    <svg className="speaker-mark" viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
      <path d="M0 -8V8M-8 0H8M-5.66 -5.66L5.66 5.66M-5.66 5.66L5.66 -5.66" />
    </svg>
  );
}
