import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Organisation } from '../../organisations/organisation-repository.ts';
import type { Translator } from '../i18n/i18n.ts';

export interface SignedInStaff {
  id: string;
  displayName: string;
  roles: string[];
  lastTrainingOn: string | null;
}

/** What every server-rendered page knows about the request it answers. */
export interface PageContext {
  i18n: Translator;
  /** The path of this page without query, for the language switch. */
  path: string;
  organisation: Organisation | null;
  csrfToken: string | null;
  staff: SignedInStaff | null;
  demo: boolean;
}

export const PageContextValue = createContext<PageContext | null>(null);

export function usePage(): PageContext {
  const context = useContext(PageContextValue);
  if (!context) throw new Error('A page component was rendered outside renderPage().');
  return context;
}
