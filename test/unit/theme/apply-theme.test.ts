import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { customElement } from 'lit/decorators.js';
import { applyTheme, isDefaultAppearance, loadAppearance } from '../../../src/theme/apply-theme';
import { baseStyles } from '../../../src/theme/base-styles';

// The order matters: this page has not loaded the appearance code until the second test.

@customElement('apply-theme-probe')
class ApplyThemeProbe extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .probe {
        color: var(--_text);
        background-color: var(--_bg);
        border: 1px solid var(--_primary);
      }
    `,
  ];
  override render() {
    return html`<p class="probe">probe</p>`;
  }
}

async function probe() {
  const host = await fixture<ApplyThemeProbe>(html`<apply-theme-probe></apply-theme-probe>`);
  const root = host.shadowRoot!;
  return { host, root, probe: root.querySelector<HTMLElement>('.probe')! };
}

describe('applyTheme: the appearance code loads only when a page needs it', () => {
  it('needs nothing for the default appearance (light, no variables)', async () => {
    const { host, root, probe: p } = await probe();
    const own = [...root.adoptedStyleSheets];
    for (const appearance of [undefined, {}, { theme: 'light' as const, variables: {} }]) {
      expect(isDefaultAppearance(appearance)).to.equal(true);
      applyTheme(root, () => appearance);
      expect(root.adoptedStyleSheets).to.deep.equal(own);
    }
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(isDefaultAppearance({ theme: 'dark' })).to.equal(false);
    expect(isDefaultAppearance({ variables: { colorPrimary: '#ff0000' } })).to.equal(false);
  });

  it('hides the element until the code is in, then shows it in the latest appearance', async () => {
    const { host, root, probe: p } = await probe();
    let appearance: { theme: 'dark' | 'light'; variables?: { colorPrimary: string } } = {
      theme: 'dark',
    };
    // A fade on the colours (as buttons have) must not run from the light colours to the dark.
    p.style.transition = 'background-color 10s linear';
    applyTheme(root, () => appearance);
    // Not loaded yet: hidden rather than shown in the light colours.
    expect(getComputedStyle(host).visibility).to.equal('hidden');
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(255, 255, 255)');
    appearance = { theme: 'dark', variables: { colorPrimary: '#ff0000' } };
    await loadAppearance();
    await Promise.resolve();
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(21, 23, 30)');
    expect(getComputedStyle(p).borderTopColor).to.equal('rgb(255, 0, 0)');
    // The element's own transitions are back once that frame is styled.
    await waitUntil(() => getComputedStyle(p).transitionDuration === '10s', 'transitions back');
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(21, 23, 30)');
  });

  it('applies synchronously once the code is in, and back to light', async () => {
    const { host, root, probe: p } = await probe();
    applyTheme(root, () => ({ variables: { colorPrimary: '#0000ff' } }));
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(getComputedStyle(p).borderTopColor).to.equal('rgb(0, 0, 255)');
    applyTheme(root, () => ({ theme: 'dark' }));
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(21, 23, 30)');
    applyTheme(root, () => undefined);
    expect(getComputedStyle(p).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(p).borderTopColor).to.equal('rgb(79, 70, 229)');
  });
});
