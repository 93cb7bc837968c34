import { randomInt } from 'node:crypto';
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import { issueSubmissionId } from '../src/feedback/feedback-form.ts';
import { ANSWER_VARIANTS, answerFields } from './survey-fixture.ts';

/**
 * The load generator for the public feedback form, in a worker thread so it has an event loop of its own
 * and does not queue behind the server it measures (which runs on the main thread of the same process).
 *
 * `concurrency` loops, each with its own keep-alive connection, its own CSRF cookie and token (read once
 * from the form page, as a browser would), post complete answers for `seconds`: each post carries a fresh
 * one-time submission id, signed with the app's secret as the form page would have signed it.
 */
export interface FormLoadInput {
  origin: string;
  /** `/<org>/f/<survey>` */
  path: string;
  concurrency: number;
  seconds: number;
  secret: string;
  surveyId: string;
}

export interface FormLoadResult {
  answers: number;
  errors: number;
  firstError: string | undefined;
  elapsedMs: number;
  latenciesMs: Float64Array;
}

const input = workerData as FormLoadInput;

/**
 * A random client address per request, sent as X-Forwarded-For to an app started with trustProxy: it
 * simulates many respondents, each well under the form's per-address limit (120 posts a minute) and the
 * global one (300 requests a minute), so the limiter never throttles the benchmark.
 */
const someRespondent = () => `10.${randomInt(256)}.${randomInt(256)}.${1 + randomInt(254)}`;

const agent = new http.Agent({ keepAlive: true, maxSockets: input.concurrency });

function request(
  method: 'GET' | 'POST',
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; setCookie: string[]; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${input.origin}${input.path}`,
      {
        method,
        agent,
        timeout: 30_000,
        headers: {
          ...headers,
          'x-forwarded-for': someRespondent(),
          ...(body === undefined
            ? {}
            : {
                'content-type': 'application/x-www-form-urlencoded',
                'content-length': String(Buffer.byteLength(body)),
              }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            setCookie: res.headers['set-cookie'] ?? [],
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

/** The answers of each variant, urlencoded once. */
const encodedAnswers = Array.from({ length: ANSWER_VARIANTS }, (_, n) => {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(answerFields(n)))
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  return body.toString();
});

/** What a browser holds after loading the form: the CSRF cookie and the page's token. */
async function openForm(): Promise<{ cookie: string; token: string }> {
  const page = await request('GET', {});
  if (page.status !== 200) throw new Error(`GET ${input.path} answered ${page.status}`);
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  const cookie = page.setCookie.map((c) => c.split(';')[0]).join('; ');
  if (!token || !cookie) throw new Error('The form page has no CSRF token or cookie.');
  return { cookie, token };
}

const latencies: number[] = [];
let answers = 0;
let errors = 0;
let firstError: string | undefined;

async function respondent(loop: number, form: { cookie: string; token: string }, deadline: number) {
  const { cookie, token } = form;
  const csrf = `_csrf=${encodeURIComponent(token)}&page=0&action=send`;
  let n = loop;
  while (performance.now() < deadline) {
    const submission = issueSubmissionId(input.secret, input.surveyId, new Date());
    const body = `${csrf}&submission=${encodeURIComponent(submission)}&${encodedAnswers[n % ANSWER_VARIANTS]}`;
    n += input.concurrency;
    const started = performance.now();
    try {
      const response = await request('POST', { cookie }, body);
      if (response.status === 303) {
        latencies.push(performance.now() - started);
        answers++;
      } else {
        errors++;
        firstError ??= `status ${response.status}: ${response.text.replace(/\s+/g, ' ').slice(0, 300)}`;
      }
    } catch (error) {
      errors++;
      firstError ??= (error as Error).message;
    }
  }
}

async function main() {
  // Connections and CSRF cookies are opened before the clock starts, as on a form already on screen.
  const forms = await Promise.all(Array.from({ length: input.concurrency }, () => openForm()));
  const started = performance.now();
  const deadline = started + input.seconds * 1000;
  await Promise.all(forms.map((form, loop) => respondent(loop, form, deadline)));
  const elapsedMs = performance.now() - started;
  agent.destroy();
  const result: FormLoadResult = {
    answers,
    errors,
    firstError,
    elapsedMs,
    latenciesMs: Float64Array.from(latencies),
  };
  parentPort!.postMessage(result);
}

main().catch((error: unknown) => {
  parentPort!.postMessage({ fatal: (error as Error).stack ?? String(error) });
});
