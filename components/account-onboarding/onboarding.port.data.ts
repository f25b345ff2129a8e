/**
 * The data side of porting numbers in: reading a pasted list of numbers, the form's shape and
 * its checks, documents checked before upload, and the resumable sequence — create the draft
 * order (or bring it up to date), upload its documents, approve, submit — which asks the API
 * where an existing order stands, so a retry or a reload continues it instead of creating
 * another.
 */
import {
  PORT_DOCUMENT_MAX_BYTES,
  PORT_DOCUMENT_TYPES,
  PORT_MAX_NUMBERS,
  approvePortOrder,
  createPortOrder,
  submitPortOrder,
  updatePortOrder,
  uploadPortOrderDocument,
  type CreatePortOrderRequest,
  type PortDocumentKind,
  type PortInEligibilityResult,
} from '../../src/api/port-orders';
import { getPortOrder, type PortOrder } from '../../src/api/phone-numbers';
import type { DialstackClient } from '../../src/core/types';
import { DialstackApiError } from '../../src/core/errors';
import type { CustomerIpSource } from './account-onboarding.step';

/** The shell's per-account draft store, and where the approver's IP address comes from. */
export type { DraftStore as OnboardingDrafts } from './account-onboarding.drafts';
export type { CustomerIpSource } from './account-onboarding.step';

