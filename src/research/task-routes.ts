import type { FastifyInstance } from 'fastify';
import type { Database } from '../platform/db/database.ts';
import { researchConsoleRoutes } from './task-console-routes.tsx';
import { researchMemberRoutes } from './task-member-routes.tsx';

/** Research tasks (issue 6, part "tasks"): the researcher's console and the member's tasks. */
export async function researchTaskRoutes(app: FastifyInstance, deps: { db: Database }) {
  await researchConsoleRoutes(app, deps);
  await researchMemberRoutes(app, deps);
}
