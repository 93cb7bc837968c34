import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * Downloads one URL in a worker thread (its own event loop, so the client does not queue behind the
 * server on the main thread), counting bytes and lines as they arrive and keeping none of them. While it
 * runs it samples the process's resident set size every 50 ms: RSS is per process, so this sees the
 * server's memory even when the server's thread is busy.
 */
export interface DownloadInput {
  url: string;
  cookie: string;
  timeoutMs: number;
}

export interface DownloadResult {
  status: number;
  contentType: string;
  bytes: number;
  /** Newline characters in the body. */
  newlines: number;
  /** Whether the body ends with a newline. */
  endsWithNewline: boolean;
  firstByteMs: number;
  totalMs: number;
  peakRss: number;
  error?: string;
}

const input = workerData as DownloadInput;

let peakRss = process.memoryUsage.rss();
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 50);

const started = performance.now();
let firstByteMs = Number.NaN;
let bytes = 0;
let newlines = 0;
let lastByte = 0;

function finish(status: number, contentType: string, error?: string) {
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const result: DownloadResult = {
    status,
    contentType,
    bytes,
    newlines,
    endsWithNewline: lastByte === 0x0a,
    firstByteMs,
    totalMs: performance.now() - started,
    peakRss,
    ...(error ? { error } : {}),
  };
  parentPort!.postMessage(result);
}

const req = http.get(input.url, { headers: { cookie: input.cookie }, timeout: input.timeoutMs }, (res) => {
  const contentType = String(res.headers['content-type'] ?? '');
  res.on('data', (chunk: Buffer) => {
    if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
    bytes += chunk.length;
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) newlines++;
    lastByte = chunk[chunk.length - 1] ?? lastByte;
  });
  res.on('end', () => finish(res.statusCode ?? 0, contentType));
  res.on('error', (error) => finish(res.statusCode ?? 0, contentType, error.message));
});
req.on('timeout', () => req.destroy(new Error(`no answer within ${input.timeoutMs} ms`)));
req.on('error', (error) => finish(0, '', error.message));
