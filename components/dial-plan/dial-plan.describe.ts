/**
 * Node cards in words, with targets resolved to names: "Ring Front Desk (ext. 200) for 25 s".
 * Pure TypeScript; strings come from the element's pack through `t`.
 */
import { isRecord, type Exit, type GraphEdge, type GraphNode } from './dial-plan.graph';
import { variantOf, type NameLookup, type NodeVariant } from './dial-plan.lookup';
import { englishT, type Translate } from './dial-plan.messages';

export interface DescribeContext {
  lookup: NameLookup;
  t?: Translate;
  /** Formats an E.164 number for display (the element passes `i18n.phone`). */
  phone?: (e164: string) => string;
}

export interface NodeCard {
  variant: NodeVariant;
  /** The step's kind in words: "Ring", "Voicemail", "Menu"… */
  title: string;
  /** What the step does: "Ring Front Desk (ext. 200) for 25 s". */
  summary: string;
  /** Menu options in words: "1: Front desk" (exits show them too; for lists and screen readers). */
  details: string[];
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A target's name in words: "Front Desk (ext. 200)", or why there is none. */
export function targetName(id: unknown, lookup: NameLookup, t: Translate = englishT): string {
  const key = str(id);
  if (!key) return t('names.noTarget');
  const target = lookup.targets.get(key);
  if (!target) return t('names.unknownTarget', { id: key });
  return target.extension
    ? t('names.withExtension', { name: target.name, extension: target.extension })
    : target.name;
}

export function clipName(id: unknown, lookup: NameLookup, t: Translate = englishT): string {
  const key = str(id);
  if (!key) return t('names.noClip');
  const clip = lookup.clips.get(key);
  return clip ? `“${clip.name}”` : t('names.unknownClip', { id: key });
}

export function scheduleName(id: unknown, lookup: NameLookup, t: Translate = englishT): string {
  const key = str(id);
  if (!key) return t('names.noSchedule');
  return lookup.schedules.get(key)?.name ?? t('names.unknownSchedule', { id: key });
}

/** The label of an exit (and of its edge): Open, Closed, No answer, Press 1, Timeout… */
export function exitLabel(
  exit: Pick<Exit, 'kind' | 'digit' | 'field'> | Pick<GraphEdge, 'kind' | 'digit'>,
  t: Translate = englishT,
): string {
  switch (exit.kind) {
    case 'digit':
      return t('exits.digit', { digit: exit.digit || '?' });
    case 'field':
      return t('exits.field', { field: 'field' in exit ? (exit.field ?? '') : '' });
    default:
      return t(`exits.${exit.kind}`);
  }
}

export function describeNode(node: GraphNode, context: DescribeContext): NodeCard {
  const { lookup } = context;
  const t = context.t ?? englishT;
  const config = isRecord(node.json.config) ? node.json.config : {};
  const variant = variantOf(node, lookup);
  const seconds = typeof config.timeout === 'number' ? config.timeout : undefined;
  const card = (summary: string, details: string[] = []): NodeCard => ({
    variant,
    title: t(`types.${variant}`),
    summary,
    details,
  });
  switch (variant) {
    case 'schedule': {
      const schedule = lookup.schedules.get(str(config.schedule_id));
      const name = scheduleName(config.schedule_id, lookup, t);
      return card(
        schedule?.timezone
          ? t('cards.scheduleZone', { schedule: name, zone: schedule.timezone })
          : t('cards.schedule', { schedule: name }),
      );
    }
    case 'ring': {
      const target = targetName(config.target_id, lookup, t);
      return card(
        seconds === undefined
          ? t('cards.ringNoTimeout', { target })
          : t('cards.ring', { target, seconds }),
      );
    }
    case 'voicemail':
    case 'voice_app':
    case 'dial_plan':
      return card(t(`cards.${variant}`, { target: targetName(config.target_id, lookup, t) }));
    case 'ring_all_users':
      return card(t('cards.ring_all_users', { seconds: seconds ?? '?' }));
    case 'external_dial': {
      const raw = str(config.phone_number);
      const number = raw ? (context.phone?.(raw) ?? raw) : t('names.noNumber');
      return card(t('cards.external_dial', { number, seconds: seconds ?? '?' }));
    }
    case 'menu': {
      const details = node.exits
        .filter((exit) => exit.kind === 'digit')
        .map((exit) =>
          t('cards.menuOption', {
            digit: exit.digit || '?',
            target: exit.target ?? t('empty.replay_menu'),
          }),
        );
      return card(
        t('cards.menu', {
          clip: clipName(config.prompt_clip_id, lookup, t),
          seconds: seconds ?? '?',
        }),
        details,
      );
    }
    case 'sound_clip':
      return card(t('cards.sound_clip', { clip: clipName(config.clip_id, lookup, t) }));
    default:
      return card(t('cards.unsupported', { type: node.type }));
  }
}
