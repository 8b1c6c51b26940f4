// The header's section buttons: the one shown is marked as the current page.
import { Button } from 'react-aria-components';

export function SectionNav<K extends string>({
  label,
  sections,
  current,
  onChoose,
}: {
  label: string;
  sections: readonly (readonly [K, string])[];
  current: K;
  onChoose: (key: K) => void;
}) {
  return (
    <nav className="sections" aria-label={label}>
      {sections.map(([key, text]) => (
        <Button
          key={key}
          className="section-button"
          aria-current={current === key ? 'page' : undefined}
          onPress={() => onChoose(key)}
        >
          {text}
        </Button>
      ))}
    </nav>
  );
}
