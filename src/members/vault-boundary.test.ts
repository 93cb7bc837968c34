import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('the identity vault boundary (H4)', () => {
  it('H4: only the identity vault module takes the vault role or names a vault table', () => {
    const root = join(import.meta.dirname, '..');
    const offenders = sourceFiles(root)
      .filter((file) => /withVaultRole\(|'vault\./.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
      .filter((file) => !file.startsWith('platform/db/migrations/'))
      .filter(
        (file) =>
          !['members/identity-vault.ts', 'platform/db/database.ts', 'platform/db/schema.ts'].includes(file),
      );
    expect(offenders).toEqual([]);
  });
});
