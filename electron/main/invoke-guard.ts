// Answers one `dabir:invoke` call: only the app's own top-level page may call, then the core's
// dispatcher decides. Knows nothing of Electron's objects, so it is unit-tested without them.
import type { Result } from '../contract/define';
import type { AsyncDispatch } from '../core/api/async-dispatch';
import { isAppUrl } from './app-url';

/** What the IPC handler knows about the frame that sent the call; null once it is gone. */
export interface SenderFrame {
  url: string;
  /** True for the window's main frame, false for any iframe. */
  topLevel: boolean;
}

export async function answerInvoke(
  frame: SenderFrame | null,
  op: unknown,
  input: unknown,
  dispatch: AsyncDispatch,
  appPage: string,
): Promise<Result<unknown>> {
  if (!frame?.topLevel || !isAppUrl(frame.url, appPage)) {
    return fail('forbidden', 'این درخواست از صفحهٔ خود برنامه نیامده است و پذیرفته نشد.');
  }
  if (typeof op !== 'string') {
    return fail('unknown_operation', 'نام عملیات درخواست‌شده معتبر نیست.');
  }
  try {
    return await dispatch(op, input);
  } catch (error) {
    // The dispatcher promises never to throw; if it does, the renderer still gets a Result.
    const detail = error instanceof Error ? error.message : String(error);
    return fail('internal', `خطای پیش‌بینی‌نشده در برنامه: ${detail}`);
  }
}

function fail(code: 'forbidden' | 'unknown_operation' | 'internal', message: string): Result<never> {
  return { ok: false, error: { code, message, path: null } };
}
