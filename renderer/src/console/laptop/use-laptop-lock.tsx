import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LAPTOP_LOCK_KEY, readLaptopLock, writeLaptopLock, type LaptopLock } from './laptop-lock';

interface LaptopLockState {
  lock: LaptopLock | null;
  /** Hands the laptop round: the console is covered until unlock(). */
  start: (lock: LaptopLock) => void;
  /** One more answer stored, so a reload mid-round keeps the count. */
  counted: () => void;
  unlock: () => void;
}

const LaptopLockContext = createContext<LaptopLockState | null>(null);

export function LaptopLockProvider({ children }: { children: ReactNode }) {
  const [lock, setLock] = useState<LaptopLock | null>(readLaptopLock);

  // Another console tab of this app locked or unlocked: follow it, so a second tab cannot be the way round the lock.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === LAPTOP_LOCK_KEY || event.key === null) setLock(readLaptopLock());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const update = useCallback((next: LaptopLock | null) => {
    writeLaptopLock(next);
    setLock(next);
  }, []);
  const value = useMemo<LaptopLockState>(
    () => ({
      lock,
      start: update,
      counted: () => update(lock ? { ...lock, answered: lock.answered + 1 } : null),
      unlock: () => update(null),
    }),
    [lock, update],
  );
  return <LaptopLockContext.Provider value={value}>{children}</LaptopLockContext.Provider>;
}

export function useLaptopLock(): LaptopLockState {
  const state = useContext(LaptopLockContext);
  if (!state) throw new Error('useLaptopLock needs a LaptopLockProvider above it.');
  return state;
}
