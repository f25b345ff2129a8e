/**
 * Strings of the locations, team and review steps of `<dialstack-account-onboarding>`, under
 * `accountOnboarding.*` like the shell's (a host overrides them the same way). A pack of their
 * own so they ship with the steps' lazy chunks, not with the element up front; it also has the
 * shell's words the steps share (`cancel`, `save`, `failed`…).
 */
import { createElementPack } from '../../src/i18n/element-pack';
import { en as shellEn, onboardingLoaders } from './account-onboarding.messages';

export const en = {
  locations: {
    title: 'Locations and emergency address',
    intro:
      'Add each place your team works from. Emergency services (911) use this address to find you.',
    empty: 'No locations yet. Add your first one below.',
    add: 'Add a location',
    formTitleNew: 'New location',
    formTitleEdit: 'Edit {name}',
    name: 'Location name',
    addressNumber: 'Street number',
    street: 'Street',
    unit: 'Unit, suite or floor (optional)',
    city: 'City',
    state: 'State or province',
    postalCode: 'ZIP or postal code',
    country: 'Country',
    countries: { US: 'United States', CA: 'Canada', MX: 'Mexico' },
    saveLocation: 'Save location',
    problem: {
      required: 'Required.',
      tooLong: 'Use at most 255 characters.',
      addressNumber: 'Use the building number only, for example 1600.',
      state: 'Use the 2-letter code, for example NY.',
      postalCode: {
        US: 'Enter a 5-digit ZIP code, or ZIP+4 (12345-6789).',
        CA: 'Enter a postal code like K1A 0B1.',
        MX: 'Enter a 5-digit código postal.',
      },
    },
    e911: {
      none: 'Emergency address not registered',
      pending: 'Emergency address: registering…',
      binding: 'Emergency address: linking to your number…',
      provisioned: 'Emergency address registered',
      failed: 'Emergency address registration failed',
    },
    verify: 'Check emergency address',
    verifying: 'Checking…',
    verifyTitle: 'Confirm the emergency address',
    adjusted: 'We adjusted the address to match postal records. Check it before you confirm.',
    unchanged: 'The address matches postal records.',
    confirm: 'Confirm and register',
    registering: 'Registering…',
    needsNumber:
      'Emergency registration needs a primary phone number for this location. Get a number in the Phone numbers step, then come back.',
    primaryNumber: 'Primary number',
    noPrimary: 'No primary number yet',
    setPrimary: 'Use as primary number',
    following: 'Registration is in progress. This usually takes a few minutes; you can keep going.',
    retryE911: 'Retry registration',
    failedHelp: 'The provider could not register this address. Check the address, then retry.',
    removeTitle: 'Remove {name}?',
    removeMessage: 'The location and its address are deleted. This cannot be undone.',
  },
  team: {
    title: 'Your team',
    intro: 'Add the people who make and take calls. Each gets an extension others can dial.',
    empty: 'No one on the team yet.',
    listLabel: 'Team members',
    name: 'Name',
    email: 'Email',
    extension: 'Extension',
    suggested: 'Suggested: the next free extension.',
    add: 'Add person',
    adding: 'Adding…',
    noExtension: 'No extension',
    problem: {
      name: 'Enter a name.',
      email: 'Enter an email address like name@example.com.',
      extension: 'Use 2 to 6 digits.',
      taken: 'Extension {number} is already in use{owner}. Try {suggestion}.',
      takenOwner: ' by {name}',
    },
    halfMade:
      '{name} was added, but extension {number} could not be saved. Fix the extension and save it, or undo adding {name}.',
    saveExtension: 'Save extension',
    undo: 'Undo adding {name}',
    editTitle: 'Edit {name}',
    removeTitle: 'Remove {name}?',
    removeMessage:
      '{name} and their extension are removed, and their phones stop ringing. This cannot be undone.',
    added: '{name} added with extension {number}.',
    removed: '{name} removed.',
    saved: 'Changes saved.',
  },
  review: {
    title: 'Review',
    intro: 'Here is where your setup stands.',
    done: 'Done',
    pending: 'Waiting on the carrier or provider',
    todo: 'Still to do',
    allDone: 'Everything is set up.',
    open: 'Open {step}',
    nothing: 'Nothing here.',
    detail: {
      locations: {
        done: 'Emergency address registered.',
        pending: 'Emergency address is being registered.',
        todo: 'Add a location and register its emergency address.',
      },
      team: {
        done: 'Your team has extensions.',
        pending: 'Your team is being set up.',
        todo: 'Add people and give them extensions.',
      },
      numbers: {
        done: 'You have an active phone number.',
        pending: 'Numbers are on their way (order or port in progress).',
        todo: 'Order new numbers or bring your existing ones.',
      },
      devices: {
        done: 'Phones are assigned to people.',
        pending: 'Your hardware order is on its way.',
        todo: 'Order phones and assign them to people.',
      },
    },
  },
};

export const onboardingPack = createElementPack(
  'accountOnboarding',
  { ...shellEn, ...en },
  onboardingLoaders,
);
