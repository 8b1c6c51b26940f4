// The bridge exposed as window.dabir: contract names go to IPC, anything else is refused locally.
import { describe, expect, it, vi } from 'vitest';
import { operationNames } from '../../electron/contract';
import type { Result } from '../../electron/contract/define';
import { invokeChannel as mainChannel } from '../../electron/main/ipc-channel';
import { createBridge, invokeChannel } from '../../electron/preload/bridge';

function sender() {
  return vi.fn((_op: string, _input: unknown): Promise<Result<unknown>> => Promise.resolve({ ok: true, value: 1 }));
}

describe('createBridge', () => {
  it('sends every operation of the contract over IPC', async () => {
    const send = sender();
    const bridge = createBridge(send);
    expect(operationNames.length).toBeGreaterThan(0);
    for (const op of operationNames) {
      await expect(bridge.invoke(op, { any: 'input' })).resolves.toEqual({ ok: true, value: 1 });
    }
    expect(send).toHaveBeenCalledTimes(operationNames.length);
  });

  it('answers unknown_operation for any other name without touching IPC', async () => {
    const send = sender();
    const bridge = createBridge(send);
    for (const op of ['sessions.drop', '', '__proto__', 'constructor', 42 as unknown as string]) {
      const answer = await bridge.invoke(op, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown_operation', path: null } });
    }
    expect(send).not.toHaveBeenCalled();
  });

  it('exposes invoke and nothing else', () => {
    expect(Object.keys(createBridge(sender()))).toEqual(['invoke']);
  });

  it('uses the same channel as the main process', () => {
    expect(invokeChannel).toBe(mainChannel);
  });
});
