/** Parses `#rgb`, `#rrggbb` (alpha ignored) or `rgb()/rgba()` with 0-255 channels. */
function parseRgb(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color);
  if (hex) {
    const digits = hex[1]!;
    const full =
      digits.length <= 4 ? [...digits.slice(0, 3)].map((d) => d + d).join('') : digits.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})/i.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return undefined;
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio between two parseable colours, or undefined. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseRgb(a);
  const cb = parseRgb(b);
  if (!ca || !cb) return undefined;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

const LIGHT_TEXT = '#ffffff';
const DARK_TEXT = '#0d0f1a';

/**
 * The more readable of white and near-black text on `background`, or undefined when the colour
 * is not in a format we can measure (named colours, `var()`, `oklch()`…).
 */
export function readableTextOn(background: string): string | undefined {
  const onLight = contrastRatio(DARK_TEXT, background);
  const onDark = contrastRatio(LIGHT_TEXT, background);
  if (onLight === undefined || onDark === undefined) return undefined;
  return onDark >= onLight ? LIGHT_TEXT : DARK_TEXT;
}
