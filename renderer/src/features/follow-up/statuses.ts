// The four statuses in the order the board's number keys set them (1 … 4): the filters' order.
import type { ResolutionStatus } from '../../../../electron/contract';
import { statusChoices } from '../../components/Filters';

export const statusOrder: readonly ResolutionStatus[] = statusChoices.map((c) => c.id);
