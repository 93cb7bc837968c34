import { describe, expect, it } from 'vitest';
import { digestMail, taskLink, taskMail } from './invite-mail.ts';
import { memberOfUnsubscribeToken, unsubscribeToken, unsubscribeUrl } from './invite-unsubscribe.ts';

const links = {
  unsubscribe: 'https://kuule.example/helsinki/unsubscribe?member=m&token=t',
  preferences: 'https://p',
};
const task = {
  title: { fi: 'Kirjastokysely', sv: 'Biblioteksenkät', en: 'Library survey' },
  closes_at: new Date('2027-01-15T12:00:00Z'),
};
const organisationName = { fi: 'Helsingin kaupunki', sv: 'Helsingfors stad', en: 'City of Helsinki' };

describe('task mail', () => {
  it('is written in the member’s language with a sign-in link that lands on the task and one-click unsubscribe headers', () => {
    const url = taskLink(new URL('https://kuule.example'), 'helsinki', 'library-survey');
    expect(url).toBe('https://kuule.example/helsinki/sign-in?next=%2Fhelsinki%2Fme%2Ftasks%2Flibrary-survey');
    const mail = taskMail({
      kind: 'invitation',
      to: 'a@example.fi',
      language: 'sv',
      organisationName,
      task,
      url,
      links,
    });
    expect(mail.subject).toBe('Inbjudan till en uppgift: Biblioteksenkät');
    expect(mail.text).toContain(url);
    expect(mail.text).toContain(links.unsubscribe);
    expect(mail.headers).toEqual({
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    const reminder = taskMail({
      kind: 'reminder',
      to: 'a@example.fi',
      language: 'fi',
      organisationName,
      task,
      url,
      links,
    });
    expect(reminder.subject).toBe('Muistutus: Kirjastokysely');
  });

  it('a digest lists every task with its own link', () => {
    const mail = digestMail({
      to: 'a@example.fi',
      language: 'en',
      organisationName,
      tasks: [
        { ...task, url: 'https://one' },
        { title: { fi: 'B', sv: 'B', en: 'Park walk' }, closes_at: task.closes_at, url: 'https://two' },
      ],
      links,
    });
    expect(mail.subject).toBe('Your new tasks: City of Helsinki');
    expect(mail.text).toContain('Library survey');
    expect(mail.text).toContain('Park walk');
    expect(mail.text).toContain('https://two');
    expect(mail.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('H4: the unsubscribe link is opaque: it opens only to its own member, organisation and secret, and never shows the member key', () => {
    const token = unsubscribeToken('secret', 'org', 'member-key');
    expect(memberOfUnsubscribeToken('secret', 'org', token)).toBe('member-key');
    expect(memberOfUnsubscribeToken('secret', 'org2', token)).toBeUndefined();
    expect(memberOfUnsubscribeToken('other', 'org', token)).toBeUndefined();
    const tampered = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}A`;
    expect(memberOfUnsubscribeToken('secret', 'org', tampered)).toBeUndefined();
    expect(memberOfUnsubscribeToken('secret', 'org', 'AAAA')).toBeUndefined();
    const url = unsubscribeUrl(
      new URL('https://k.example'),
      'secret',
      { id: 'org', slug: 'helsinki' },
      'member-key',
    );
    expect(url).toMatch(/^https:\/\/k\.example\/helsinki\/unsubscribe\?token=[\w-]+$/);
    expect(url).not.toContain('member-key');
  });
});
