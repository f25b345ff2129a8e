import { css } from 'lit';

export const iconStyles = css`
  .icon {
    width: var(--_icon-size, 1.25em);
    height: var(--_icon-size, 1.25em);
    flex: none;
    display: inline-block;
    vertical-align: middle;
  }
  .icon--live-dot {
    width: 0.5em;
    height: 0.5em;
  }
`;
