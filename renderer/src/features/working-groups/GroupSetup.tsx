// The working group's setup screen: its details and default officers, the people directory, and
// the ordered member organisations.
import type { WorkingGroup } from '../../../../electron/contract';
import { failureOf, useRead } from '../../api/use-read';
import { FormError } from '../../components/FormError';
import { SaveIndicator, SaveStatusProvider } from '../../components/save-status';
import { GroupSettings } from './GroupSettings';
import { MembersEditor } from './MembersEditor';
import { PeopleDirectory } from './PeopleDirectory';

export function GroupSetup({ group }: { group: WorkingGroup }) {
  const people = useRead('people.list', {});
  const organizations = useRead('organizations.list', {});
  const peopleList = people.state === 'ready' ? people.value : [];

  return (
    <SaveStatusProvider>
      <SaveIndicator />
      <FormError message={failureOf(people, organizations)} />
      <GroupSettings group={group} people={peopleList} />
      <MembersEditor workingGroupId={group.id} />
      <PeopleDirectory people={peopleList} organizations={organizations.state === 'ready' ? organizations.value : []} />
    </SaveStatusProvider>
  );
}
