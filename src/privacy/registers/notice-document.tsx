import { renderToString } from 'preact-render-to-string';
import type { Translator } from '../../platform/i18n/i18n.ts';
import { noticeSections } from './notice-sections.ts';
import type { Register } from './register.ts';

/**
 * The notice's content as HTML: used inside the site layout, standalone by the CLI, and as the draft's
 * preview in the console (one level lower there, under the console page's own heading).
 */
export function NoticeDocument(props: { register: Register; i18n: Translator; headingLevel?: 1 | 3 }) {
  const { register, i18n } = props;
  const Title = props.headingLevel === 3 ? 'h3' : 'h1';
  const Heading = props.headingLevel === 3 ? 'h4' : 'h2';
  return (
    <article class="notice-document">
      <Title>{register.title[i18n.language]}</Title>
      <p>{i18n.t('notice.published', { date: i18n.date(register.publishedOn) })}</p>
      {noticeSections(register, i18n).map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <Heading id={`section-${section.key}`}>{section.heading}</Heading>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.items.length > 0 && (
            <ul>
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

/** A complete, printable HTML document of the notice (CLI `--format html`). */
export function noticeHtmlDocument(register: Register, i18n: Translator): string {
  const title = register.title[i18n.language];
  const body = renderToString(<NoticeDocument register={register} i18n={i18n} />);
  const escapedTitle = renderToString(<title>{title}</title>);
  return `<!doctype html><html lang="${i18n.language}"><head><meta charset="utf-8">${escapedTitle}</head><body>${body}</body></html>\n`;
}
