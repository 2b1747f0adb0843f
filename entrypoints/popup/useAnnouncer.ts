import { useEffect, useRef, useState } from 'preact/hooks';

/** Text for the popup's aria-live region; cleared first so the same words are read again on a second copy. */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  function announce(message: string) {
    setAnnouncement('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setAnnouncement(message), 50);
  }
  return { announce, announcement };
}
