import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AnnounceContext } from './announce';

/** A page's one aria-live region, where copy buttons and fills say what they did. */
export function Announcer({ children }: { children: ComponentChildren }) {
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // Cleared first, so the same words are read again on a second copy.
  function announce(message: string) {
    setAnnouncement('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnouncement(message), 50);
  }
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </AnnounceContext.Provider>
  );
}
