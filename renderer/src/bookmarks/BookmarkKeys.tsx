import { useEffect } from 'react';
import { useApp } from '../app-context';
import { isTyping } from '../reader/useReaderKeys';
import { bookmarkHere } from './bookmark-here';

/** Ctrl+D bookmarks the place being read (instead of the browser's own bookmark). */
export function BookmarkKeys() {
  const { notify } = useApp();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey || e.key.toLowerCase() !== 'd' || isTyping(e.target)) return;
      e.preventDefault();
      void bookmarkHere(notify);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notify]);
  return null;
}
