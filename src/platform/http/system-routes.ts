import type { FastifyInstance } from 'fastify';
import type { Database } from '../db/database.ts';
import { findAsset } from '../html/assets.ts';
import { HttpError } from './http-error.ts';
import { defineRoute } from './route.ts';

export async function systemRoutes(app: FastifyInstance, { db }: { db: Database }) {
  defineRoute(app, {
    method: 'GET',
    url: '/healthz',
    access: 'public',
    handler: async (_request, reply) => {
      try {
        await db.ping();
      } catch {
        return reply.status(503).send({ status: 'unavailable', database: db.kind });
      }
      return reply.header('cache-control', 'no-store').send({ status: 'ok', database: db.kind });
    },
  });

  defineRoute(app, {
    method: 'GET',
    url: '/assets/:name',
    access: 'public',
    handler: async (request, reply) => {
      const { name } = request.params as { name: string };
      const asset = findAsset(name);
      if (!asset) throw new HttpError(404);
      const versioned = (request.query as { v?: string }).v === asset.version;
      return reply
        .header('content-type', asset.contentType)
        .header('cache-control', versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
        .send(asset.body);
    },
  });
}
