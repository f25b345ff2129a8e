/**
 * Strings of the dial-plan editor's step panel (`<dialstack-dial-plan-panel>`), under
 * `dialPlanPanel.*` (a host overrides them like the shared ones). Spanish and French load on
 * demand. Step types, exit labels and findings come from the dial plan's own strings.
 */
import { createElementPack } from '../../src/i18n/element-pack';

const en = {
  label: 'Settings of step {id}',
  stepId: 'Step {id}',
  close: 'Close the step’s settings',
  delete: 'Delete step',
  unsupportedNote:
    'This version can’t edit “{type}” steps. The step is kept exactly as it is; you can delete it.',
  rawType: 'Type',
  rawConfig: 'Settings',
  problems: 'Problems with this step',
  fields: {
    schedule: 'Schedule',
    target: {
      ring: 'Who to ring',
      voicemail: 'Voicemail box',
      voice_app: 'Voice app',
      dial_plan: 'Dial plan',
    },
    ringTimeout: 'Ring for (seconds)',
    menuTimeout: 'Wait for a key (seconds)',
    phone: 'Phone number',
    clip: 'Recording',
    prompt: 'Menu prompt',
  },
  hints: {
    timeout: 'From {min} to {max} seconds.',
    timeoutVoicemail: 'From 0 to 300 seconds; 0 sends the call straight to voicemail.',
    phone: 'With the country code (+44 20 7946 0018), or a {country} number.',
    phoneWillDial: 'Dials {number}.',
    voicemailNext: 'Calls here end in voicemail, so “No answer” is never taken.',
  },
  errors: {
    timeoutRequired: 'Enter a timeout.',
    timeoutRange: 'Enter a whole number of seconds from {min} to {max}.',
    phoneCharacters: 'Use digits, spaces and a leading + only.',
    phoneIncomplete: 'This number is incomplete.',
    digitInvalid: 'Use one key: 0–9, * or #.',
    digitDuplicate: 'Key {digit} is used by another option.',
    optionsMax: 'A menu can have at most {max} options.',
    optionsMin: 'A menu needs at least one option.',
    targetRequired: 'Choose a destination.',
    scheduleRequired: 'Choose a schedule.',
  },
  groups: {
    user: 'Users',
    ring_group: 'Ring groups',
    dial_plan: 'Dial plans',
    voice_app: 'Voice apps',
    shared_voicemail: 'Shared voicemail boxes',
    schedules: 'Schedules',
    clips: 'Audio clips',
    none: 'None',
    current: 'Current',
  },
  picker: {
    choose: 'Choose…',
    noMatch: 'Nothing matches',
    noClip: 'No recording yet',
    scheduleZone: '{name} ({zone})',
    clipLength: '{name} ({duration})',
  },
  exits: {
    heading: 'Next steps',
    goesTo: '{exit} goes to',
    nowhere: {
      hang_up: 'Nothing: hang up',
      replay_menu: 'Nothing: replay the menu',
    },
    missing: 'A step that doesn’t exist ({id})',
    step: '{id} ({type})',
    readOnly: '{exit}: {target}',
  },
  menu: {
    keyColumn: 'Key',
    goesToColumn: 'Goes to',
    options: 'Options',
    count: '{count} of {max} options',
    key: 'Key of option {index}',
    goesTo: 'Option {index} goes to',
    add: 'Add option',
    remove: 'Remove option {index}',
  },
};

export type DialPlanPanelMessages = typeof en;

export const dialPlanPanelPack = createElementPack('dialPlanPanel', en, {
  es: () => import('./dial-plan.panel.messages.es').then((m) => m.es),
  fr: () => import('./dial-plan.panel.messages.fr').then((m) => m.fr),
});
