/**
 * The only bridge between the sandboxed renderer and the main process: one function that
 * calls an operation of the API contract. No Node, no files, no shell reach the page.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('autocredify', {
  call: (operation: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('autocredify:call', operation, input),
});
