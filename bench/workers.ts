import { Worker } from 'node:worker_threads';

/** Runs one of the bench's worker modules with `data` and resolves with the one message it posts. */
export function runWorker<T>(file: string, data: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(file, import.meta.url), { workerData: data });
    let settled = false;
    worker.once('message', (message: T | { fatal: string }) => {
      settled = true;
      void worker.terminate();
      if (message && typeof message === 'object' && 'fatal' in message) reject(new Error(message.fatal));
      else resolve(message as T);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`worker ${file} exited with ${code} before answering`));
    });
  });
}
