import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const heldByThisProcess = new Set<string>();

/**
 * PGlite keeps its data in one directory that only one PGlite instance may open at a time; two would
 * corrupt it. The lock file names the process holding it, so a second `npm start` or a CLI call while the
 * server runs fails with a clear message instead.
 */
export function lockDataDir(dataDir: string): () => void {
  const directory = resolve(dataDir);
  const file = join(directory, 'kuule.pid');
  const inUse = (holder: string) =>
    new Error(
      `The embedded database in ${directory} is in use by ${holder}. Stop that Kuule first (the embedded database serves one process at a time), or use PostgreSQL.`,
    );
  if (heldByThisProcess.has(directory)) throw inUse('this process');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (pid && pid !== process.pid && isRunning(pid)) throw inUse(`process ${pid}`);
  }
  writeFileSync(file, String(process.pid));
  heldByThisProcess.add(directory);
  return () => {
    heldByThisProcess.delete(directory);
    rmSync(file, { force: true });
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
