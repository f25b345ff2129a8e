import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import sinon from 'sinon';
import { createI18n } from '../../../src/i18n/create-i18n';
import { loadLocalePack } from '../../../src/i18n/packs';
import { baseStyles } from '../../../src/theme/base-styles';
import { AudioPlayerController } from '../../../src/ui/audio-player';
import { audioPlayerStyles, audioPlayerTemplate } from '../../../src/ui/audio-player-template';
import { buttonStyles } from '../../../src/ui/button';
import { iconStyles } from '../../../src/ui/icon-styles';
import { brokenAudioUrl, wavUrl } from './wav';

@customElement('audio-test-host')
class AudioTestHost extends LitElement {
  static override styles = [baseStyles, iconStyles, buttonStyles, audioPlayerStyles];
  @property({ attribute: false }) src?: string;
  @property({ attribute: false }) knownDuration?: number;
  @property() locale = 'en';
  media?: HTMLAudioElement;
  readonly onRetry = sinon.spy();
  readonly onPlay = sinon.spy();
  readonly player = new AudioPlayerController(this, {
    createMedia: () => (this.media = new Audio()),
    onPlay: this.onPlay,
  });

  protected override willUpdate(): void {
    this.player.setSource(this.src, { duration: this.knownDuration });
  }

  override render() {
    return audioPlayerTemplate(this.player, {
      i18n: createI18n(this.locale),
      label: 'voicemail from Ada',
      downloadUrl: this.src,
      downloadFilename: 'voicemail.wav',
      onRetry: this.onRetry,
    });
  }
}

