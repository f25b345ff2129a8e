import { css } from 'lit';
import { baseRules } from '../../src/theme/base-styles';
import { audioPlayerStyles } from '../../src/ui/audio-player-template';
import { buttonStyles } from '../../src/ui/button';
import { callDisplayStyles } from '../../src/ui/calls';
import { iconStyles } from '../../src/ui/icon-styles';
import { spinnerStyles } from '../../src/ui/spinner';

/**
 * Styles of the call detail panel: header, facts, recording, transcript and the legs table.
 * It inherits the `--_*` tokens of the element around it; the element around it sizes it.
 * In a narrow container (under 1024px, where the panel replaces the list) the header shows
 * "Back" instead of the close button.
 */
export const callDetailStyles = [
  baseRules,
  iconStyles,
  buttonStyles,
  spinnerStyles,
  callDisplayStyles,
  audioPlayerStyles,
  css`
    :host {
      overflow-wrap: anywhere;
      background: var(--_bg);
    }

    .detail__header {
      position: sticky;
      top: 0;
      z-index: 1;
      display: flex;
      align-items: center;
      gap: calc(var(--_space) * 2);
      padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
      border-bottom: 1px solid var(--_border);
      background: var(--_bg);
    }
    .detail__title {
      flex: 1;
      margin: 0;
      font-size: var(--_font-size-lg);
      font-weight: 600;
      line-height: 1.3;
    }
    .detail__back {
      display: none;
    }
    @container (max-width: 1023px) {
      .detail__back {
        display: inline-flex;
      }
      .detail__close {
        display: none;
      }
    }
    .detail__content {
      display: grid;
      gap: calc(var(--_space) * 5);
      padding: calc(var(--_space) * 4);
    }
    .detail__parties {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
      align-items: center;
      gap: calc(var(--_space) * 3);
    }
    .detail__parties .ds-call-party-label {
      font-weight: 600;
    }
    .detail__arrow {
      color: var(--_text-secondary);
    }
    .detail__badges {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
      align-items: center;
    }
    .section {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .section__title {
      margin: 0;
      color: var(--_text-secondary);
      font-size: var(--_font-size-sm);
      font-weight: 600;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: calc(var(--_space) * 1.5) calc(var(--_space) * 4);
      margin: 0;
    }
    .facts dt {
      color: var(--_text-secondary);
    }
    .facts dd {
      margin: 0;
    }
    .summary,
    .transcript {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .transcript {
      max-height: 240px;
      overflow: auto;
      padding: calc(var(--_space) * 3);
      border-radius: var(--_radius-sm);
      background: var(--_surface);
    }
    .note {
      margin: 0;
      color: var(--_text-secondary);
    }
    .note--danger {
      color: var(--_danger);
    }
    .note--busy {
      display: inline-flex;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
    .legs {
      width: 100%;
      overflow-wrap: normal;
      border-collapse: collapse;
      font-size: var(--_font-size-sm);
    }
    .legs th,
    .legs td {
      padding: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
      border-bottom: 1px solid var(--_border);
      text-align: end;
      vertical-align: bottom;
    }
    .legs td {
      white-space: nowrap;
    }
    .legs th:first-child,
    .legs td:first-child {
      text-align: start;
      padding-left: 0;
    }
    .legs thead th {
      color: var(--_text-secondary);
      font-weight: 500;
    }
    .legs tbody th {
      font-weight: 500;
    }
    audio {
      width: 100%;
    }
    .recording {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .inline-actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 2);
    }
  `,
];
