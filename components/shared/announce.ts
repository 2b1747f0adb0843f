import { createContext } from 'preact';

/** Says a short message through the page's one aria-live region, so screen readers hear what happened. */
export const AnnounceContext = createContext<(message: string) => void>(() => {});
