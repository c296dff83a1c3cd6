import { useMemo } from 'react';
import { offsetFrom, useBackendSecond } from '../../common/use-clock';
import { useDisplaySnapshot } from '../../common/use-display-snapshot';

/** The backend's time, to the second, for the console's running clocks. */
export function useConsoleNow(): number {
  const snapshot = useDisplaySnapshot();
  const offset = useMemo(() => offsetFrom(snapshot?.now, Date.now()), [snapshot]);
  return useBackendSecond(offset);
}
