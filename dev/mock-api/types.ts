/** Record types of the mock store, taken from the generated contract types so the seed can't drift. */
import type { components } from '../../src/api/schema';

type Schemas = components['schemas'];

export type Account = Schemas['Account'];
export type User = Schemas['User'];
export type Extension = Schemas['Extension'];
export type SharedVoicemailBox = Schemas['SharedVoicemailBox'];
export type CallLog = Schemas['CallLog'];
export type QualityMetricLeg = Schemas['QualityMetricLeg'];
export type Transcript = Schemas['Transcript'];
export type Recording = Schemas['Recording'];
export type Voicemail = Schemas['Voicemail'];
export type VoicemailTranscript = Schemas['VoicemailTranscript'];
export type PhoneNumber = Schemas['PhoneNumber'];
export type AvailablePhoneNumber = Schemas['AvailablePhoneNumber'];
export type NumberOrder = Schemas['NumberOrder'];
export type PortOrder = Schemas['PortOrder'];
export type PortOrderEvent = Schemas['PortOrderEvent'];
export type PortableNumber = Schemas['PortableNumber'];
export type NonPortableNumber = Schemas['NonPortableNumber'];
export type Location = Schemas['Location'];
export type Schedule = Schemas['Schedule'];
export type RingGroup = Schemas['RingGroup'];
export type AudioClip = Schemas['AudioClip'];
export type VoiceApp = Schemas['VoiceApp'];
export type DialPlan = Schemas['DialPlan'];
export type DialPlanNode = Schemas['DialPlanNode'];
export type HardwareCatalogItem = Schemas['HardwareCatalogItem'];
export type ErrorBody = Schemas['Error'];
export type CreateSessionResponse = Schemas['CreateSessionResponse'];

export type CallStatus = CallLog['status'];
export type CallDirection = CallLog['direction'];
export type TranscriptStatus = Transcript['status'];

/** Transcription state kept beside a call or voicemail (the contract serves it separately). */
export interface TranscriptState {
  status: TranscriptStatus;
  text: string | null;
}

/** A call recording's stored metadata; the signed download URL is minted per request. */
export interface RecordingMeta {
  duration_seconds: number;
  file_size_bytes: number;
}

/** A device a user's calls ring on (the contract's `endpoint_id`). */
export interface Endpoint {
  id: string;
  user_id: string;
  name: string;
}

/** A call in progress (simulated); it becomes a CallLog when it ends. */
export interface ActiveCall {
  id: string;
  direction: 'inbound' | 'outbound';
  from_number: string;
  from_name: string | null;
  to_number: string;
  user_id: string | null;
  endpoint_id: string | null;
  did_id: string | null;
  started_at: string;
  answered_at: string | null;
}

/** Everything the mock serves. Stored records never hold absolute URLs (added per request). */
export interface StoreData {
  account: Account;
  users: User[];
  endpoints: Endpoint[];
  extensions: Extension[];
  sharedVoicemailBoxes: SharedVoicemailBox[];
  calls: CallLog[];
  callRecordings: Map<string, RecordingMeta>;
  callTranscripts: Map<string, TranscriptState>;
  voicemails: Voicemail[];
  voicemailTranscripts: Map<string, TranscriptState>;
  phoneNumbers: PhoneNumber[];
  numberOrders: NumberOrder[];
  /** Order id -> epoch ms at which a pending order completes when next read. */
  numberOrderCompletion: Map<string, number>;
  /** Ids of purchase orders placed with `partial_allowed: true`. */
  numberOrderPartialAllowed: Set<string>;
  portOrders: PortOrder[];
  portOrderEvents: PortOrderEvent[];
  locations: Location[];
  schedules: Schedule[];
  ringGroups: RingGroup[];
  audioClips: AudioClip[];
  voiceApps: VoiceApp[];
  dialPlans: DialPlan[];
  catalog: HardwareCatalogItem[];
}
