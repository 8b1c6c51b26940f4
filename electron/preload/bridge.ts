// The object the preload exposes as `window.dabir`: one `invoke`, refusing any name that is not
// an operation of the contract before it reaches IPC (VS Code's validateIPC does the same).
import { isOperationName, type Result } from '../contract';

/** Must equal invokeChannel in electron/main/ipc-channel.ts (the preload may not import main). */
export const invokeChannel = 'dabir:invoke';

export interface DabirBridge {
  invoke(op: string, input: unknown): Promise<Result<unknown>>;
}

/** `send` is the raw IPC call; it is captured here and never handed to the page. */
export function createBridge(send: (op: string, input: unknown) => Promise<Result<unknown>>): DabirBridge {
  return {
    invoke(op: string, input: unknown): Promise<Result<unknown>> {
      if (!isOperationName(op)) {
        const name = typeof op === 'string' ? op : typeof op;
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown_operation', message: `عملیات «${name}» در این برنامه تعریف نشده است.`, path: null },
        });
      }
      return send(op, input);
    },
  };
}
