import type { ComponentChildren } from 'preact';
import { AnnounceContext } from '@/components/announce';
import { useAnnouncer } from '../popup/useAnnouncer';

/** The guide's one aria-live region, where copy buttons say what they copied. */
export function GuideAnnouncer({ children }: { children: ComponentChildren }) {
  const { announce, announcement } = useAnnouncer();
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </AnnounceContext.Provider>
  );
}
