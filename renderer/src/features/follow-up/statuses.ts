// The four statuses in the order the board's number keys set them (1 … 4).
import type { ResolutionStatus } from '../../../../electron/contract';

export const statusOrder: readonly ResolutionStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];
