import type { CircleBridge } from '#shared/contract/bridge';
import type { MethodName } from '#shared/contract/method-names';
import type { ApiClient, ConnectionState } from './api-client';
import { ApiError } from './api-error';
import { EventRouter } from './event-router';

/** The Electron transport: the preload's bridge is always connected. */
export function createElectronClient(bridge: CircleBridge): ApiClient {
  const router = new EventRouter();
  bridge.onEvent((event) => router.dispatch(event.name, event.payload));
  return {
    audience: bridge.audience,
    async call(method: MethodName, input: unknown) {
      const invoke = bridge.invoke?.[method];
      if (!invoke) throw new ApiError({ code: 'forbidden', message: 'The room display can only show what the console sends it.' });
      const envelope = await invoke(input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value as never;
    },
    on: (name, listener) => router.on(name, listener),
    connection: (): ConnectionState => 'open',
    onConnection: () => () => undefined,
    async savePdf(fileName: string) {
      if (!bridge.printToPdf) throw new ApiError({ code: 'forbidden', message: 'Only the console can save a PDF.' });
      const outcome = (await bridge.printToPdf(fileName)) as { ok: boolean; error?: { message: string } };
      if (!outcome.ok) throw new ApiError({ code: 'internal', message: outcome.error?.message ?? 'The PDF could not be saved.' });
    },
    savesFile: true,
    maxCallBytes: null,
  };
}
