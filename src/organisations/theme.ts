/**
 * Organisation theme colours are shown behind white text in the page header, so they must reach the
 * WCAG 2.1 AA contrast ratio for normal text (4.5:1) against white.
 */
export const MINIMUM_CONTRAST = 4.5;

export function parseHexColour(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(match[1], 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

/** Relative luminance as WCAG 2.1 defines it. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColour(hex).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

export function isReadableBehindWhiteText(hex: string): boolean {
  return contrastRatio(hex, '#ffffff') >= MINIMUM_CONTRAST;
}