export async function resolveCustomerIp(source: CustomerIpSource): Promise<string | undefined> {
  const value = typeof source === 'function' ? await source() : source;
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

// ---- Numbers as typed or pasted ----

type PhoneLibrary = typeof import('../../src/i18n/phone-library');
let phoneLibrary: PhoneLibrary | undefined;
/** The project's lazily loaded libphonenumber-js chunk (the same one phone formatting uses). */
export const loadPhoneLibrary = async (): Promise<PhoneLibrary> =>
  (phoneLibrary ??= await import('../../src/i18n/phone-library'));
/** The library once loaded (undefined before). */
export const loadedPhoneLibrary = (): PhoneLibrary | undefined => phoneLibrary;

export type NumberProblem = 'invalid' | 'tollFree' | 'duplicate' | 'notUs';

export interface EnteredNumber {
  /** As typed. */
  raw: string;
  /** E.164 when it reads as a US number. */
  e164?: string;
  problem?: NumberProblem;
}

const TOLL_FREE = /^\+18(00|33|44|55|66|77|88)\d{7}$/;

/** Splits typed or pasted text into entries: one per line, comma or semicolon. */
export const splitNumbers = (text: string): string[] =>
  text
    .split(/[\n,;\t]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Checks each entry: a valid US number, not toll-free, not listed twice. */
export function checkNumbers(text: string, lib: PhoneLibrary | undefined): EnteredNumber[] {
  const seen = new Set<string>();
  return splitNumbers(text).map((raw) => {
    let e164: string | undefined;
    if (lib) {
      const parsed = lib.parsePhoneNumberFromString(raw, 'US');
      if (!parsed || !parsed.isValid()) return { raw, problem: 'invalid' };
      e164 = parsed.number as string;
      if (parsed.country !== 'US') return { raw, e164, problem: 'notUs' };
    } else {
      // Until the library arrives: a NANP-shaped 10 or 11 digits pass provisionally.
      const digits = raw.replace(/\D/g, '');
      if (!/^1?[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return { raw, problem: 'invalid' };
      e164 = `+1${digits.slice(-10)}`;
    }
    if (TOLL_FREE.test(e164)) return { raw, e164, problem: 'tollFree' };
    if (seen.has(e164)) return { raw, e164, problem: 'duplicate' };
    seen.add(e164);
    return { raw, e164 };
  });
}

export const portableEntries = (entries: readonly EnteredNumber[]) =>
  entries.filter((e) => e.e164 && !e.problem).slice(0, PORT_MAX_NUMBERS);

// ---- Eligibility ----

export interface CarrierGroup {
  carrier: string;
  spid?: string;
  numbers: NonNullable<PortInEligibilityResult['portable_numbers']>;
}

/** Portable numbers grouped by the carrier they leave. */
export function groupByCarrier(result: PortInEligibilityResult, unknown: string): CarrierGroup[] {
  const groups = new Map<string, CarrierGroup>();
  for (const number of result.portable_numbers ?? []) {
    const carrier = number.losing_carrier_name || unknown;
    const key = `${carrier}|${number.losing_carrier_spid ?? ''}`;
    let group = groups.get(key);
    if (!group)
      groups.set(key, (group = { carrier, spid: number.losing_carrier_spid, numbers: [] }));
    group.numbers.push(number);
  }
  return [...groups.values()];
}

export const needsAccountNumber = (result: PortInEligibilityResult | undefined) =>
  (result?.portable_numbers ?? []).some((n) => n.account_number_required);

// ---- The form ----

export interface PortForm {
  btn: string;
  businessName: string;
  approverName: string;
  accountNumber: string;
  pin: string;
  houseNumber: string;
  streetName: string;
  line2: string;
  city: string;
  state: string;
  zip: string;
  date: string;
  signature: string;
}

export type PortField = keyof PortForm | 'numbers' | 'billCopy' | 'csr';

export const EMPTY_FORM: PortForm = {
  btn: '',
  businessName: '',
  approverName: '',
  accountNumber: '',
  pin: '',
  houseNumber: '',
  streetName: '',
  line2: '',
  city: '',
  state: '',
  zip: '',
  date: '',
  signature: '',
};

export type FormProblem =
  'required' | 'state' | 'zip' | 'btn' | 'accountNumber' | 'fileType' | 'fileSize';

/** Field problems before anything is sent (the date is checked on its own). */
export function formProblems(
  form: PortForm,
  accountNumberRequired: boolean,
  btnValid: (value: string) => boolean,
): Partial<Record<PortField, FormProblem>> {
  const problems: Partial<Record<PortField, FormProblem>> = {};
  const required: (keyof PortForm)[] = [
    'btn',
    'businessName',
    'approverName',
    'houseNumber',
    'streetName',
    'city',
    'state',
    'zip',
  ];
  for (const field of required) if (!form[field].trim()) problems[field] = 'required';
  if (form.btn.trim() && !btnValid(form.btn)) problems.btn = 'btn';
  if (form.state.trim() && !/^[A-Za-z]{2}$/.test(form.state.trim())) problems.state = 'state';
  if (form.zip.trim() && !/^\d{5}(-\d{4})?$/.test(form.zip.trim())) problems.zip = 'zip';
  if (accountNumberRequired && !form.accountNumber.trim()) problems.accountNumber = 'accountNumber';
  return problems;
}

/** Why a document can't be uploaded (type and size, before any request). */
export function documentProblem(file: File): FormProblem | undefined {
  const type = file.type || guessType(file.name);
  if (!(PORT_DOCUMENT_TYPES as readonly string[]).includes(type)) return 'fileType';
  if (file.size > PORT_DOCUMENT_MAX_BYTES) return 'fileSize';
  return undefined;
}

function guessType(name: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return (
    {
      pdf: 'application/pdf',
      png: 'image/png',
      jpg: 'image/jpeg',
      jpeg: 'image/jpeg',
      tif: 'image/tiff',
      tiff: 'image/tiff',
    }[ext ?? ''] ?? ''
  );
}

/** The create body from the form (the BTN already in E.164). */
export function orderBody(form: PortForm, numbers: string[], btn: string): CreatePortOrderRequest {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  return {
    phone_numbers: numbers,
    subscriber: {
      btn,
      business_name: form.businessName.trim(),
      approver_name: form.approverName.trim(),
      account_number: optional(form.accountNumber),
      pin: optional(form.pin),
      address: {
        house_number: form.houseNumber.trim(),
        street_name: form.streetName.trim(),
        line2: optional(form.line2),
        city: form.city.trim(),
        state: form.state.trim().toUpperCase(),
        zip: form.zip.trim(),
      },
    },
    requested_foc_date: form.date,
  };
}

// ---- The draft and the sequence ----

export const PORT_DRAFT_KEY = 'numbers.port';

/** What the port flow keeps in the onboarding drafts (files can't be kept: only their names). */
export interface PortDraft {
  text: string;
  form: PortForm;
  eligibility?: PortInEligibilityResult;
  /** The order created for this draft, and the body it was last sent. */
  orderId?: string;
  sentBody?: string;
  /** Names of documents already uploaded to that order. */
  uploaded?: Partial<Record<PortDocumentKind, string>>;
}

export type PortStage = 'create' | 'update' | 'bill-copy' | 'csr' | 'approve' | 'submit';

export interface SequenceInput {
  client: DialstackClient;
  draft: PortDraft;
  body: CreatePortOrderRequest;
  files: Partial<Record<PortDocumentKind, File>>;
  signature: string;
  ip: string;
  /** Called after each step that changed the draft (persist it). */
  save: (draft: PortDraft) => void;
  /** Called as each stage starts (for progress). */
  onStage?: (stage: PortStage) => void;
}

/** A failure of one stage: the stage and the API error. */
export class PortStageError extends Error {
  constructor(
    readonly stage: PortStage,
    readonly error: unknown,
  ) {
    super(error instanceof Error ? error.message : String(error));
    this.name = 'PortStageError';
  }
}

async function stage<T>(name: PortStage, input: SequenceInput, run: () => Promise<T>): Promise<T> {
  input.onStage?.(name);
  try {
    return await run();
  } catch (error) {
    throw new PortStageError(name, error);
  }
}

/**
 * Runs (or resumes) create → upload → approve → submit. With an order id in the draft it first
 * reads the order: a draft is updated when the form changed, documents the order already has are
 * not sent again, an approved order is only submitted, a submitted one is left alone. Never
 * creates a second order for the same draft (unless the first one is gone: 404, or cancelled).
 */
export async function runPortSequence(input: SequenceInput): Promise<PortOrder> {
  const { client, body, files } = input;
  let draft = input.draft;
  const save = (next: PortDraft) => {
    draft = next;
    input.save(next);
  };
  const bodyText = JSON.stringify(body);
  let order: PortOrder | undefined;
  if (draft.orderId) {
    try {
      order = await getPortOrder(client, draft.orderId, { cache: 'no-store' });
    } catch (error) {
      if (!(error instanceof DialstackApiError && error.status === 404)) throw error;
    }
    if (order?.status === 'cancelled') order = undefined;
    if (!order) save({ ...draft, orderId: undefined, sentBody: undefined, uploaded: undefined });
  }
  if (!order) {
    order = await stage('create', input, () => createPortOrder(client, body));
    save({ ...draft, orderId: order.id, sentBody: bodyText, uploaded: {} });
  } else if (
    draft.sentBody !== bodyText &&
    (order.status === 'draft' || order.status === 'approved')
  ) {
    const id = order.id;
    order = await stage('update', input, () =>
      updatePortOrder(client, id, { ...body, resubmit: false }),
    );
    save({ ...draft, sentBody: bodyText });
  }
  const id = order.id;
  if (order.status === 'draft' || order.status === 'approved') {
    for (const kind of ['bill-copy', 'csr'] as const) {
      const file = files[kind];
      const has = kind === 'bill-copy' ? order.details.bill_copy : order.details.csr;
      if (!file || (has && draft.uploaded?.[kind] === file.name)) continue;
      await stage(kind, input, () => uploadPortOrderDocument(client, id, kind, file));
      save({ ...draft, uploaded: { ...draft.uploaded, [kind]: file.name } });
    }
  }
  if (order.status === 'draft')
    order = await stage('approve', input, () =>
      approvePortOrder(client, id, { signature: input.signature, ip: input.ip }),
    );
  if (order.status === 'approved')
    order = await stage('submit', input, () => submitPortOrder(client, id));
  return order;
}

/** Maps an API error's `details` keys (`subscriber.address.zip`, `phone_numbers[2]`…) to fields. */
export function fieldOfDetail(key: string): PortField | undefined {
  const map: Record<string, PortField> = {
    'subscriber.btn': 'btn',
    'subscriber.business_name': 'businessName',
    'subscriber.approver_name': 'approverName',
    'subscriber.account_number': 'accountNumber',
    'subscriber.pin': 'pin',
    'subscriber.address.house_number': 'houseNumber',
    'subscriber.address.street_name': 'streetName',
    'subscriber.address.line2': 'line2',
    'subscriber.address.city': 'city',
    'subscriber.address.state': 'state',
    'subscriber.address.zip': 'zip',
    requested_foc_date: 'date',
    signature: 'signature',
  };
  if (map[key]) return map[key];
  if (key.startsWith('phone_numbers')) return 'numbers';
  return undefined;
}
