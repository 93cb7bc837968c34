import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestKuule, type TestKuule } from '../support/test-app.ts';

/**
 * H15: personal data comes only from the member. No staff route writes a member's data: everything that
 * changes profile answers, contact details, pseudonyms or consents is a member route on the member's own
 * session. The only state-changing staff routes are about staff themselves, surveys and service points,
 * the prize draw (whose contacts come from the respondent and are deleted by it), the registers (which
 * describe processing, not people), running the retention rules (which only delete), and a research
 * task's audience and invitations (criteria over what members gave, and invitation rows).
 */
describe('H15: personal data comes only from the member', () => {
  let kuule: TestKuule;
  beforeAll(async () => {
    kuule = await createTestKuule();
  });
  afterAll(() => kuule.close());

  it('H15: every route that writes member data is the member’s own, and staff routes that change state are about staff', () => {
    const posts = kuule.app.declaredRoutes.filter((r) => r.method === 'POST');
    for (const route of posts.filter((r) => r.url.startsWith('/:org/me/'))) {
      expect(route.access, route.url).toBe('member');
    }
    const staffPosts = posts
      .filter((r) => r.access !== 'public' && r.access !== 'member')
      .map((r) => r.url)
      .sort();
    expect(staffPosts).toEqual([
      '/:org/console/commitment',
      '/:org/console/draws/:survey',
      '/:org/console/registers',
      '/:org/console/registers/:register/discard',
      '/:org/console/registers/:register/edit/:section',
      '/:org/console/registers/:register/publish',
      // Research tasks: the audience is criteria over answers members gave themselves; inviting and the
      // reminder add invitation rows and queue mail. None writes a member's own data (H15).
      '/:org/console/research/:project/tasks/:task/audience',
      '/:org/console/research/:project/tasks/:task/invite',
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
