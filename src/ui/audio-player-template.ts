import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { I18n } from '../i18n/create-i18n';
import type { AudioPlayerController } from './audio-player';
import { tAudio } from './audio-player.messages';
import { iconAlert, iconDownload, iconPause, iconPlay } from './icons';

/** Player styles; needs `buttonStyles` and `iconStyles` too. */
export const audioPlayerStyles = css`
  .player {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-width: 0;
    padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .player__toggle {
    --_btn-height: calc(var(--_space) * 9);
    border-radius: 50%;
    flex: none;
  }
  .player__seek {
    position: relative;
    flex: 1 1 auto;
    min-width: 80px;
    height: 24px;
  }
  .player__progress,
  .player__range {
    position: absolute;
    inset: 0;
    width: 100%;
    margin: 0;
  }
  .player__progress {
    top: 50%;
    height: 4px;
    transform: translateY(-50%);
    border: 0;
    border-radius: 999px;
    background: var(--_skeleton);
    overflow: hidden;
    appearance: none;
  }
  .player__progress::-webkit-progress-bar {
    background: var(--_skeleton);
  }
  .player__progress::-webkit-progress-value {
    background: var(--_primary);
  }
  .player__progress::-moz-progress-bar {
    background: var(--_primary);
  }
  .player__range {
    height: 24px;
    background: transparent;
    cursor: pointer;
    appearance: none;
  }
  .player__range::-webkit-slider-runnable-track {
    height: 24px;
    background: transparent;
  }
  .player__range::-moz-range-track {
    background: transparent;
  }
  .player__range::-webkit-slider-thumb {
    width: 14px;
    height: 14px;
    margin-top: 5px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_primary);
    box-shadow: 0 1px 3px rgb(0 0 0 / 30%);
    appearance: none;
  }
  .player__range::-moz-range-thumb {
    width: 10px;
    height: 10px;
    border: 2px solid var(--_bg);
    border-radius: 50%;
    background: var(--_primary);
  }
  .player__range:focus-visible {
    outline: none;
  }
  .player__range:focus-visible::-webkit-slider-thumb {
    box-shadow: var(--_focus-ring);
  }
  .player__range:focus-visible::-moz-range-thumb {
    box-shadow: var(--_focus-ring);
  }
  .player__time {
    flex: none;
    color: var(--_text-secondary);
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .player__rate {
    min-width: 44px;
    padding: 0 calc(var(--_space) * 1.5);
    font-size: var(--_font-size-sm);
    font-variant-numeric: tabular-nums;
  }
  .player--error {
    color: var(--_danger);
    justify-content: space-between;
  }
  .player__error {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    font-weight: 500;
  }
  @media (max-width: 420px) {
    .player {
      flex-wrap: wrap;
    }
    .player__seek {
      order: 5;
      flex-basis: 100%;
    }
    .player__time {
      margin-inline-end: auto;
    }
  }
`;

export interface AudioPlayerTemplateOptions {
  i18n: I18n;
  /** What is playing, for accessible names ("voicemail from Ada Lovelace"). */
  label: string;
  /** A download link is shown when given. */
  downloadUrl?: string | null;
  downloadFilename?: string;
  /** Retry after an error, e.g. fetch a fresh signed URL then `player.reload(url)`.
   * Default: reload the same source. */
  onRetry?: () => void;
  part?: string;
}

/** The player: play/pause, seek slider, elapsed/total, speed, download; or the error state. */
export function audioPlayerTemplate(
  player: AudioPlayerController,
  options: AudioPlayerTemplateOptions,
): TemplateResult {
  const { i18n, label } = options;
  const part = options.part ?? 'audio-player';
  if (player.state === 'error') {
    return html`<div class="player player--error" part=${part} role="group" aria-label=${label}>
      <span class="player__error" role="alert">${iconAlert}${tAudio(i18n, 'unavailable')}</span>
      <button
        type="button"
        class="btn btn--secondary btn--sm"
        @click=${options.onRetry ?? (() => player.reload())}
      >
        ${i18n.t('common.retry')}
      </button>
    </div>`;
  }
  const total = player.duration;
  const current = Math.min(player.currentTime, total || player.currentTime);
  const rate = i18n.number(player.rate);
  const valueText = tAudio(i18n, 'position', {
    current: i18n.duration(current, 'long'),
    total: i18n.duration(total, 'long'),
  });
  return html`<div
    class="player"
    part=${part}
    role="group"
    aria-label=${label}
    aria-busy=${player.state === 'loading' && player.playing ? 'true' : 'false'}
  >
    <button
      type="button"
      class="btn btn--primary btn--icon player__toggle"
      aria-label=${
        player.playing
          ? tAudio(i18n, 'pauseLabel', { label })
          : tAudio(i18n, 'playLabel', { label })
      }
      title=${player.playing ? tAudio(i18n, 'pause') : tAudio(i18n, 'play')}
      ?disabled=${!player.src}
      @click=${() => player.toggle()}
    >
      ${player.playing ? iconPause : iconPlay}
    </button>
    <div class="player__seek">
      <progress
        class="player__progress"
        max=${total > 0 ? total : 1}
        .value=${total > 0 ? current : 0}
        aria-hidden="true"
      ></progress>
      <input
        class="player__range"
        type="range"
        min="0"
        max=${total > 0 ? total : 0}
        step="any"
        .value=${live(String(current))}
        aria-label=${tAudio(i18n, 'seek')}
        aria-valuetext=${valueText}
        ?disabled=${!player.src}
        @keydown=${player.handleSeekKeydown}
        @input=${player.handleSeekInput}
      />
    </div>
    <span class="player__time" aria-hidden="true"
      >${i18n.duration(current)} / ${i18n.duration(total)}</span
    >
    <button
      type="button"
      class="btn btn--ghost btn--sm player__rate"
      aria-label=${tAudio(i18n, 'speedLabel', { rate })}
      title=${tAudio(i18n, 'speed')}
      @click=${() => player.cycleRate()}
    >
      ${tAudio(i18n, 'speedValue', { rate })}
    </button>
    ${
      options.downloadUrl
        ? html`<a
            class="btn btn--ghost btn--icon"
            href=${options.downloadUrl}
            download=${options.downloadFilename ?? ''}
            target="_blank"
            rel="noopener"
            aria-label=${tAudio(i18n, 'downloadLabel', { label })}
            title=${tAudio(i18n, 'download')}
            >${iconDownload}</a
          >`
        : nothing
    }
  </div>`;
}
