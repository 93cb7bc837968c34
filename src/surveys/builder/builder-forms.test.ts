import { describe, expect, it } from 'vitest';
import { espooServiceFeedback } from '../../demo/demo-feedback-survey.ts';
import { espooFeedbackRegister } from '../../privacy/registers/espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from '../../privacy/registers/helsinki-community-register.ts';
import { surveyVersionSchema } from '../survey-definition.ts';
import { drawNotDeclared, readServicePoint, reservedPointSlugs } from './builder-forms.ts';

describe('the builder’s survey-level forms', () => {
  const names = { pointName_fi: 'Piste', pointName_sv: 'Ställe', pointName_en: 'Point' };

  it('refuses a service point key that would be a page of the survey itself (/f/<survey>/thanks, …/draw)', () => {
    for (const slug of reservedPointSlugs) {
      expect(readServicePoint({ pointSlug: slug, ...names })).toEqual({
        ok: false,
        issues: [{ field: 'pointSlug', key: 'builder.error.slugReserved', values: { slug } }],
      });
    }
    expect(readServicePoint({ pointSlug: 'draw-desk', ...names })).toMatchObject({ ok: true });
  });

  it('lets the draw be turned on in an open survey only if the register declares its contacts', () => {
    const published = surveyVersionSchema.parse(espooServiceFeedback);
    expect(drawNotDeclared([espooFeedbackRegister], published)).toBeUndefined();
    const noContacts = {
      ...espooFeedbackRegister,
      dataContent: espooFeedbackRegister.dataContent.filter((c) => c.key !== 'draw_contacts'),
    };
    expect(drawNotDeclared([noContacts], published)).toEqual({
      field: 'drawEnabled',
      key: 'builder.error.drawUndeclared',
      values: { register: 'feedback' },
    });
    // A register that declares no feedback data at all.
    expect(drawNotDeclared([helsinkiCommunityRegister], published)).toEqual({
      field: 'drawEnabled',
      key: 'builder.problem.noRegister',
    });
    // An organisation that keeps no register here is not checked, as in publishing.
    expect(drawNotDeclared([], published)).toBeUndefined();
  });
});
