import { randomInt } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import type { Database } from '../../src/platform/db/database.ts';

/**
 * A cookie-keeping client over `app.inject`, so a test can do what a browser without JavaScript does:
 * load a page, read its form's CSRF token and post the form.
 */
export class FormClient {
  readonly cookies = new Map<string, string>();
  /** Each client is its own resident on its own loopback address, as rate limits count per client. */
  readonly remoteAddress = `127.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;
  constructor(
    private readonly app: FastifyInstance,
    private readonly headers: Record<string, string> = {},
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      remoteAddress: this.remoteAddress,
      method: 'GET',
      url,
      headers: { ...this.headers, ...headers, cookie: this.cookieHeader() },
    });
    this.keepCookies(response);
    return response;
  }

  async post(
    url: string,
    fields: Record<string, string | string[]>,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      remoteAddress: this.remoteAddress,
      method: 'POST',
      url,
      payload: formBody(fields),
      headers: {
        ...this.headers,
        ...headers,
        'content-type': 'application/x-www-form-urlencoded',
        cookie: this.cookieHeader(),
      },
    });
    this.keepCookies(response);
    return response;
  }

  /** Loads `pageUrl`, then posts its form to `actionUrl` with the page's CSRF token added. */
  async submit(
    pageUrl: string,
    actionUrl: string,
    fields: Record<string, string>,
  ): Promise<LightMyRequestResponse> {
    const page = await this.get(pageUrl);
    return this.post(actionUrl, { _csrf: csrfTokenOf(page.body), ...fields });
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private keepCookies(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now()))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}

/** A urlencoded form body; a list value repeats its field, as checkboxes do. */
export function formBody(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields))
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  return body.toString();
}

/** The hidden fields of the first form on a page (CSRF token, submission id, carried answers). */
export function hiddenFieldsOf(html: string): Record<string, string[]> {
  const form = html.slice(html.indexOf('<form'));
  const fields: Record<string, string[]> = {};
  const decode = (value: string) =>
    value
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  for (const [input] of form.slice(0, form.indexOf('</form>')).matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1] ?? '';
    if (name) fields[name] = [...(fields[name] ?? []), decode(value)];
  }
  return fields;
}

const decodeHtml = (value: string) =>
  value
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');

/**
 * Every field a browser would post from the form whose action contains `action` (without the pressed
 * button): text and hidden inputs, checked checkboxes and radios, textareas and selected options.
 */
export function formFieldsOf(html: string, action: string): Record<string, string> {
  const start = html.indexOf(`action="${action}`);
  if (start < 0) throw new Error(`No form posting to ${action}.`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const type = /type="([^"]*)"/.exec(input)?.[1] ?? 'text';
    if (!name || ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(input))) continue;
    fields[name] = decodeHtml(/value="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  for (const [, attributes, text] of form.matchAll(/<textarea([^>]*)>([^<]*)<\/textarea>/g)) {
    const name = /name="([^"]*)"/.exec(attributes ?? '')?.[1];
    if (name) fields[name] = decodeHtml(text ?? '');
  }
  for (const [, attributes, options] of form.matchAll(/<select([^>]*)>(.*?)<\/select>/gs)) {
    const name = /name="([^"]*)"/.exec(attributes ?? '')?.[1];
    const selected = /<option[^>]*value="([^"]*)"[^>]*\sselected/.exec(options ?? '')?.[1];
    const first = /<option[^>]*value="([^"]*)"/.exec(options ?? '')?.[1];
    if (name) fields[name] = decodeHtml(selected ?? first ?? '');
  }
  return fields;
}

export function csrfTokenOf(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('The page has no form with a CSRF token.');
  return token;
}

const totpSecrets = new Map<string, string>();

/** The current TOTP code for a secret, as an authenticator app would show it. */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: at,
  });
}

/**
 * Signs a staff user in through the console's forms: password, then the TOTP second factor (enrolling at
 * the first sign-in, as a person would with an app), then the confidentiality commitment (E9).
 */
export async function signInStaff(
  client: FormClient,
  slug: string,
  email: string,
  password: string,
  db: Database,
  options: { acceptCommitment?: boolean } = {},
) {
  const response = await client.submit(`/${slug}/console/sign-in`, `/${slug}/console/sign-in`, {
    email,
    password,
  });
  if (response.statusCode !== 303) return response;
  // Tests sign in faster than a 30-second TOTP step, and a step is accepted once: forget the last one,
  // as if the next step had come.
  await db.system
    .updateTable('staff_users')
    .set({ totp_last_counter: 0 })
    .where('email', '=', email)
    .execute();
  const page = await client.get(`/${slug}/console/second-factor`);
  const shown = /data-totp-secret="?[^>]*>([A-Z2-7]+)</.exec(page.body)?.[1];
  if (shown) totpSecrets.set(email, shown);
  const secret = totpSecrets.get(email);
  if (!secret) throw new Error(`No TOTP secret known for ${email}`);
  const verified = await client.post(`/${slug}/console/second-factor`, {
    _csrf: csrfTokenOf(page.body),
    code: totpCode(secret),
  });
  if (verified.statusCode !== 303 || options.acceptCommitment === false) return verified;
  const commitment = await client.get(`/${slug}/console/commitment`);
  if (commitment.statusCode === 200) {
    await client.post(`/${slug}/console/commitment`, { _csrf: csrfTokenOf(commitment.body) });
  }
  return verified;
}
