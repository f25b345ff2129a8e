/**
 * Which account-session components may call which operation (by the contract's operationId).
 * This table is also the list of operations the mock implements: `extract-schemas.ts` keeps
 * exactly these operations in `contract-schemas.json`, and the route table is checked against it.
 */

export const SESSION_COMPONENTS = [
  'call_logs',
  'call_history',
  'voicemails',
  'phone_numbers',
  'phone_number_ordering',
  'account_onboarding',
  'dial_plan_viewer',
] as const;

export type SessionComponent = (typeof SESSION_COMPONENTS)[number];

/**
 * - an array: a session token whose `components` include one of these may call it;
 * - `'any_session'`: any valid session token;
 * - `'secret_key'`: only a platform secret key (`sk_test_…`) may call it.
 */
export type OperationScope = readonly SessionComponent[] | 'any_session' | 'secret_key';

const CALLS = ['call_logs', 'call_history'] as const;
const DIRECTORY = [
  'call_logs',
  'call_history',
  'voicemails',
  'phone_numbers',
  'account_onboarding',
  'dial_plan_viewer',
] as const;
const ROUTING_TARGETS = ['dial_plan_viewer', 'phone_numbers', 'account_onboarding'] as const;
const NUMBERS_READ = [
  'phone_numbers',
  'phone_number_ordering',
  'account_onboarding',
  'dial_plan_viewer',
] as const;
const ORDERS_READ = ['phone_numbers', 'phone_number_ordering', 'account_onboarding'] as const;
const ORDERING = ['phone_number_ordering', 'account_onboarding'] as const;

export const OPERATION_SCOPES = {
  createAccountSession: 'secret_key',
  streamEvents: 'any_session',

  listCallLogs: CALLS,
  getCallLog: CALLS,
  getCallTranscript: CALLS,
  getCallRecording: CALLS,
  createCall: ['call_logs', 'call_history', 'voicemails'],

  listVoicemails: ['voicemails'],
  getVoicemail: ['voicemails'],
  updateVoicemail: ['voicemails'],
  deleteVoicemail: ['voicemails'],
  getVoicemailTranscript: ['voicemails'],

  listUsers: DIRECTORY,
  getUser: DIRECTORY,
  listExtensions: DIRECTORY,
  getExtension: DIRECTORY,
  listSharedVoicemailBoxes: ['voicemails', ...ROUTING_TARGETS],
  getSharedVoicemailBox: ['voicemails', ...ROUTING_TARGETS],

  listPhoneNumbers: NUMBERS_READ,
  getPhoneNumber: NUMBERS_READ,
  updatePhoneNumber: ['phone_numbers', 'account_onboarding'],
  updatePhoneNumberRouting: ['phone_numbers', 'account_onboarding'],
  disconnectPhoneNumber: ['phone_numbers'],

  searchAvailablePhoneNumbers: ORDERING,
  createNumberOrder: ORDERING,
  listNumberOrders: ORDERS_READ,
  getNumberOrder: ORDERS_READ,

  checkPortInEligibility: ORDERING,
  createPortOrder: ORDERING,
  approvePortOrder: ORDERING,
  submitPortOrder: ORDERING,
  cancelPortOrder: ORDERING,
  listPortOrders: ORDERS_READ,
  getPortOrder: ORDERS_READ,
  listPortOrderEvents: ORDERS_READ,
  uploadPortOrderBillCopy: ORDERING,
  uploadPortOrderCSR: ORDERING,

  listDialPlans: ROUTING_TARGETS,
  getDialPlan: ROUTING_TARGETS,
  createDialPlan: ['dial_plan_viewer'],
  updateDialPlan: ['dial_plan_viewer'],
  deleteDialPlan: ['dial_plan_viewer'],

  listSchedules: ROUTING_TARGETS,
  getSchedule: ROUTING_TARGETS,
  listRingGroups: ROUTING_TARGETS,
  getRingGroup: ROUTING_TARGETS,
  listAudioClips: ROUTING_TARGETS,
  getAudioClip: ROUTING_TARGETS,
  listVoiceApps: ROUTING_TARGETS,
  getVoiceApp: ROUTING_TARGETS,

  listLocations: ['phone_numbers', 'account_onboarding'],
  getLocation: ['phone_numbers', 'account_onboarding'],
  createLocation: ['account_onboarding'],
  updateLocation: ['account_onboarding'],
  validateLocationE911: ['account_onboarding'],
  provisionLocationE911: ['account_onboarding'],
  createUser: ['account_onboarding'],
  updateUser: ['account_onboarding'],
  deleteUser: ['account_onboarding'],
  createExtension: ['account_onboarding'],
  deleteExtension: ['account_onboarding'],
  listCatalog: ['account_onboarding'],
  createHardwareOrder: ['account_onboarding'],
  listHardwareOrders: ['account_onboarding'],
  getHardwareOrder: ['account_onboarding'],
  updateHardwareOrder: ['account_onboarding'],
  listDevices: ['account_onboarding'],
  getDevice: ['account_onboarding'],
  listDeviceUsers: ['account_onboarding'],
  assignUserToDevice: ['account_onboarding'],
  removeUserFromDevice: ['account_onboarding'],
  getAccount: ['account_onboarding'],
  updateAccount: ['account_onboarding'],
} as const satisfies Record<string, OperationScope>;

export type OperationId = keyof typeof OPERATION_SCOPES;

export const IMPLEMENTED_OPERATIONS = Object.keys(OPERATION_SCOPES) as OperationId[];

/** Whether a session holding `components` may call `operationId`. */
export function sessionMayCall(operationId: OperationId, components: readonly string[]): boolean {
  const scope: OperationScope = OPERATION_SCOPES[operationId];
  if (scope === 'any_session') return true;
  if (scope === 'secret_key') return false;
  return scope.some((component) => components.includes(component));
}
