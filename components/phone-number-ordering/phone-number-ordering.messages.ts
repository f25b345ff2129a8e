/**
 * Strings of `<dialstack-phone-number-ordering>`, under `phoneNumberOrdering.*` (a host
 * overrides them like the shared ones). Spanish and French load on demand.
 */
import { createElementPack } from '../../src/i18n/element-pack';

const en = {
  title: 'Order phone numbers',
  searchLabel: 'Search available numbers',
  searchHint: 'Search by area code, city and state, state, ZIP code or NPA-NXX.',
  areaCode: 'Area code',
  city: 'City',
  state: 'State',
  zip: 'ZIP code',
  npaNxx: 'NPA-NXX',
  quantity: 'Quantity',
  search: 'Search',
  searching: 'Searching…',
  problem: {
    areaCode: 'Enter 3 digits, for example 503.',
    state: 'Enter the 2-letter state code, for example OR.',
    cityNeedsState: 'Add the state to search by city.',
    zip: 'Enter a 5-digit ZIP code.',
    npaNxx: 'Enter 6 digits: area code and exchange, for example 503555.',
    quantity: 'Enter a number from 1 to 100.',
    nothingToSearch: 'Fill in at least one of area code, state, ZIP code or NPA-NXX.',
  },
  resultsLabel: 'Available numbers',
  resultsCount: { one: '{count} number found', other: '{count} numbers found' },
  selectAll: 'Select all',
  selectedCount: { '=0': 'None selected', one: '{count} selected', other: '{count} selected' },
  location: '{city}, {state}',
  rateCenter: 'Rate center {rateCenter}',
  nothingFound: 'No numbers match this search',
  nothingFoundHint: 'Try a wider search: a nearby area code, the state alone, or fewer digits.',
  widen: 'Search wider',
  searchFailed: 'The search didn’t go through. {reason}',
  reviewOrder: 'Review order',
  reviewTitle: 'Review your order',
  reviewCount: {
    one: 'You’re ordering {count} number:',
    other: 'You’re ordering {count} numbers:',
  },
  partialAllowed: 'Accept a partial order',
  partialAllowedHint:
    'If some numbers are no longer available, order the rest. Otherwise the whole order fails.',
  routingLabel: 'Send inbound calls to',
  routingNone: 'Decide later',
  routingLoading: 'Loading destinations…',
  routingHint: 'Applied to the numbers that arrive.',
  back: 'Back',
  placeOrder: 'Place order',
  placing: 'Placing order…',
  orderFailed: 'The order wasn’t placed. {reason}',
  limitReached:
    'Your account can hold {limit} phone numbers and already has {held}. Release numbers you no longer need, or order fewer.',
  conflict: 'Some of these numbers were just taken or are already yours. Search again.',
  following: 'Your order is on its way',
  followingHint:
    'Carriers usually confirm within a minute, sometimes longer. You can leave — we’ll keep checking.',
  checks: {
    '=0': 'Waiting for the carrier…',
    one: 'Checked {count} time',
    other: 'Checked {count} times',
  },
  checkFailed: 'The last check didn’t go through; we’ll try again.',
  elapsed: 'Started {time}',
  keepSearching: 'Order more numbers',
  inBackground: { one: '{count} order in progress', other: '{count} orders in progress' },
  viewOrder: 'View order',
  complete: 'Your numbers are ready',
  partial: 'Some numbers arrived',
  failed: 'The order failed',
  arrived: 'Ready',
  notArrived: 'Not available',
  routedTo: 'Inbound calls go to {target}.',
  routingFailed:
    'These numbers couldn’t be routed to {target}: {numbers}. Set their routing in your numbers list.',
  retry: 'Try again',
  done: 'Done',
  kind: {
    user: 'Users',
    ring_group: 'Ring groups',
    dial_plan: 'Dial plans',
    voice_app: 'Voice apps',
    shared_voicemail_box: 'Shared voicemail',
  },
};

export type PhoneNumberOrderingMessages = typeof en;

export const orderingPack = createElementPack('phoneNumberOrdering', en, {
  es: () => import('./phone-number-ordering.messages.es').then((m) => m.es),
  fr: () => import('./phone-number-ordering.messages.fr').then((m) => m.fr),
});
