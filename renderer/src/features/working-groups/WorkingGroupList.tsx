// The working groups of this secretariat; choosing one shows its sessions.
import type { WorkingGroup } from '../../../../electron/contract';
import { fa } from '../../i18n/fa';

interface Props {
  groups: WorkingGroup[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function WorkingGroupList({ groups, selectedId, onSelect }: Props) {
  if (groups.length === 0) return <p className="empty">{fa.workingGroups.noWorkingGroups}</p>;
  return (
    <ul className="group-list" aria-label={fa.workingGroups.workingGroups}>
      {groups.map((g) => (
        <li key={g.id}>
          <button type="button" aria-current={g.id === selectedId} onClick={() => onSelect(g.id)}>
            <span className="group-name">{g.name}</span>
            <span className="group-province">
              {fa.common.province} {g.province}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
