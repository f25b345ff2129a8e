/**
 * What the step panel's field groups (typed inputs, resource pickers, menu options) read from
 * and ask of `<dialstack-dial-plan-panel>`, which holds the state and fires the events.
 */
import type { TemplateResult } from 'lit';
import type { DialPlanGraph, Exit, GraphNode } from './dial-plan.graph';
import type { NameLookup, NodeVariant } from './dial-plan.lookup';
import type { Translate } from './dial-plan.messages';
import type { FieldMessage } from './dial-plan.panel-fields';
import type { dialPlanPanelPack } from './dial-plan.panel.messages';

export type PanelKey = Parameters<typeof dialPlanPanelPack.t>[1];

/** Text typed in a field that is not (or not yet) in the config. */
export interface Draft {
  text: string;
  /** The config value the draft was typed over (or last sent): another value drops it. */
  base: unknown;
  problem?: string;
}

export interface PanelHost {
  readonly node?: GraphNode;
  readonly graph?: DialPlanGraph;
  readonly lookup: NameLookup;
  /** The config the next change starts from. */
  readonly config: Record<string, unknown>;
  /** Field (`timeout`, `phone_number`, `digit-<index>`) -> what is typed there. */
  readonly drafts: ReadonlyMap<string, Draft>;
  /** The field being typed in. */
  focused?: string;
  /** A refusal to show (the 13th option, removing the last one). */
  notice?: string;
  /** The account's country, for numbers typed without `+`. */
  readonly defaultCountry: string;
  /** The panel's strings. */
  pt(key: PanelKey, params?: Record<string, string | number>): string;
  /** The dial plan's strings (types, exits, names). */
  readonly dt: Translate;
  formatPhone(e164: string): string;
  formatDuration(seconds: number): string;
  configValue(field: string): unknown;
  setDrafts(update: (drafts: Map<string, Draft>) => void): void;
  /** Fires `dialstack-panel-config` with the whole config, `patch` over it. */
  sendConfig(patch: Record<string, unknown>): void;
  /** Leaving a field: a draft already in the config gives way to the config's text. */
  settle(field: string): void;
  focusLater(id: string): void;
  findingsAt(where: { field?: string; exitId?: string }): FieldMessage[];
  messagesFor(
    field: string,
    problem: string | undefined,
    hint?: string,
    at?: { field?: string; exitId?: string },
  ): FieldMessage[];
  renderExit(exit: Exit, variant?: NodeVariant, ariaLabel?: string): TemplateResult;
}
