import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * Logs never carry a resident's email address, name, answers or IP address: requests are logged as
 * method, path (no query string: it may carry a token) and status only, and known personal fields are
 * redacted wherever they appear in a logged object.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        id: request.id,
        method: request.method,
        path: request.url.split('?')[0],
      }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
    },
    redact: {
      paths: [
        'email',
        '*.email',
        'to',
        '*.to',
        'name',
        'phone',
        'ip',
        '*.ip',
        'remoteAddress',
        'body',
        '*.body',
        'answers',
        'message',
        'headers',
      ],
      censor: '[redacted]',
    },
  };
}
