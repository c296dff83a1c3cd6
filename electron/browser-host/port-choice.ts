function isAddressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'EADDRINUSE';
}

export interface PortChoice<T> {
  listening: T;
  /** Said in the terminal before the links when the links are not the ones open pages know. */
  notice?: string;
}

/**
 * Which port browser mode listens on. An explicit `--port N` (N > 0) wins,
 * and a taken one is an error. Otherwise (`--port 0` or none) the port used
 * last time, so an open display and console reconnect by themselves after a
 * restart; when that one is taken now, any free port, saying so plainly.
 */
export async function listenOnChosenPort<T extends { port: number }>(
  requested: number | undefined,
  remembered: number | undefined,
  listen: (port: number) => Promise<T>,
): Promise<PortChoice<T>> {
  if (requested !== undefined && requested > 0) {
    try {
      return { listening: await listen(requested) };
    } catch (error) {
      if (isAddressInUse(error)) {
        throw new Error(`Port ${String(requested)} is already in use. Choose another with --port, or 0 for the port used last time.`);
      }
      throw error;
    }
  }
  if (remembered === undefined || remembered === 0) return { listening: await listen(0) };
  try {
    return { listening: await listen(remembered) };
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
  }
  const listening = await listen(0);
  return {
    listening,
    notice:
      `Port ${String(remembered)}, used last time, is taken by another program now, so Circlekeeper uses port ${String(listening.port)} instead. ` +
      'Pages still open on the old links will not reconnect: open the new links below on the laptop and on the room screen.',
  };
}
