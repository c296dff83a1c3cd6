import { offsetFrom, useBackendSecond } from '../../common/use-clock';
import { useReceivedSnapshot } from '../../common/use-display-snapshot';

/** The backend's time, to the second, for the console's running clocks. */
export function useConsoleNow(): number {
  const received = useReceivedSnapshot();
  return useBackendSecond(offsetFrom(received?.snapshot.now, received?.receivedAt));
}
