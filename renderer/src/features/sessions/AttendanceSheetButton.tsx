// «برگه حضور و غیاب»: saves the sheet the members sign during the session as PDF (the same print
// page and printer as the minutes), from the session before it starts. A refusal is said beside it.
import { Button } from 'react-aria-components';
import { useApi } from '../../api/use-api';
import { useAction } from '../../api/use-action';
import { FormError } from '../../components/FormError';
import { fa } from '../../i18n/fa';
import { saveFile } from '../minutes/download';

export function AttendanceSheetButton({ sessionId }: { sessionId: string }) {
  const api = useApi();
  const action = useAction();
  return (
    <>
      <Button
        className="secondary"
        isDisabled={action.pending}
        onPress={() => void action.run(async () => saveFile(await api.attendance.sheetPdf({ sessionId })))}
      >
        {action.pending ? fa.common.preparing : fa.attendance.sheet}
      </Button>
      <FormError message={action.error} />
    </>
  );
}
