import { TextField } from '../platform/html/form-fields.tsx';
import { CsrfField, DonePage, ErrorSummary, Layout } from '../platform/html/layout.tsx';
import { usePage } from '../platform/html/page-context.ts';
import type { FieldError } from '../platform/http/form.ts';

function useMemberPage() {
  const { i18n, organisation } = usePage();
  return { i18n, t: i18n.t, base: `/${organisation!.slug}`, name: organisation!.name[i18n.language] };
}

/** H13: the member's own address (theirs, so shown whole), any change waiting, and the form for a new one. */
export function EmailChangePage(props: {
  current: string;
  pending: { email: string; expiresAt: Date } | undefined;
  hours: number;
  errors?: FieldError[];
  email?: string | undefined;
}) {
  const { t, i18n, base } = useMemberPage();
  const errors = props.errors ?? [];
  return (
    <Layout title={t('emailChange.title')}>
      <h1>{t('emailChange.title')}</h1>
      <p>{t('emailChange.current', { email: props.current })}</p>
      {props.pending && (
        <p>
          {t('emailChange.pending', {
            email: props.pending.email,
            date: i18n.dateTime(props.pending.expiresAt),
          })}
        </p>
      )}
      <ErrorSummary errors={errors} />
      <form method="post" action={`${base}/me/email`} noValidate>
        <CsrfField />
        <TextField
          name="email"
          type="email"
          label={t('emailChange.newEmail')}
          hint={t('emailChange.hint', { hours: props.hours })}
          value={props.email}
          errors={errors}
          required
          maxLength={254}
          autocomplete="email"
        />
        <button type="submit">{t('emailChange.submit')}</button>{' '}
        <a class="button secondary-link" href={`${base}/me/data`}>
          {t('emailChange.back')}
        </a>
      </form>
    </Layout>
  );
}

/**
 * The same page whether the new address was free or already another member's (no enumeration): it never
 * repeats the address.
 */
export function EmailChangeSentPage(props: { hours: number }) {
  const { t, base } = useMemberPage();
  return (
    <DonePage
      title={t('emailChange.sent.title')}
      body={t('emailChange.sent.body', { hours: props.hours })}
      next={{ href: `${base}/me/data`, text: t('emailChange.back') }}
    />
  );
}

/** The link from the mail lands here; only the button (a POST) changes anything. */
export function EmailChangeConfirmPage(props: { token: string }) {
  const { t, base, name } = useMemberPage();
  return (
    <Layout title={t('emailChange.confirm.title')}>
      <h1>{t('emailChange.confirm.title')}</h1>
      <p>{t('emailChange.confirm.body', { organisation: name })}</p>
      <form method="post" action={`${base}/me/email/confirm`}>
        <CsrfField />
        <input type="hidden" name="token" value={props.token} />
        <button type="submit">{t('emailChange.confirm.submit')}</button>
      </form>
    </Layout>
  );
}

export function EmailChangeOutcomePage(props: { outcome: 'changed' | 'invalid' | 'taken' }) {
  const { t, base } = useMemberPage();
  if (props.outcome === 'changed')
    return (
      <DonePage
        title={t('emailChange.done.title')}
        body={t('emailChange.done.body')}
        next={{ href: `${base}/me/data`, text: t('emailChange.done.next') }}
      />
    );
  const [title, body] =
    props.outcome === 'taken'
      ? (['emailChange.taken.title', 'emailChange.taken.body'] as const)
      : (['emailChange.invalid.title', 'emailChange.invalid.body'] as const);
  return (
    <Layout title={t(title)}>
      <h1>{t(title)}</h1>
      <p>{t(body)}</p>
      <p>
        <a href={`${base}/me/email`}>{t('emailChange.link')}</a>
      </p>
    </Layout>
  );
}
