import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';
import type { Register } from './register.ts';

/**
 * The registers of the seed notices (`shared/seeds/`), written as data: the demo installs them as the
 * first published version of Helsinki's and Espoo's registers. From then on they live in the database,
 * where the register owner edits and republishes them in the console.
 */
const seedRegisters: Record<string, Register[]> = {
  helsinki: [helsinkiCommunityRegister],
  espoo: [espooFeedbackRegister],
};

export function seedRegistersFor(organisationSlug: string): Register[] {
  return seedRegisters[organisationSlug] ?? [];
}
