import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { applyAppearance, appearanceToCss } from '../../../src/theme/appearance';
import { baseStyles } from '../../../src/theme/base-styles';

@customElement('theme-probe-element')
class ThemeProbeElement extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .probe {
        color: var(--_text);
        background-color: var(--_bg);
        border: 1px solid var(--_primary);
        border-radius: var(--_radius);
        font-family: var(--_font);
        padding: var(--_space);
      }
    `,
  ];
  override render() {
    return html`<p class="probe">probe</p>`;
  }
}

async function probeElement(): Promise<{
  host: ThemeProbeElement;
  probe: HTMLElement;
  root: ShadowRoot;
}> {
  const host = await fixture<ThemeProbeElement>(html`<theme-probe-element></theme-probe-element>`);
  const root = host.shadowRoot!;
  return { host, root, probe: root.querySelector('.probe')! };
}

describe('appearance -> custom properties', () => {
  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  it('turns every appearance variable into its --dialstack-* property', () => {
    const { cssText, rejected } = appearanceToCss({
      variables: {
        colorPrimary: '#ff5a1f',
        colorBackground: 'white',
        colorText: 'rgb(10 20 30)',
        colorSecondaryText: '#666',
        colorBorder: 'hsl(210 20% 90%)',
        colorDanger: '#d00',
        colorSuccess: 'green',
        colorWarning: 'orange',
        fontFamily: '"Inter", system-ui, sans-serif',
        fontSizeBase: '15px',
        spacingUnit: '0.25rem',
        borderRadius: '12px',
      },
    });
    expect(rejected).to.deep.equal([]);
    for (const declaration of [
      '--dialstack-color-primary: #ff5a1f;',
      '--dialstack-color-background: white;',
      '--dialstack-color-text: rgb(10 20 30);',
      '--dialstack-color-secondary-text: #666;',
      '--dialstack-color-border: hsl(210 20% 90%);',
      '--dialstack-color-danger: #d00;',
      '--dialstack-color-success: green;',
      '--dialstack-color-warning: orange;',
      '--dialstack-font-family: "Inter", system-ui, sans-serif;',
      '--dialstack-font-size-base: 15px;',
      '--dialstack-spacing-unit: 0.25rem;',
      '--dialstack-border-radius: 12px;',
    ]) {
      expect(cssText).to.contain(declaration);
    }
  });

  it('styles a live element and re-themes it when applied again', async () => {
    const { host, root, probe } = await probeElement();
    applyAppearance(root, { variables: { colorPrimary: '#ff0000', borderRadius: '3px' } });
    expect(getComputedStyle(host).getPropertyValue('--dialstack-color-primary')).to.equal(
      '#ff0000',
    );
    expect(getComputedStyle(probe).borderTopColor).to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(probe).borderTopLeftRadius).to.equal('3px');

    applyAppearance(root, { variables: { colorPrimary: '#0000ff' } });
    expect(getComputedStyle(probe).borderTopColor).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(probe).borderTopLeftRadius).to.equal('8px');
  });

  it('keeps the element’s own styles first and adds only two sheets, however often applied', async () => {
    const { root } = await probeElement();
    const own = [...root.adoptedStyleSheets];
    applyAppearance(root, { theme: 'dark', variables: { colorPrimary: 'red' } });
    applyAppearance(root, { theme: 'light', variables: { colorPrimary: 'blue' } });
    expect(root.adoptedStyleSheets.slice(0, own.length)).to.deep.equal(own);
    expect(root.adoptedStyleSheets).to.have.length(own.length + 2);
  });

  it('uses the light palette by default and the dark palette for theme: dark', async () => {
    const { root, probe } = await probeElement();
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(255, 255, 255)');
    applyAppearance(root, { theme: 'dark' });
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(21, 23, 30)');
    expect(getComputedStyle(probe).color).to.equal('rgb(231, 233, 238)');
  });

  it('follows prefers-color-scheme live with theme: auto (no re-apply needed)', async () => {
    const { root, probe } = await probeElement();
    applyAppearance(root, { theme: 'auto' });
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(255, 255, 255)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(21, 23, 30)');
    await emulateMedia({ colorScheme: 'light' });
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('lets appearance variables override the dark palette', async () => {
    const { root, probe } = await probeElement();
    applyAppearance(root, { theme: 'dark', variables: { colorBackground: '#000000' } });
    expect(getComputedStyle(probe).backgroundColor).to.equal('rgb(0, 0, 0)');
  });

  it('lets the host page’s own CSS set the same public properties', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('theme-probe-element { --dialstack-color-text: rgb(1, 2, 3); }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const { probe } = await probeElement();
      expect(getComputedStyle(probe).color).to.equal('rgb(1, 2, 3)');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });
});

describe('hostile appearance values', () => {
  const hostile: Record<string, string> = {
    colorPrimary: 'red; } :host { display: none',
    colorBackground: 'red } * { color: red',
    colorText: '</style><script>alert(1)</script>',
    colorBorder: 'url(https://evil.example/x.png)',
    colorDanger: 'red !important',
    fontFamily: 'Arial; background: url(//evil.example)',
    fontSizeBase: 'expression(alert(1))',
    spacingUnit: '4px /* comment */',
    borderRadius: '4px\\;',
    colorSuccess: '@import "x"',
  };

  it('rejects every value that could break out of its declaration', () => {
    const { cssText, rejected } = appearanceToCss({ variables: hostile });
    expect(cssText).to.equal('');
    expect(rejected.map((r) => r.name).sort()).to.deep.equal(Object.keys(hostile).sort());
  });

  it('rejects malformed values of the right shape and unknown variable names', () => {
    const { rejected } = appearanceToCss({
      variables: {
        colorPrimary: 'not-a-colour',
        fontSizeBase: 'red',
        colorWarning: 'rgb(1, 2',
        colorTextual: '#fff',
      } as never,
    });
    expect(rejected.map((r) => r.name).sort()).to.deep.equal([
      'colorPrimary',
      'colorTextual',
      'colorWarning',
      'fontSizeBase',
    ]);
  });

  it('keeps safe values when others are rejected, and the element stays visible', async () => {
    const { host, root, probe } = await probeElement();
    applyAppearance(root, {
      variables: { ...hostile, colorSuccess: '#00ff00', colorText: 'rgb(9, 9, 9)' },
    });
    expect(getComputedStyle(host).display).to.equal('block');
    expect(getComputedStyle(probe).color).to.equal('rgb(9, 9, 9)');
    expect(getComputedStyle(host).getPropertyValue('--dialstack-color-primary')).to.equal('');
  });

  it('never creates <style> elements or style attributes', async () => {
    const stylesBefore = document.querySelectorAll('style').length;
    const { host, root } = await probeElement();
    applyAppearance(root, { theme: 'auto', variables: { colorPrimary: '#123456', ...hostile } });
    applyAppearance(root, { theme: 'dark', variables: { colorPrimary: '#654321' } });
    expect(root.querySelectorAll('style, [style]')).to.have.length(0);
    expect(host.hasAttribute('style')).to.equal(false);
    expect(document.querySelectorAll('style').length).to.equal(stylesBefore);
  });
});