const TWENTY_SECONDS = wavUrl(20);
const q = <T extends Element>(el: AudioTestHost, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const toggle = (el: AudioTestHost) => q<HTMLButtonElement>(el, '.player__toggle');
const slider = (el: AudioTestHost) => q<HTMLInputElement>(el, 'input[type="range"]');
const time = (el: AudioTestHost) => q<HTMLElement>(el, '.player__time').textContent!.trim();

async function playerFor(src: string, knownDuration?: number): Promise<AudioTestHost> {
  const el = await fixture<AudioTestHost>(
    html`<audio-test-host .src=${src} .knownDuration=${knownDuration}></audio-test-host>`,
  );
  return el;
}

describe('audio player', () => {
  before(() => loadLocalePack('es'));

  afterEach(() => {
    for (const el of document.querySelectorAll<AudioTestHost>('audio-test-host')) el.player.pause();
  });

  it('loads the duration from metadata and shows elapsed / total', async () => {
    const el = await playerFor(TWENTY_SECONDS);
    toggle(el).click(); // creates the media element
    await waitUntil(() => Math.round(el.player.duration) === 20, 'no metadata', { timeout: 4000 });
    el.player.pause();
    el.player.seek(0);
    await el.updateComplete;
    expect(time(el)).to.equal('0:00 / 0:20');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('0 seconds of 20 seconds');
    expect(slider(el).getAttribute('aria-label')).to.equal('Seek');
    await expect(el).to.be.accessible();
  });

  it('plays and pauses, with the button’s label following', async () => {
    const el = await playerFor(TWENTY_SECONDS);
    expect(toggle(el).getAttribute('aria-label')).to.equal('Play voicemail from Ada');
    toggle(el).click();
    await waitUntil(() => el.player.playing, 'did not play', { timeout: 4000 });
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-label')).to.equal('Pause voicemail from Ada');
    expect(el.onPlay).to.have.been.calledOnce;
    await waitUntil(() => el.player.currentTime > 0, 'time did not advance (timeupdate)', {
      timeout: 4000,
    });
    toggle(el).click();
    await waitUntil(() => !el.player.playing);
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-label')).to.equal('Play voicemail from Ada');
    expect(el.media!.paused).to.equal(true);
  });

  it('seeks with the keyboard: arrows ±5 s, PageUp/PageDown, Home/End, with aria-valuetext', async () => {
    const el = await playerFor(TWENTY_SECONDS, 20);
    slider(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.player.currentTime).to.equal(5);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('5 seconds of 20 seconds');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(el.player.currentTime).to.equal(10);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('20 seconds of 20 seconds');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(el.player.currentTime).to.equal(0);
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(el.player.currentTime).to.equal(20); // clamped to the end
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(time(el)).to.equal('0:15 / 0:20');
    expect(el.media!.currentTime).to.equal(15);
  });

  it('reads minutes and seconds in aria-valuetext, in the player’s locale', async () => {
    const el = await playerFor(TWENTY_SECONDS, 180);
    el.player.seek(65);
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('1 minute, 5 seconds of 3 minutes');
    el.locale = 'es';
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal(
      '1 minuto y 5 segundos de 3 minutos',
    );
  });

  it('shows a known duration before any metadata is fetched', async () => {
    const el = await playerFor(TWENTY_SECONDS, 42);
    expect(time(el)).to.equal('0:00 / 0:42');
    expect(el.media).to.equal(undefined); // nothing loaded until it is needed
  });

  it('cycles playback speed 1× → 1.5× → 2× → 1× on the media element', async () => {
    const el = await playerFor(TWENTY_SECONDS, 20);
    const speed = q<HTMLButtonElement>(el, '.player__rate');
    expect(speed.textContent!.trim()).to.equal('1×');
    speed.click();
    await el.updateComplete;
    expect(speed.textContent!.trim()).to.equal('1.5×');
    expect(speed.getAttribute('aria-label')).to.equal('Playback speed: 1.5×');
    toggle(el).click();
    await waitUntil(() => el.player.playing, 'did not play', { timeout: 4000 });
    expect(el.media!.playbackRate).to.equal(1.5);
    speed.click();
    await el.updateComplete;
    expect(el.media!.playbackRate).to.equal(2);
    speed.click();
    await el.updateComplete;
    expect(speed.textContent!.trim()).to.equal('1×');
  });

  it('offers a labelled download link', async () => {
    const el = await playerFor(TWENTY_SECONDS, 20);
    const link = q<HTMLAnchorElement>(el, 'a[download]');
    expect(link.href).to.equal(TWENTY_SECONDS);
    expect(link.getAttribute('download')).to.equal('voicemail.wav');
    expect(link.getAttribute('aria-label')).to.equal('Download voicemail from Ada');
  });

  it('shows "Audio unavailable" with a retry when the media fails, then recovers', async () => {
    const el = await playerFor(brokenAudioUrl());
    toggle(el).click();
    await waitUntil(() => el.player.state === 'error', 'no error state', { timeout: 4000 });
    await el.updateComplete;
    const error = q<HTMLElement>(el, '.player--error');
    expect(error.textContent).to.contain('Audio unavailable');
    expect(el.shadowRoot!.querySelector('input[type="range"]')).to.equal(null);
    await expect(el).to.be.accessible();

    q<HTMLButtonElement>(el, '.player--error button').click();
    expect(el.onRetry).to.have.been.calledOnce;
    // What a retry handler does: fetch a fresh (signed) URL, which reaches the player.
    el.src = TWENTY_SECONDS;
    await el.updateComplete;
    expect(el.player.state).to.not.equal('error');
    toggle(el).click();
    await waitUntil(() => el.player.playing, 'did not play after retry', { timeout: 4000 });
  });

  it('lets only one player play at a time', async () => {
    const first = await playerFor(TWENTY_SECONDS, 20);
    const second = await playerFor(wavUrl(20), 20);
    toggle(first).click();
    await waitUntil(() => first.player.playing, 'first did not play', { timeout: 4000 });
    toggle(second).click();
    await waitUntil(() => second.player.playing, 'second did not play', { timeout: 4000 });
    await waitUntil(() => !first.player.playing, 'first kept playing');
    expect(first.media!.paused).to.equal(true);
  });

  it('pauses when its element leaves the page', async () => {
    const el = await playerFor(TWENTY_SECONDS, 20);
    toggle(el).click();
    await waitUntil(() => el.player.playing, 'did not play', { timeout: 4000 });
    el.remove();
    expect(el.media!.paused).to.equal(true);
  });

  it('lets go of its audio connection when its element leaves the page, and resumes after', async () => {
    const el = await playerFor(TWENTY_SECONDS, 20);
    toggle(el).click();
    await waitUntil(() => el.player.playing, 'did not play', { timeout: 4000 });
    el.player.seek(7);
    const first = el.media!;
    const parent = el.parentElement!;
    el.remove();
    // No src, so the browser closes the request (it allows only six per host).
    expect(first.getAttribute('src')).to.equal(null);
    expect(el.player.playing).to.equal(false);

    parent.append(el);
    toggle(el).click();
    await waitUntil(() => el.player.playing, 'did not play again', { timeout: 4000 });
    expect(el.media).to.not.equal(first);
    expect(el.media!.currentTime).to.be.at.least(7);
  });
});
