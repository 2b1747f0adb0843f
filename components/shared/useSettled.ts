import { useEffect, useRef, useState } from 'preact/hooks';

/** False while the user is typing, true once they pause or leave the field: messages wait until then. */
export function useSettled(pauseMs = 700) {
  const [settled, setSettled] = useState(true);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return {
    settled,
    typing() {
      clearTimeout(timer.current);
      setSettled(false);
      timer.current = setTimeout(() => setSettled(true), pauseMs);
    },
    settle() {
      clearTimeout(timer.current);
      setSettled(true);
    },
  };
}
