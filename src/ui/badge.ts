import { css, html, nothing, type TemplateResult } from 'lit';

export type BadgeTone = 'neutral' | 'success' | 'warning' | 'danger' | 'info';

const TONES: ReadonlySet<string> = new Set(['neutral', 'success', 'warning', 'danger', 'info']);

/** Any value -> a known tone; unknown values (new API enums…) are neutral. */
export function badgeTone(value: unknown): BadgeTone {
  return typeof value === 'string' && TONES.has(value) ? (value as BadgeTone) : 'neutral';
}

export const badgeStyles = css`
  .badge {
    --_tone: var(--_text-secondary);
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1);
    max-width: 100%;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    border-radius: 999px;
    background: color-mix(in srgb, var(--_tone) 11%, var(--_bg));
    color: var(--_tone);
    font-size: var(--_font-size-sm);
    font-weight: 500;
    line-height: 1.35;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
  }
  .badge--neutral {
    background: var(--_surface-active);
  }
  .badge--success {
    --_tone: var(--_success);
  }
  .badge--warning {
    --_tone: var(--_warning);
  }
  .badge--danger {
    --_tone: var(--_danger);
  }
  .badge--info {
    --_tone: var(--_info);
  }
  .badge__dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
    flex: none;
  }
`;

export interface BadgeOptions {
  /** Show a leading status dot. */
  dot?: boolean;
  part?: string;
}

/** A status pill. Unknown tones render neutral. */
export function badge(
  label: string,
  tone: BadgeTone | string = 'neutral',
  options: BadgeOptions = {},
): TemplateResult {
  return html`<span class="badge badge--${badgeTone(tone)}" part=${options.part ?? nothing}
    >${options.dot ? html`<span class="badge__dot" aria-hidden="true"></span>` : nothing}${label}</span
  >`;
}
