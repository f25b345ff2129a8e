/**
 * Strings of the onboarding devices step, under `onboardingDevices.*` (a host overrides them
 * like the shared ones). Spanish and French load on demand.
 */
import { createElementPack } from '../../src/i18n/element-pack';

export const en = {
  title: 'Phones and devices',
  intro: 'Order desk phones and DECT systems, then choose who uses each phone.',
  catalogTitle: 'Hardware',
  colModel: 'Model',
  colType: 'Type',
  colQuantity: 'Quantity',
  quantityFor: 'Quantity of {model}',
  type: { deskphone: 'Desk phone', dect_base: 'DECT base station', dect_handset: 'DECT handset' },
  quantityHint: 'From 1 to 100 of each; leave empty for none.',
  quantityRange: 'Enter a whole number from 1 to 100.',
  nothingOrdered: 'Enter a quantity for at least one item.',
  createOrder: 'Create order',
  updateOrder: 'Save order',
  saving: 'Saving…',
  draftSaved: 'Order saved as a draft. You can change it until it’s submitted.',
  orderFailed: 'The order wasn’t saved. {reason}',
  orderStatus: 'Order {id}: {status}',
  status: {
    draft: 'Draft',
    submitted: 'Submitted',
    fulfilled: 'Fulfilled',
    cancelled: 'Cancelled',
  },
  orderedItems: '{quantity} × {model}',
  devicesTitle: 'Who uses each phone',
  noDevices: 'No phones yet. They appear here once they’re set up on your account.',
  deviceName: '{model} ({mac})',
  noUsers: 'Nobody assigned yet.',
  line: 'Line {line}',
  remove: 'Remove {user} from {device}',
  addUser: 'Add a person to {device}',
  choose: 'Choose a person',
  assign: 'Assign',
  assigning: 'Assigning…',
  assignFailed: 'Not assigned. {reason}',
  removeFailed: 'Not removed. {reason}',
  dectBase: 'Assign people to the handsets of this base station.',
  continue: 'Continue',
};

export type OnboardingDevicesMessages = typeof en;

export const devicesPack = createElementPack('onboardingDevices', en, {
  es: () => import('./onboarding.devices.messages.es').then((m) => m.es),
  fr: () => import('./onboarding.devices.messages.fr').then((m) => m.fr),
});
