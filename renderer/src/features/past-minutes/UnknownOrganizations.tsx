// The organisations of the attendance that are not members of the working group: the chosen ones
// (or all) become members in one step.
import { useState } from 'react';
import { Button, Checkbox, CheckboxGroup } from 'react-aria-components';
import type { PastMinutesReview } from '../../../../electron/contract';
import { useAction } from '../../api/use-action';
import { useApi } from '../../api/use-api';
import { FormError } from '../../components/FormError';
import { faDigits } from '../../i18n/digits';
import { fa } from '../../i18n/fa';

const t = fa.pastMinutes;

export function UnknownOrganizations({ review }: { review: PastMinutesReview }) {
  const api = useApi();
  const action = useAction();
  const [chosen, setChosen] = useState<string[]>([]);
  const others = review.unknownOrganizations.filter((o) => !o.isMember);
  const ids = new Set(others.map((o) => o.organizationId));
  // Those made members meanwhile drop out of the choice.
  const picked = chosen.filter((id) => ids.has(id));
  return (
    <section aria-labelledby="review-organizations" className="review-organizations">
      <h4 id="review-organizations">
        {t.unknownOrganizations} ({faDigits(others.length)})
      </h4>
      {others.length === 0 ? (
        <p className="empty">{t.allMembers}</p>
      ) : (
        <>
          <p className="hint" id="review-organizations-intro">
            {t.unknownIntro}
          </p>
          {/* Above the list, which may be long: in reach without scrolling through it. */}
          <div className="form-actions">
            <Button className="secondary" onPress={() => setChosen([...ids])}>
              {t.chooseAll}
            </Button>
            <Button
              className="primary"
              isDisabled={picked.length === 0 || action.pending}
              onPress={() =>
                void action
                  .run(() => api.pastMinutes.addMembers({ sessionId: review.sessionId, organizationIds: picked }))
                  .then((done) => done && setChosen([]))
              }
            >
              {picked.length === 0 ? t.addNone : t.addChosen(faDigits(picked.length))}
            </Button>
          </div>
          <FormError message={action.error} />
          <CheckboxGroup
            className="organization-choice"
            aria-labelledby="review-organizations"
            aria-describedby="review-organizations-intro"
            value={picked}
            onChange={setChosen}
          >
            {others.map((o) => (
              <Checkbox key={o.organizationId} value={o.organizationId} className="checkbox">
                <span className="checkbox-box" aria-hidden="true" />
                <span>{o.name}</span>
                {o.line !== null && <span className="uncertain-line">{t.lineOf(faDigits(o.line))}</span>}
              </Checkbox>
            ))}
          </CheckboxGroup>
        </>
      )}
    </section>
  );
}
