// The sandboxed preload: exposes `window.dabir` (see bridge.ts) and nothing else — never
// ipcRenderer itself. Bundled with the contract and zod, since a sandboxed preload cannot require them.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../contract';
import { createBridge, invokeChannel } from './bridge';

contextBridge.exposeInMainWorld(
  'dabir',
  createBridge((op, input) => ipcRenderer.invoke(invokeChannel, op, input) as Promise<Result<unknown>>),
);
