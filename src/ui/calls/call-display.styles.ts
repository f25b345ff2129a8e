import { css } from 'lit';

/**
 * Styles for the markup rendered by `src/ui/calls/call-display.ts`. Colours come from the
 * public `--dialstack-color-*` properties, then the theme's private `--_theme-*` palette, then
 * a light fallback, so the helpers look right inside any element's shadow root.
 */
export const callDisplayStyles = css`
  .ds-call-sr {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .ds-call-dash {
    color: var(--dialstack-color-secondary-text, var(--_theme-secondary-text, #5b6472));
  }
  .ds-call-direction {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    white-space: nowrap;
  }
  .ds-call-icon {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .ds-call-direction[data-direction='inbound'] .ds-call-icon {
    color: var(--dialstack-color-primary, var(--_theme-primary, #4f46e5));
  }
  .ds-call-direction[data-direction='outbound'] .ds-call-icon {
    color: var(--dialstack-color-success, var(--_theme-success, #17784a));
  }
  .ds-call-direction[data-direction='internal'] .ds-call-icon {
    color: var(--dialstack-color-secondary-text, var(--_theme-secondary-text, #5b6472));
  }
  .ds-call-badge {
    --_tone: var(--dialstack-color-secondary-text, var(--_theme-secondary-text, #5b6472));
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    max-width: 100%;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    border: 1px solid color-mix(in srgb, var(--_tone) 22%, transparent);
    background: color-mix(in srgb, var(--_tone) 10%, var(--_bg, #fff));
    color: var(--_tone);
    font-size: 0.8125em;
    font-weight: 500;
    line-height: 1.4;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .ds-call-badge[data-tone='success'] {
    --_tone: var(--dialstack-color-success, var(--_theme-success, #17784a));
  }
  .ds-call-badge[data-tone='warning'] {
    --_tone: var(--dialstack-color-warning, var(--_theme-warning, #955405));
  }
  .ds-call-badge[data-tone='danger'] {
    --_tone: var(--dialstack-color-danger, var(--_theme-danger, #c81e3a));
  }
  .ds-call-badge[data-tone='info'] {
    --_tone: var(--_info, var(--_theme-info, #0b66c2));
  }
  .ds-call-quality-dot {
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
    flex: none;
  }
  .ds-call-quality-score {
    font-weight: 400;
    font-variant-numeric: tabular-nums;
  }
  .ds-call-party {
    display: inline-flex;
    flex-direction: column;
    min-width: 0;
    line-height: 1.3;
  }
  .ds-call-party-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .ds-call-party-number {
    color: var(--dialstack-color-secondary-text, var(--_theme-secondary-text, #5b6472));
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .ds-call-live {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    color: var(--dialstack-color-success, var(--_theme-success, #17784a));
    font-size: 0.8125em;
    font-weight: 600;
  }
  .ds-call-live-dot {
    width: 0.5em;
    height: 0.5em;
    border-radius: 50%;
    background: currentColor;
    animation: ds-call-pulse 1.4s ease-in-out infinite;
  }
  @keyframes ds-call-pulse {
    50% {
      opacity: 0.3;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ds-call-live-dot {
      animation: none;
    }
  }
`;
