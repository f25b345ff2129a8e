import { css, html, nothing, type TemplateResult } from 'lit';
import { iconAlert, iconInbox } from './icons';

/**
 * Loading (skeleton rows), empty and error views, each carrying the public `part` of the same
 * name (`loading`, `empty`, `error`) so hosts can style them. Styles need `buttonStyles` and
 * `iconStyles` too (the base element includes all three).
 */
export const stateStyles = css`
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 12) calc(var(--_space) * 6);
    text-align: center;
    color: var(--_text-secondary);
  }
  .state__icon {
    --_icon-size: 22px;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin-bottom: calc(var(--_space) * 1);
    border-radius: 50%;
    background: var(--_surface-active);
    color: var(--_text-secondary);
  }
  .state--error .state__icon {
    background: color-mix(in srgb, var(--_danger) 12%, var(--_bg));
    color: var(--_danger);
  }
  .state__title {
    margin: 0;
    color: var(--_text);
    font-size: var(--_font-size-lg);
    font-weight: 600;
    line-height: 1.35;
  }
  .state__description {
    margin: 0;
    max-width: 42ch;
  }
  .state__actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 2);
  }

  .skeleton {
    display: block;
    padding: calc(var(--_space) * 1) 0;
  }
  .skeleton__row {
    display: grid;
    grid-template-columns: 32px minmax(0, 1fr) auto;
    align-items: center;
    gap: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 3) calc(var(--_space) * 4);
    border-bottom: 1px solid var(--_border);
  }
  .skeleton__row:last-child {
    border-bottom: 0;
  }
  .skeleton__lines {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .skeleton__block {
    height: 10px;
    border-radius: 4px;
    background: linear-gradient(
        90deg,
        var(--_skeleton) 0%,
        var(--_skeleton-shine) 50%,
        var(--_skeleton) 100%
      )
      0 0 / 200% 100%;
    animation: skeleton-shimmer 1.4s ease-in-out infinite;
    /* A fast load never shimmers: the animation repaints every block in every frame, on the
       main thread, while the first screen waits for its data. */
    animation-delay: 400ms;
  }
  .skeleton__block--avatar {
    width: 32px;
    height: 32px;
    border-radius: 50%;
  }
  .skeleton__block--wide {
    width: min(100%, 220px);
    height: 12px;
  }
  .skeleton__block--narrow {
    width: min(70%, 140px);
  }
  .skeleton__block--meta {
    width: 56px;
  }
  .skeleton__row:nth-child(3n + 2) .skeleton__block--wide {
    width: min(100%, 170px);
  }
  .skeleton__row:nth-child(3n) .skeleton__block--narrow {
    width: min(55%, 110px);
  }
  @keyframes skeleton-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
`;

export interface LoadingStateOptions {
  /** Announced to screen readers (e.g. `t('common.loading')`). */
  label: string;
  /** Skeleton rows to draw (default 5). */
  rows?: number;
}

/** A polite live region announcing `label` over skeleton rows shaped like list rows. */
export function loadingState({ label, rows = 5 }: LoadingStateOptions): TemplateResult {
  const count = Math.max(1, Math.min(20, Math.floor(rows)));
  return html`<div
    part="loading"
    class="skeleton"
    role="status"
    aria-live="polite"
    aria-busy="true"
  >
    <span class="visually-hidden">${label}</span>
    ${Array.from(
      { length: count },
      () =>
        html`<div class="skeleton__row" aria-hidden="true">
          <span class="skeleton__block skeleton__block--avatar"></span>
          <span class="skeleton__lines">
            <span class="skeleton__block skeleton__block--wide"></span>
            <span class="skeleton__block skeleton__block--narrow"></span>
          </span>
          <span class="skeleton__block skeleton__block--meta"></span>
        </div>`,
    )}
  </div>`;
}

export interface EmptyStateOptions {
  title: string;
  description?: string;
  /** Defaults to an inbox icon. */
  icon?: TemplateResult;
  /** Optional call to action (e.g. a "Clear filters" button). */
  action?: TemplateResult;
}

export function emptyState({
  title,
  description,
  icon,
  action,
}: EmptyStateOptions): TemplateResult {
  return html`<div part="empty" class="state state--empty">
    <span class="state__icon">${icon ?? iconInbox}</span>
    <p class="state__title">${title}</p>
    ${description ? html`<p class="state__description">${description}</p>` : nothing}
    ${action ? html`<div class="state__actions">${action}</div>` : nothing}
  </div>`;
}

export interface ErrorStateOptions {
  title: string;
  message?: string;
  /** Shown with `onRetry`; omit both for errors retrying can't fix (e.g. signed out). */
  retryLabel?: string;
  onRetry?: () => void;
}

/** An error message (announced with `role="alert"`) with an optional retry button. */
export function errorState({
  title,
  message,
  retryLabel,
  onRetry,
}: ErrorStateOptions): TemplateResult {
  return html`<div part="error" class="state state--error" role="alert">
    <span class="state__icon">${iconAlert}</span>
    <p class="state__title">${title}</p>
    ${message ? html`<p class="state__description">${message}</p>` : nothing}
    ${
      onRetry && retryLabel
        ? html`<div class="state__actions">
            <button type="button" class="btn btn--secondary" part="retry-button" @click=${onRetry}>
              ${retryLabel}
            </button>
          </div>`
        : nothing
    }
  </div>`;
}
