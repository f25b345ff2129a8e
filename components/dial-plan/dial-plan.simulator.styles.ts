import { css } from 'lit';

export const simulatorStyles = css`
  :host {
    display: block;
    font-size: var(--_font-size-sm);
  }
  .simulator {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 3);
  }
  .title {
    margin: 0;
    font-size: var(--_font-size);
    font-weight: 600;
  }
  .subtitle {
    margin: 0;
    font-size: var(--_font-size-sm);
    font-weight: 600;
  }
  .hint {
    margin: 0;
    color: var(--_text-secondary);
  }
  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 2);
  }
  .field {
    display: flex;
    flex: 1 1 8rem;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }
  .label {
    font-weight: 500;
  }
  .schedule-list,
  .steps {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
    margin: 0;
    padding-left: calc(var(--_space) * 5);
  }
  .schedule-list {
    padding-left: 0;
    list-style: none;
  }
  .schedule {
    display: flex;
    flex-direction: column;
    padding-left: calc(var(--_space) * 2);
    border-left: 3px solid var(--_border-strong);
  }
  .schedule--open {
    border-left-color: var(--_success);
  }
  .schedule--closed {
    border-left-color: var(--_danger);
  }
  .schedule__detail {
    color: var(--_text-secondary);
  }
  .builder {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
  }
  .keypad {
    display: grid;
    grid-template-columns: repeat(3, calc(var(--_space) * 10));
    gap: calc(var(--_space) * 1);
  }
  .outcomes {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1);
  }
  .inputs {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 1);
    padding-left: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
  }
  .actions {
    display: flex;
    gap: calc(var(--_space) * 2);
  }
  .error {
    margin: 0;
    color: var(--_danger);
  }
  .outcome {
    margin: calc(var(--_space) * 2) 0 0;
    font-weight: 600;
  }
`;
