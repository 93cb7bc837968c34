import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A free loopback port. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Spawns a process and measures the time until `url` first answers 200. */
async function timeToFirst200(
  command: string,
  args: string[],
  env: Record<string, string>,
  path: string,
): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent' },
    stdio: 'ignore',
  });
  try {
    const deadline = started + 60_000;
    while (performance.now() < deadline) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        if (response.status === 200) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`${command} did not answer within 60 s`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function benchmarkStartup(runs: number) {
  const node = process.execPath;
  const tsx = join('node_modules', '.bin', 'tsx');
  // Baseline: the same Node.js starting a bare HTTP server, measured the same way in the same run.
  const baseline = `require('node:http').createServer((q, s) => s.end('ok')).listen(process.env.PORT, '127.0.0.1')`;
  const baselineTimes: number[] = [];
  const emptyTimes: number[] = [];
  const existingTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    baselineTimes.push(await timeToFirst200(node, ['-e', baseline], {}, '/'));
    const dataDir = mkdtempSync(join(tmpdir(), 'kuule-bench-'));
    try {
      emptyTimes.push(await timeToFirst200(tsx, ['src/main.ts'], { KUULE_DATA_DIR: dataDir }, '/healthz'));
      existingTimes.push(await timeToFirst200(tsx, ['src/main.ts'], { KUULE_DATA_DIR: dataDir }, '/healthz'));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  return { baseline: median(baselineTimes), empty: median(emptyTimes), existing: median(existingTimes) };
}
