import { css } from 'lit';

/**
 * A callout next to the content it concerns: `.notice` (informational, or `.notice--info`), with `.notice--danger`,
 * `.notice--warning` and `.notice--success` tones. Interpolate into an element's styles.
 */
export const noticeStyles = css`
  .notice {
    --_tone: var(--_info);
    margin: 0;
    padding: calc(var(--_space) * 2.5) calc(var(--_space) * 3);
    border-radius: var(--_radius-sm);
    border-inline-start: 3px solid var(--_tone);
    background: color-mix(in srgb, var(--_tone) 9%, var(--_bg));
  }
  .notice--info {
    --_tone: var(--_info);
  }
  .notice--danger {
    --_tone: var(--_danger);
  }
  .notice--warning {
    --_tone: var(--_warning);
  }
  .notice--success {
    --_tone: var(--_success);
  }
`;
