import { useEffect } from 'react';

/**
 * While the laptop goes round, Back (or a trackpad swipe) and reload must not
 * take the page anywhere. Back lands on an entry this page pushed, and is
 * pushed again; reload and closing ask the browser's own "Leave site?"
 * question, and if the person leaves anyway the lock is still in storage,
 * so the console opens locked again.
 */
export function useHoldThePage(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const here = window.location.href;
    window.history.pushState({ laptopLock: true }, '', here);
    const onPopState = () => window.history.pushState({ laptopLock: true }, '', here);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [active]);
}
