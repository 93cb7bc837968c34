import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config.ts';
import type { Database } from '../../platform/db/database.ts';

/** The survey builder in the console (surveys.manage): build, preview, publish, close and copy. */
export async function surveyBuilderRoutes(_app: FastifyInstance, _deps: { db: Database; config: Config }) {}
