import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { type PageContext, PageContextValue } from './page-context.ts';

/** Renders a page component to a complete HTML document. Preact escapes every interpolated value. */
export function renderDocument(context: PageContext, page: ComponentChildren): string {
  return `<!doctype html>${renderToString(<PageContextValue.Provider value={context}>{page}</PageContextValue.Provider>)}`;
}
