import { contextBridge, ipcRenderer } from 'electron';
import { readAudience } from './audience';
import { createBridge } from './bridge';
import { EVENT_CHANNEL } from './channels';

/**
 * Exposes window.circle and nothing else: never ipcRenderer itself, never
 * the IPC event object (its `sender` would hand the page ipcRenderer).
 * The console gets one invoke function per contract method; the display
 * window only hears events. Main checks every call's sender regardless.
 */
const audience = readAudience(process.argv);

const bridge = createBridge(audience, {
  invoke: (channel, input) => ipcRenderer.invoke(channel, input),
  onEvent: (handler) => {
    ipcRenderer.on(EVENT_CHANNEL, (_event, message: unknown) => handler(message));
  },
});

contextBridge.exposeInMainWorld('circle', bridge);
