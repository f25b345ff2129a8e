import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import sinon from 'sinon';
import { badge, badgeStyles, badgeTone } from '../../../src/ui/badge';
import { baseStyles } from '../../../src/theme/base-styles';
import { button, buttonStyles, iconButton } from '../../../src/ui/button';
import { iconStyles } from '../../../src/ui/icon-styles';
import * as icons from '../../../src/ui/icons';
import { emptyState, errorState, loadingState, stateStyles } from '../../../src/ui/states';
import { UiTestHost } from './ui-host';

@customElement('ui-blocks-host')
class BlocksHost extends UiTestHost {
  static override styles = [baseStyles, iconStyles, buttonStyles, badgeStyles, stateStyles];
}

async function render(content: () => unknown): Promise<BlocksHost> {
  const el = await fixture<BlocksHost>(html`<ui-blocks-host .content=${content}></ui-blocks-host>`);
  return el;
}

describe('buttons', () => {
  it('renders variants with their classes and handles clicks', async () => {
    const onClick = sinon.spy();
    const el = await render(
      () =>
        html`${button({ label: 'Save', variant: 'primary', onClick })}
        ${button({ label: 'Cancel' })} ${button({ label: 'Delete', variant: 'danger' })}
        ${button({ label: 'More', variant: 'ghost', size: 'sm' })}`,
    );
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.className)).to.deep.equal([
      'btn btn--primary',
      'btn btn--secondary',
      'btn btn--danger',
      'btn btn--ghost btn--sm',
    ]);
    buttons[0]!.click();
    expect(onClick).to.have.been.calledOnce;
    expect(getComputedStyle(buttons[0]!).backgroundColor).to.equal('rgb(79, 70, 229)');
    await expect(el).to.be.accessible();
  });

  it('gives icon buttons an accessible name and hides the icon', async () => {
    const el = await render(() => iconButton({ label: 'Refresh', icon: icons.iconRefresh }));
    const btn = el.shadowRoot!.querySelector('button')!;
    expect(btn.getAttribute('aria-label')).to.equal('Refresh');
    expect(btn.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect(btn.getBoundingClientRect().width).to.equal(btn.getBoundingClientRect().height);
    await expect(el).to.be.accessible();
  });
});

describe('badges', () => {
  it('maps known tones and renders unknown ones neutral', async () => {
    expect(badgeTone('danger')).to.equal('danger');
    expect(badgeTone('exploded')).to.equal('neutral');
    expect(badgeTone(undefined)).to.equal('neutral');
    const el = await render(
      () =>
        html`${badge('Completed', 'success', { dot: true })} ${badge('Missed', 'danger')}
        ${badge('Busy', 'warning')} ${badge('Internal', 'info')} ${badge('???', 'mystery')}`,
    );
    const classes = [...el.shadowRoot!.querySelectorAll('.badge')].map((b) => b.className);
    expect(classes).to.deep.equal([
      'badge badge--success',
      'badge badge--danger',
      'badge badge--warning',
      'badge badge--info',
      'badge badge--neutral',
    ]);
    await expect(el).to.be.accessible();
  });
});

describe('icons', () => {
  it('are decorative SVGs that follow the text colour', async () => {
    const all = Object.entries(icons).filter(
      ([name]) => name.startsWith('icon') && name !== 'iconStyles',
    );
    expect(all.map(([name]) => name)).to.include.members([
      'iconPhoneIncoming',
      'iconPhoneOutgoing',
      'iconPhoneInternal',
      'iconPhoneMissed',
      'iconVoicemail',
      'iconPlay',
      'iconPause',
      'iconDownload',
      'iconTrash',
      'iconCheck',
      'iconClose',
      'iconChevronDown',
      'iconSearch',
      'iconFilter',
      'iconRefresh',
      'iconLiveDot',
    ]);
    const el = await render(() => html`${all.map(([, icon]) => icon)}`);
    const svgs = [...el.shadowRoot!.querySelectorAll('svg')];
    expect(svgs).to.have.length(all.length);
    for (const svg of svgs) {
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.getAttribute('focusable')).to.equal('false');
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(0);
    }
    await expect(el).to.be.accessible();
  });
});

describe('state views', () => {
  it('loading: a status region with an announced label over skeleton rows', async () => {
    const el = await render(() => loadingState({ label: 'Loading calls…', rows: 3 }));
    const region = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent!.trim()).to.equal('Loading calls…');
    expect(region.querySelectorAll('.skeleton__row')).to.have.length(3);
    expect(region.querySelector('.skeleton__row')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('empty: title, description and an optional action', async () => {
    const el = await render(() =>
      emptyState({
        title: 'No calls yet',
        description: 'Calls appear here.',
        action: button({ label: 'Clear filters' }),
      }),
    );
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.querySelector('.state__title')!.textContent).to.equal('No calls yet');
    expect(empty.querySelector('button')!.textContent!.trim()).to.equal('Clear filters');
    await expect(el).to.be.accessible();
  });

  it('error: an alert with a working retry button, or none without onRetry', async () => {
    const onRetry = sinon.spy();
    const el = await render(() =>
      errorState({
        title: 'Something went wrong',
        message: 'Try later',
        retryLabel: 'Try again',
        onRetry,
      }),
    );
    const error = el.shadowRoot!.querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    (error.querySelector('[part="retry-button"]') as HTMLButtonElement).click();
    expect(onRetry).to.have.been.calledOnce;
    await expect(el).to.be.accessible();
    const noRetry = await render(() => errorState({ title: 'Signed out' }));
    expect(noRetry.shadowRoot!.querySelector('button')).to.equal(null);
  });
});
