import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/**
 * Kuule's own static files (CSS, the small enhancement script, icons), read once at start-up and served
 * from this origin only: no CDN, font or third-party host ever appears in a page.
 */
const contentTypes: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface Asset {
  body: Buffer;
  contentType: string;
  version: string;
}

const directory = join(import.meta.dirname, '../../../public');

const assets: ReadonlyMap<string, Asset> = new Map(
  readdirSync(directory)
    .filter((name) => contentTypes[extname(name)])
    .map((name) => {
      const body = readFileSync(join(directory, name));
      const version = createHash('sha256').update(body).digest('hex').slice(0, 12);
      return [name, { body, contentType: contentTypes[extname(name)]!, version }] as const;
    }),
);

export function findAsset(name: string): Asset | undefined {
  return assets.get(name);
}

/** The versioned URL of an asset, so it can be cached for a year and still change on deploy. */
export function assetUrl(name: string): string {
  const asset = assets.get(name);
  if (!asset) throw new Error(`Unknown asset: ${name}`);
  return `/assets/${name}?v=${asset.version}`;
}
