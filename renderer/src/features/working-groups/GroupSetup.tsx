// The working group's setup screen: its details and default officers, the people directory, and
// the ordered member organisations.
import { useCallback, useEffect, useState } from 'react';
import type { Organization, Person, WorkingGroup } from '../../../../electron/contract';
import { useApi } from '../../app/api-context';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { SaveIndicator, SaveStatusProvider } from '../../components/save-status';
import { GroupSettings } from './GroupSettings';
import { MembersEditor } from './MembersEditor';
import { PeopleDirectory } from './PeopleDirectory';

interface Props {
  group: WorkingGroup;
  onGroupChanged: (group: WorkingGroup) => void;
}

export function GroupSetup({ group, onGroupChanged }: Props) {
  const api = useApi();
  const [people, setPeople] = useState<Person[]>([]);
  const [organizations, setOrganizations] = useState<Organization[]>([]);
  const reloadDirectory = useCallback(
    () =>
      Promise.all([api.people.list({}), api.organizations.list({})]).then(([p, o]) => {
        setPeople(p);
        setOrganizations(o);
      }),
    [api],
  );
  const loading = useAction();
  const { run } = loading;
  useEffect(() => {
    void run(reloadDirectory);
  }, [run, reloadDirectory]);

  return (
    <SaveStatusProvider>
      <SaveIndicator />
      <FormError message={loading.error} />
      <GroupSettings group={group} people={people} onGroupChanged={onGroupChanged} onPeopleChanged={reloadDirectory} />
      <MembersEditor workingGroupId={group.id} onOrganizationsChanged={reloadDirectory} />
      <PeopleDirectory people={people} organizations={organizations} onChanged={reloadDirectory} />
    </SaveStatusProvider>
  );
}
