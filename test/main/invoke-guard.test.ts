// answerInvoke: the sender check in front of the dispatcher, and the Result it always answers.
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../electron/contract/define';
import { answerInvoke } from '../../electron/main/invoke-guard';

const page = '/opt/Dabir/out/renderer/index.html';
const appFrame = { url: `${pathToFileURL(page).href}#/`, topLevel: true };

function dispatcher(answer: Result<unknown> = { ok: true, value: 'done' }) {
  return vi.fn((_op: string, _input: unknown) => Promise.resolve(answer));
}

describe('answerInvoke', () => {
  it('passes a call from the app page to the dispatcher and returns its answer', async () => {
    const dispatch = dispatcher();
    expect(await answerInvoke(appFrame, 'sessions.list', { year: 1404 }, dispatch, page)).toEqual({
      ok: true,
      value: 'done',
    });
    expect(dispatch).toHaveBeenCalledWith('sessions.list', { year: 1404 });
  });

  it('forbids a sender that is gone, an iframe, or another page', async () => {
    const dispatch = dispatcher();
    for (const frame of [
      null,
      { ...appFrame, topLevel: false },
      { url: 'https://example.com/', topLevel: true },
      { url: 'file:///tmp/evil.html', topLevel: true },
    ]) {
      const answer = await answerInvoke(frame, 'sessions.list', {}, dispatch, page);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden', path: null } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses an operation name that is not a string', async () => {
    const dispatch = dispatcher();
    expect(await answerInvoke(appFrame, 42, {}, dispatch, page)).toMatchObject({
      ok: false,
      error: { code: 'unknown_operation' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatcher into an internal error instead of a rejected IPC call', async () => {
    const dispatch = vi.fn((): Promise<Result<unknown>> => {
      throw new Error('boom');
    });
    const answer = await answerInvoke(appFrame, 'sessions.list', {}, dispatch, page);
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', path: null } });
    expect(!answer.ok && answer.error.message).toContain('boom');
  });
});
