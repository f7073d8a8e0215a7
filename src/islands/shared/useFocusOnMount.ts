import { useEffect, useRef } from 'react';

/**
 * A ref that receives focus once, when its element first appears: for controls that replace the
 * one the user just pressed (a confirmation, a rename field), so keyboard focus is not lost.
 * `when` false leaves focus where it is.
 */
export function useFocusOnMount<T extends HTMLElement>(when = true) {
  const ref = useRef<T>(null);
  const initial = useRef(when);
  useEffect(() => {
    if (initial.current) ref.current?.focus();
  }, []);
  return ref;
}
