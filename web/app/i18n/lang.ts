// The interface language: French by default, English on request; the choice persists in localStorage and is
// mirrored on <html lang>. A tiny external store, so that non-React code (the API client) can read it too.
import { useSyncExternalStore } from 'react';
import type { Lang } from '../../../common/errors.ts';

export type { Lang };
export const supportedLangs = ['fr', 'en'] as const satisfies readonly Lang[];

const storageKey = 'diplomatie.lang';
const listeners = new Set<() => void>();

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(storageKey);
    return stored === 'en' || stored === 'fr' ? stored : 'fr';
  } catch {
    return 'fr';
  }
}

let current: Lang = readStoredLang();
document.documentElement.lang = current;

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
  document.documentElement.lang = lang;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language; re-renders on change. Also handed to react-dsfr for its own components. */
export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang, getLang);
}

/** Picks the dictionary of the current language: `const t = useT(messages)`. */
export function useT<Dictionary>(messages: Record<Lang, Dictionary>): Dictionary {
  return messages[useLang()];
}

export function formatDateTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );
}

export function formatDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long' }).format(new Date(iso));
}
