import { css } from 'lit';

/**
 * The card every element draws itself in (`<div class="frame">`): bordered, rounded, on the
 * element's background, clipping its rows. Part of the base element's styles.
 */
export const frameStyles = css`
  .frame {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow: hidden;
  }
`;
