/**
 * The step panel's resource pickers: one searchable combobox (Floating UI), grouped by kind,
 * for the internal-dial target (users, ring groups, dial plans, voice apps, shared voicemail
 * boxes; the friendly variant's kind first), the schedule, or the clip. A step has one at most.
 */
import { html, type ReactiveControllerHost } from 'lit';
import { ComboboxController, type ComboboxGroup } from '../../src/ui/combobox';
import { clipName, scheduleName, targetName } from './dial-plan.describe';
import type { NodeVariant } from './dial-plan.lookup';
import { fieldMessages, hasError, messagesId } from './dial-plan.panel-fields';
import type { PanelHost } from './dial-plan.panel-host';
import { clipGroups, scheduleGroups, targetGroups } from './dial-plan.resources';

const str = (value: unknown) => (typeof value === 'string' ? value : '');

export class ResourcePickers {
  private readonly combobox: ComboboxController;

  constructor(
    private readonly host: PanelHost,
    element: ReactiveControllerHost & HTMLElement,
  ) {
    this.combobox = new ComboboxController(element);
  }

  /** Closes the list and forgets the search (another step opened). */
  reset(): void {
    this.combobox.reset();
  }

  private render(o: {
    field: string;
    label: string;
    groups: ComboboxGroup[];
    value: string | null;
    valueLabel: string;
    problem?: string;
    required?: boolean;
    onSelect: (value: string | null) => void;
  }) {
    const host = this.host;
    const messages = host.messagesFor(o.field, o.problem);
    const labelId = `${o.field}-label`;
    return html`<div class="field" data-field=${o.field}>
      <span class="label" id=${labelId}>${o.label}</span>
      ${this.combobox.render({
        labelId,
        groups: o.groups,
        value: o.value,
        valueLabel: o.valueLabel,
        placeholder: host.pt('picker.choose'),
        emptyLabel: host.pt('picker.noMatch'),
        describedBy: messagesId(o.field, messages),
        invalid: hasError(messages),
        required: o.required ?? false,
        onSelect: o.onSelect,
      })}
      ${fieldMessages(o.field, messages)}
    </div>`;
  }

  renderTarget(variant: NodeVariant) {
    const host = this.host;
    const id = str(host.config.target_id);
    const kind =
      variant === 'voicemail' || variant === 'voice_app' || variant === 'dial_plan'
        ? variant
        : 'ring';
    const planId = host.graph?.plan.id;
    return this.render({
      field: 'target_id',
      label: host.pt(`fields.target.${kind}`),
      groups: targetGroups(host.lookup, {
        groupLabel: (k) => host.pt(`groups.${k}`),
        optionLabel: (t) => targetName(t.id, host.lookup, host.dt),
        variant,
        ...(typeof planId === 'string' ? { exclude: planId } : {}),
      }),
      value: id || null,
      valueLabel: id ? targetName(id, host.lookup, host.dt) : '',
      problem: id ? undefined : host.pt('errors.targetRequired'),
      required: true,
      onSelect: (value) => value !== null && host.sendConfig({ target_id: value }),
    });
  }

  renderSchedule() {
    const host = this.host;
    const id = str(host.config.schedule_id);
    return this.render({
      field: 'schedule_id',
      label: host.pt('fields.schedule'),
      groups: scheduleGroups(host.lookup, host.pt('groups.schedules'), (name, zone) =>
        zone ? host.pt('picker.scheduleZone', { name, zone }) : name,
      ),
      value: id || null,
      valueLabel: id ? scheduleName(id, host.lookup, host.dt) : '',
      problem: id ? undefined : host.pt('errors.scheduleRequired'),
      required: true,
      onSelect: (value) => value !== null && host.sendConfig({ schedule_id: value }),
    });
  }

  renderClip(field: 'clip_id' | 'prompt_clip_id', label: string) {
    const host = this.host;
    const id = str(host.config[field]);
    return this.render({
      field,
      label,
      groups: clipGroups(
        host.lookup,
        {
          none: host.pt('groups.none'),
          noClip: host.pt('picker.noClip'),
          clips: host.pt('groups.clips'),
        },
        (name, ms) =>
          ms
            ? host.pt('picker.clipLength', { name, duration: host.formatDuration(ms / 1000) })
            : name,
      ),
      value: id || null,
      valueLabel: id
        ? (host.lookup.clips.get(id)?.name ?? clipName(id, host.lookup, host.dt))
        : host.pt('picker.noClip'),
      onSelect: (value) => host.sendConfig({ [field]: value ?? '' }),
    });
  }
}
