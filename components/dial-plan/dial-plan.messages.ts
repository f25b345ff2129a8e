/**
 * Strings of `<dialstack-dial-plan>`: node cards, exit labels, validation findings and the
 * call-path simulator's sentences, under the `dialPlan` namespace (hosts override them like
 * any other: `locale: { messages: { dialPlan: { exits: { open: 'Opened' } } } }`).
 * Spanish and French load on demand (dial-plan.i18n.ts: `loadDialPlanLanguage`, `dialPlanTranslator`).
 */
import { lookupMessage, type MessageParams, type MessageTree } from '../../src/i18n/messages';
import { renderMessage } from '../../src/i18n/translate';
import { dialPlanSimMessages } from './dial-plan.sim.messages';

const en = {
  dialPlan: {
    ...dialPlanSimMessages,
    canvas: {
      label: 'Dial plan {name}',
      roleDescription: 'flowchart',
      steps: 'Steps',
      exit: '{exit}: {target}',
      controls: 'Zoom',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      fit: 'Fit to view',
    },
    types: {
      start: 'Start',
      schedule: 'Business hours',
      ring: 'Ring',
      voicemail: 'Voicemail',
      voice_app: 'Voice app',
      dial_plan: 'Go to dial plan',
      ring_all_users: 'Ring everyone',
      external_dial: 'Forward to a number',
      menu: 'Menu',
      sound_clip: 'Play a message',
      unsupported: 'Unsupported step',
    },
    exits: {
      start: 'Start',
      open: 'Open',
      closed: 'Closed',
      no_answer: 'No answer',
      next: 'Next',
      digit: 'Press {digit}',
      timeout: 'Timeout',
      invalid: 'Invalid',
      field: '{field}',
    },
    empty: {
      hang_up: 'hangs up',
      replay_menu: 'replays the menu',
    },
    names: {
      withExtension: '{name} (ext. {extension})',
      unknownTarget: 'an unknown target ({id})',
      noTarget: 'no one yet',
      unknownSchedule: 'a schedule that no longer exists ({id})',
      noSchedule: 'no schedule yet',
      unknownClip: 'a recording that no longer exists ({id})',
      noClip: 'no recording yet',
      noNumber: 'no number yet',
    },
    cards: {
      start: 'Calls start here',
      schedule: 'Check {schedule}',
      scheduleZone: 'Check {schedule} ({zone})',
      ring: 'Ring {target} for {seconds} s',
      ringNoTimeout: 'Ring {target}',
      voicemail: 'Send to voicemail: {target}',
      voice_app: 'Hand the call to {target}',
      dial_plan: 'Continue in {target}',
      ring_all_users: 'Ring every user for {seconds} s',
      external_dial: 'Dial {number} for {seconds} s',
      menu: 'Play {clip}, then wait {seconds} s for a key',
      menuOption: '{digit}: {target}',
      sound_clip: 'Play {clip}',
      unsupported: 'A “{type}” step this version can’t show; it is kept as is',
    },
    findings: {
      nameRequired: 'Give the dial plan a name (up to 255 characters).',
      noEntry: 'The plan has steps but no first step.',
      unknownEntry: 'The first step “{id}” doesn’t exist.',
      duplicateId: 'Two steps have the id “{id}”.',
      badConfig: 'This step’s settings are missing or unreadable.',
      unsupported: 'This kind of step (“{type}”) can’t be edited here; it is kept as is.',
      timeoutRequired: 'Set a timeout.',
      timeoutRange: 'The timeout must be a whole number from {min} to {max} seconds.',
      phoneInvalid: 'Enter the number in international format, like +14155551234.',
      phoneEmpty: 'No number yet: this step won’t dial until one is set.',
      targetRequired: 'Choose who to ring.',
      scheduleRequired: 'Choose a schedule.',
      clipEmpty: 'No recording chosen yet.',
      optionsEmpty: 'A menu needs at least one option.',
      optionsMax: 'A menu can have at most {max} options.',
      digitInvalid: 'Option {index}: the key must be 0–9, * or #.',
      digitDuplicate: 'The key {digit} is used twice.',
      missingNode: '“{exit}” leads to a step that doesn’t exist (“{id}”).',
      dialsItself: 'This step dials this same dial plan: a routing loop.',
      unreachable: 'No call can reach this step.',
      leadsNowhere: '“{exit}” leads nowhere: the call {consequence}.',
      nextIgnored: 'Calls here go to voicemail, so “{exit}” is never taken.',
      targetGone: '{what} no longer exists ({id}).',
      targetWhat: {
        target: 'The target',
        schedule: 'The schedule',
        clip: 'The recording',
      },
    },
    simulate: {
      start: 'The call arrives.',
      noEntry: 'The plan has no first step, so the call can’t be routed.',
      missingNode: 'The next step (“{id}”) doesn’t exist, so the call ends.',
      scheduleOpen: '{schedule} is open ({time} {zone}), so the call takes “Open”.',
      scheduleClosed: '{schedule} is closed ({time} {zone}), so the call takes “Closed”.',
      scheduleHoliday: '{schedule} is closed for a holiday ({time} {zone}): “Closed”.',
      scheduleHoldOpen: '{schedule} is held open until {until} ({zone}): “Open”.',
      scheduleHoldClosed: '{schedule} is held closed until {until} ({zone}): “Closed”.',
      scheduleUnknown: 'The schedule {schedule} isn’t known, so the route can’t be told.',
      ringAnswered: '{target} rings and answers.',
      ringNoAnswer: '{target} rings with no answer.',
      ringAllAnswered: 'Every user’s phone rings; someone answers.',
      ringAllNoAnswer: 'Every user’s phone rings; no one answers.',
      externalAnswered: '{number} is dialed and answers.',
      externalNoAnswer: '{number} is dialed; no answer.',
      voicemail: 'The call goes to voicemail: {target}.',
      voiceApp: 'The call is handed to {target}.',
      dialPlan: 'The call continues in {target}.',
      clip: '{clip} plays.',
      menuDigit: 'The menu plays; the caller presses {digit}.',
      menuInvalid: 'The menu plays; the caller presses {digit}, which isn’t an option.',
      menuTimeout: 'The menu plays; the caller presses nothing.',
      menuWaiting: 'The menu plays and waits for a key.',
      replay: 'The menu plays again.',
      hangUp: 'Nothing is connected there, so the call ends.',
      unsupported: 'A “{type}” step: the simulator can’t tell what it does.',
      loop: 'The call keeps going round the same steps; the simulation stops here.',
    },
  },
};

export const dialPlanMessages = { en };

/** A dot key of this element's pack without the namespace, e.g. `'exits.open'`. */
export type DialPlanMessageKey = Leaves<(typeof en)['dialPlan']>;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | { other: string }
    ? `${P}${K}`
    : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type Translate = (key: DialPlanMessageKey, params?: MessageParams) => string;

/** A translator over a message tree (English, merged with host overrides by the element). */
export function translator(tree: MessageTree = en, locale = 'en'): Translate {
  return (key, params) => {
    const message = lookupMessage(tree, `dialPlan.${key}`);
    return message === undefined ? key : renderMessage(message, params, locale);
  };
}

export const englishT: Translate = translator();
