import type { Tx } from '../platform/db/database.ts';
import { createProject, createTask, setTaskStatus } from './research-repository.ts';

/**
 * The demo's discussion (Helsinki): a project "Neighbourhood libraries 2027" with one published discussion,
 * open for a year from seeding, for all members.
 */
export async function seedDemoDiscussion(tx: Tx, organisationId: string): Promise<void> {
  const project = await createProject(tx, {
    organisationId,
    slug: 'neighbourhood-libraries',
    title: {
      fi: 'Lähikirjastot 2027',
      sv: 'Närbiblioteken 2027',
      en: 'Neighbourhood libraries 2027',
    },
    purpose: {
      fi: 'Kehitämme lähikirjastoja yhdessä asukkaiden kanssa: mikä toimii, mikä ei ja mitä pitäisi muuttaa.',
      sv: 'Vi utvecklar närbiblioteken tillsammans med invånarna: vad fungerar, vad fungerar inte och vad borde ändras.',
      en: 'We develop neighbourhood libraries together with residents: what works, what does not and what should change.',
    },
    registerSlug: 'customer-community',
    createdBy: null,
  });
  const now = Date.now();
  const task = await createTask(tx, {
    organisationId,
    projectId: project.id,
    slug: 'library-welcoming',
    kind: 'discussion',
    title: {
      fi: 'Mikä tekisi kirjastosta kutsuvamman?',
      sv: 'Vad skulle göra biblioteket mer välkomnande?',
      en: 'What would make the library more welcoming?',
    },
    description: {
      fi: 'Kerro, mikä saa sinut viihtymään kirjastossa – tai mikä pitää sinut poissa. Aukioloajat, tilat, tapahtumat, palvelu: kaikki ajatukset ovat tervetulleita.',
      sv: 'Berätta vad som får dig att trivas på biblioteket – eller vad som håller dig borta. Öppettider, lokaler, evenemang, service: alla tankar är välkomna.',
      en: 'Tell us what makes you feel at home in the library – or what keeps you away. Opening hours, spaces, events, service: every thought is welcome.',
    },
    languages: ['fi', 'sv', 'en'],
    opensAt: new Date(now - 24 * 3600_000),
    closesAt: new Date(now + 365 * 24 * 3600_000),
  });
  await setTaskStatus(tx, task.id, 'published');
}
