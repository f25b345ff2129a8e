/**
 * `styleProps({ left: '12px', '--_x': '3' })`: sets inline style properties through the CSSOM
 * (`element.style.setProperty`), on the first render as on later ones. Lit's `styleMap` writes
 * a `style` attribute on first render, which a strict Content-Security-Policy (no
 * 'unsafe-inline') blocks; a host page with such a policy would lose those styles. Use it as an
 * element binding: `<div ${styleProps(placement)}>`.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

/** `borderRadius` → `border-radius`; custom properties and kebab-case names stay as they are. */
const cssName = (name: string) =>
  name.startsWith('--') || name.includes('-')
    ? name
    : name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('styleProps() binds to an element: <div ${styleProps(props)}>');
  }

  render(_props: StyleProps) {
    return nothing;
  }

  override update(part: ElementPart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement | SVGElement;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      const property = cssName(name);
      next.add(property);
      style.setProperty(property, String(value));
    }
    for (const property of this.applied) if (!next.has(property)) style.removeProperty(property);
    this.applied = next;
    return nothing;
  }
}

export const styleProps = directive(StylePropsDirective);
