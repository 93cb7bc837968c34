import { espooFeedbackRegister } from './espoo-feedback-register.ts';
import { helsinkiCommunityRegister } from './helsinki-community-register.ts';
import type { Register } from './register.ts';

/**
 * The registers each organisation keeps. For now they are data in code for the demo organisations;
 * the register owner's console (editing, versions) will keep the same `Register` shape in the database.
 */
const registers: Record<string, Register[]> = {
  helsinki: [helsinkiCommunityRegister],
  espoo: [espooFeedbackRegister],
};

export function registersOf(organisationSlug: string): Register[] {
  return registers[organisationSlug] ?? [];
}

export function findRegister(organisationSlug: string, registerSlug: string): Register | undefined {
  return registersOf(organisationSlug).find((register) => register.slug === registerSlug);
}
