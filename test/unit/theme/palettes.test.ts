import { expect } from '@open-wc/testing';
import { appearanceToCss } from '../../../src/theme/appearance';
import { contrastRatio, readableTextOn } from '../../../src/theme/contrast';
import { lightPalette, type Palette } from '../../../src/theme/palettes';
import { darkPalette } from '../../../src/theme/palettes.dark';

function mix(color: string, amount: number, base: string): string {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [a, b] = [channels(color), channels(base)];
  return `#${a
    .map((value, i) =>
      Math.round(value * amount + b[i]! * (1 - amount))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

for (const [name, palette] of [
  ['light', lightPalette],
  ['dark', darkPalette],
] as [string, Palette][]) {
  describe(`${name} palette contrast`, () => {
    const surface = mix(palette.text, 0.03, palette.background);
    const atLeastAA = (fg: string, bg: string) =>
      expect(contrastRatio(fg, bg), `${fg} on ${bg}`).to.be.at.least(4.5);

    it('keeps body and secondary text at 4.5:1 or more on the background and surface', () => {
      atLeastAA(palette.text, palette.background);
      atLeastAA(palette.secondaryText, palette.background);
      atLeastAA(palette.secondaryText, surface);
    });

    it('keeps tone colours readable as text and as badge text on their tint', () => {
      for (const tone of [
        palette.primary,
        palette.danger,
        palette.success,
        palette.warning,
        palette.info,
      ]) {
        atLeastAA(tone, palette.background);
        atLeastAA(tone, mix(tone, 0.11, palette.background));
      }
    });

    it('keeps text on filled buttons readable', () => {
      atLeastAA(palette.onPrimary, palette.primary);
      atLeastAA(palette.onDanger, palette.danger);
    });
  });
}

describe('text on a custom primary colour', () => {
  it('picks dark text on light accents and white text on dark accents', () => {
    expect(readableTextOn('#ffd400')).to.equal('#0d0f1a');
    expect(readableTextOn('#4f46e5')).to.equal('#ffffff');
    expect(readableTextOn('rebeccapurple')).to.equal(undefined);
    expect(appearanceToCss({ variables: { colorPrimary: '#ffd400' } }).cssText).to.contain(
      '--_theme-on-primary: #0d0f1a;',
    );
  });
});
