import { describe, expect, it } from 'vitest';
import { contrastRatio, isReadableBehindWhiteText, parseHexColour } from './theme.ts';

describe('organisation theme contrast', () => {
  it('computes the WCAG contrast ratio of black on white as 21:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
  });

  it('accepts a dark blue behind white text and refuses a light one', () => {
    expect(isReadableBehindWhiteText('#0000bf')).toBe(true);
    expect(isReadableBehindWhiteText('#767676')).toBe(true); // 4.54:1, just above the limit
    expect(isReadableBehindWhiteText('#777777')).toBe(false); // 4.48:1, just below
    expect(isReadableBehindWhiteText('#9fc9eb')).toBe(false);
  });

  it('refuses anything that is not a #rrggbb colour', () => {
    expect(() => parseHexColour('blue')).toThrow(/#rrggbb/);
    expect(() => parseHexColour('#fff')).toThrow(/#rrggbb/);
  });
});
