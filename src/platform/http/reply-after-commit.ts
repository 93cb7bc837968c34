import type { FastifyReply } from 'fastify';
import type { Database, Tx } from '../db/database.ts';

/**
 * Runs `work` in one transaction of the organisation and sends the page or redirect it chose only after
 * the transaction has committed. A handler that wrote something must never acknowledge it before the
 * commit: a respondent who saw "thank you" has an answer that is stored. Headers set during the work
 * apply as usual; `reply.page` and `reply.redirect` are held and replayed after the commit (and dropped if
 * the transaction fails, which then becomes the error page).
 */
export async function replyAfterCommit(
  db: Database,
  organisationId: string,
  reply: FastifyReply,
  work: (tx: Tx, reply: FastifyReply) => Promise<unknown>,
): Promise<unknown> {
  let held: (() => FastifyReply) | undefined;
  const holding = new Proxy(reply, {
    get(target, property, receiver) {
      if (property === 'page' || property === 'redirect') {
        return (...args: unknown[]) => {
          held = () =>
            (Reflect.get(target, property, target) as (...a: unknown[]) => FastifyReply).apply(target, args);
          return holding;
        };
      }
      // A held reply is not yet sent: awaiting it must not wait for the response.
      if (property === 'then') return undefined;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const result = await db.forOrganisation(organisationId, (tx) => work(tx, holding));
  return held ? held() : result;
}
