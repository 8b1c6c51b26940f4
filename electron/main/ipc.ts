// Registers the one IPC handler: every renderer call arrives here and goes to the core's dispatcher.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { AsyncDispatch } from '../core/api/async-dispatch';
import { answerInvoke, type SenderFrame } from './invoke-guard';
import { invokeChannel } from './ipc-channel';

export function registerInvoke(dispatch: AsyncDispatch, appPage: string): void {
  ipcMain.handle(invokeChannel, (event, op: unknown, input: unknown) =>
    answerInvoke(senderFrameOf(event), op, input, dispatch, appPage),
  );
}

function senderFrameOf(event: IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, topLevel: frame.parent === null } : null;
}
