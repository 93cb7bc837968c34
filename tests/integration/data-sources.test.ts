import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

/**
 * H15: personal data comes only from the member. No staff route writes a member's data: everything that
 * changes profile answers, contact details, pseudonyms or consents is a member route on the member's own
 * session. The only state-changing staff routes are about staff themselves, surveys and service points,
 * the prize draw (whose contacts come from the respondent and are deleted by it), the registers (which
 * describe processing, not people), and running the retention rules (which only delete). Data subject
 * requests logged by the register owner hold the city's case data (record number, channel, dates, identity
 * check), never the member's personal data; fulfilling one erases or restricts with the member's own
 * machinery, and a rectification is the member's to make on their own pages (staff only record what they
 * were asked to correct). Legal holds keep data as it is. Moderating discussions (pinning, hiding with a
 * reason, closing, resolving reports) marks what members wrote; the moderator's reason is the staff's own
 * text, and no member data is written from staff. Research projects and tasks say what is asked and of
 * whom, with a summary for everyone: a member's answers come only from the member's own task page; a
 * task's audience and invitations are criteria over what members gave, and invitation rows.
 */
describe('H15: personal data comes only from the member', () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
  });
  afterAll(() => kuule.close());

  it('H15: every route that writes member data is the member’s own, and staff routes that change state are about staff', () => {
    const posts = kuule.app.declaredRoutes.filter((r) => r.method === 'POST');
    // One exception, and only this one: confirming a change of email address (H13) is public because the
    // link may be opened where the member is not signed in. It still writes only what the member gave: the
    // change was asked for on the member's own session, and the single-use token mailed to the new address
    // is the proof; it writes nothing else.
    const tokenConfirmed = ['/:org/me/email/confirm'];
    for (const route of posts.filter((r) => r.url.startsWith('/:org/me/'))) {
      expect(route.access, route.url).toBe(tokenConfirmed.includes(route.url) ? 'public' : 'member');
    }
    const staffPosts = posts
      .filter((r) => r.access !== 'public' && r.access !== 'member')
      .map((r) => r.url)
      .sort();
    expect(staffPosts).toEqual([
      '/:org/console/commitment',
      '/:org/console/discussions/:task/close',
      '/:org/console/discussions/:task/posts/:post/hide',
      '/:org/console/discussions/:task/posts/:post/pin',
      '/:org/console/discussions/:task/posts/:post/unhide',
      '/:org/console/discussions/:task/posts/:post/unpin',
      '/:org/console/discussions/:task/reports/:report/resolve',
      '/:org/console/draws/:survey',
      '/:org/console/holds/:hold/lift',
      '/:org/console/registers',
      '/:org/console/registers/:register/discard',
      '/:org/console/registers/:register/edit/:section',
      '/:org/console/registers/:register/publish',
      '/:org/console/requests',
      '/:org/console/requests/:id/extend',
      '/:org/console/requests/:id/fulfil',
      '/:org/console/requests/:id/hold',
      '/:org/console/requests/:id/refuse',
      '/:org/console/research',
      '/:org/console/research/:project/close',
      '/:org/console/research/:project/summary',
      '/:org/console/research/:project/tasks',
      '/:org/console/research/:project/tasks/:task/audience',
      '/:org/console/research/:project/tasks/:task/close',
      '/:org/console/research/:project/tasks/:task/invite',
      '/:org/console/research/:project/tasks/:task/publish',
      '/:org/console/research/:project/tasks/:task/remind',
      '/:org/console/retention',
      '/:org/console/service-points',
      '/:org/console/sign-out',
      '/:org/console/staff',
      '/:org/console/staff/:id/training',
      '/:org/console/surveys',
      '/:org/console/surveys/:survey/close',
      '/:org/console/surveys/:survey/copy',
      '/:org/console/surveys/:survey/pages',
      '/:org/console/surveys/:survey/pages/:page/delete',
      '/:org/console/surveys/:survey/publish',
      '/:org/console/surveys/:survey/questions',
      '/:org/console/surveys/:survey/questions/:question',
      '/:org/console/surveys/:survey/questions/:question/delete',
      '/:org/console/surveys/:survey/questions/:question/move',
      '/:org/console/surveys/:survey/settings',
    ]);
  });
});
