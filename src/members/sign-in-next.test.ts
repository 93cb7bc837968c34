import { describe, expect, it } from 'vitest';
import { safeNextPath } from './sign-in-next.ts';

describe('where a sign-in continues', () => {
  it('accepts the member’s own pages of the organisation', () => {
    expect(safeNextPath('helsinki', '/helsinki/me')).toBe('/helsinki/me');
    expect(safeNextPath('helsinki', '/helsinki/me/tasks/library-survey')).toBe(
      '/helsinki/me/tasks/library-survey',
    );
    expect(safeNextPath('helsinki', '/helsinki/me/email-preferences')).toBe('/helsinki/me/email-preferences');
  });

  it('refuses anything that could leave the member’s pages or the origin', () => {
    for (const value of [
      undefined,
      42,
      '',
      'https://evil.example/helsinki/me',
      '//evil.example/helsinki/me',
      '/\\evil.example',
      '/helsinki/me/../console',
      '/helsinki/me/./x',
      '/helsinki/mee',
      '/helsinki/me/tasks?x=1',
      '/helsinki/me//evil',
      '/espoo/me/tasks/x',
      '/helsinki/console',
      `/helsinki/me/${'a'.repeat(300)}`,
    ])
      expect(safeNextPath('helsinki', value), String(value)).toBeUndefined();
  });
});
