import { css } from 'lit';
import { baseRules } from '../../src/theme/base-styles';
import { audioPlayerStyles } from '../../src/ui/audio-player-template';
import { buttonStyles } from '../../src/ui/button';
import { iconStyles } from '../../src/ui/icon-styles';
import { spinnerStyles } from '../../src/ui/spinner';

/**
 * Styles of the opened voicemail (`<dialstack-voicemail-detail>`): player, summary, transcript
 * in every state, actions. It inherits the `--_*` tokens of the inbox around it; the inbox lays
 * it out (`.detail` in `voicemails.styles.ts`: padding, column, gaps).
 */
export const voicemailDetailStyles = [
  baseRules,
  iconStyles,
  buttonStyles,
  spinnerStyles,
  audioPlayerStyles,
  css`
    .player {
      background: var(--_bg);
    }
    .transcript-state .spinner {
      margin-top: 3px;
      color: var(--_primary);
    }
    .detail__body {
      display: grid;
      gap: calc(var(--_space) * 4);
    }
    .detail__section {
      min-width: 0;
    }
    .detail__label {
      margin: 0 0 calc(var(--_space) * 1);
      color: var(--_text-secondary);
      font-size: var(--_font-size-sm);
      font-weight: 600;
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }
    .detail__summary {
      margin: 0;
      font-weight: 500;
    }
    .detail__muted {
      display: block;
      margin: 0;
      color: var(--_text-secondary);
    }
    .transcript {
      margin: 0;
      max-width: 72ch;
      line-height: 1.6;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .transcript-state {
      display: flex;
      align-items: flex-start;
      gap: calc(var(--_space) * 2.5);
      padding: calc(var(--_space) * 3);
      border: 1px dashed var(--_border-strong);
      border-radius: var(--_radius);
    }
    .transcript-state > span {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
    }
    .transcript-state[data-status='failed'] {
      color: var(--_warning);
    }
    .transcript-state[data-status='failed'] strong {
      color: var(--_text);
    }
    .transcript-state--error {
      align-items: center;
      justify-content: space-between;
      border-style: solid;
      border-color: color-mix(in srgb, var(--_danger) 40%, var(--_border));
      color: var(--_danger);
    }
    .transcript-loading {
      display: grid;
      gap: calc(var(--_space) * 2);
    }
    .skeleton-line {
      display: block;
      height: 10px;
      border-radius: 999px;
      background: var(--_skeleton);
    }
    .skeleton-line--short {
      width: 60%;
    }

    .detail__actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 2);
    }
    .detail__delete {
      color: var(--_danger);
    }
    .detail__status {
      margin: calc(var(--_space) * -2) 0 0;
      color: var(--_text-secondary);
      font-size: var(--_font-size-sm);
    }
    .detail__status:empty {
      display: none;
    }
    .detail__status--error {
      color: var(--_danger);
    }

    @container inbox (min-width: 720px) {
      .detail__body {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        gap: calc(var(--_space) * 6);
      }
    }
  `,
];
