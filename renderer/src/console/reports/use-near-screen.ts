import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Everything drawn at once: set while the page is printed or saved as PDF. */
let printing = false;
const printListeners = new Set<() => void>();

/** Draws every chart now, for a print or a PDF (called before Electron's printToPDF and on the browser's beforeprint). */
export function drawEverything(): void {
  printing = true;
  // Synchronously, so the print that follows sees the charts.
  flushSync(() => {
    for (const listener of printListeners) listener();
  });
}

/**
 * True once the element is on screen or near it. A report page holds six
 * charts; drawing only those in view keeps it quick to open over ten years
 * of meetings, and the rest draw as they scroll into view (or all at once
 * for printing).
 */
export function useNearScreen<T extends Element>(): [React.RefObject<T | null>, boolean] {
  const ref = useRef<T | null>(null);
  const [near, setNear] = useState(printing);
  useEffect(() => {
    if (near) return;
    const show = () => setNear(true);
    printListeners.add(show);
    window.addEventListener('beforeprint', drawEverything);
    const element = ref.current;
    const observer =
      element && typeof IntersectionObserver !== 'undefined'
        ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '300px 0px' })
        : null;
    if (element && observer) observer.observe(element);
    else show();
    return () => {
      printListeners.delete(show);
      window.removeEventListener('beforeprint', drawEverything);
      observer?.disconnect();
    };
  }, [near]);
  return [ref, near];
}
