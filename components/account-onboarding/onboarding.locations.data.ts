/**
 * The location form: its values, how each field is checked as the person types, and how a
 * server error's `details` lands on a field. No element code here.
 */
import type { AddressCountry, AddressInput, Location } from '../../src/api/locations';

export interface LocationForm {
  name: string;
  addressNumber: string;
  street: string;
  unit: string;
  city: string;
  state: string;
  postalCode: string;
  country: AddressCountry;
}

export type LocationField = keyof LocationForm;

/** A problem's message key under `locations.problem` (postal codes by country). */
export type LocationProblem =
  'required' | 'tooLong' | 'addressNumber' | 'state' | `postalCode.${AddressCountry}`;

export const COUNTRIES: readonly AddressCountry[] = ['US', 'CA', 'MX'];

export const EMPTY_LOCATION: LocationForm = {
  name: '',
  addressNumber: '',
  street: '',
  unit: '',
  city: '',
  state: '',
  postalCode: '',
  country: 'US',
};

const POSTAL: Record<AddressCountry, RegExp> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
  MX: /^\d{5}$/,
};

const MAX = 255;

/** Every field's problem, or none. `name` falls back to the business name when empty. */
export function checkLocation(form: LocationForm): Partial<Record<LocationField, LocationProblem>> {
  const problems: Partial<Record<LocationField, LocationProblem>> = {};
  const required: LocationField[] = ['name', 'street', 'city', 'state', 'postalCode'];
  for (const field of required) if (!form[field].trim()) problems[field] = 'required';
  for (const field of ['name', 'addressNumber', 'street', 'unit', 'city'] as const)
    if (form[field].length > MAX) problems[field] = 'tooLong';
  if (form.addressNumber.trim() && !/^[0-9A-Za-z-]{1,12}$/.test(form.addressNumber.trim()))
    problems.addressNumber = 'addressNumber';
  if (form.state.trim() && !/^[A-Za-z]{2,3}$/.test(form.state.trim())) problems.state = 'state';
  if (form.postalCode.trim() && !POSTAL[form.country].test(form.postalCode.trim()))
    problems.postalCode = `postalCode.${form.country}`;
  return problems;
}

/** The request body's address. */
export function toAddressInput(form: LocationForm): AddressInput {
  const trim = (value: string) => value.trim();
  return {
    ...(trim(form.addressNumber) ? { address_number: trim(form.addressNumber) } : {}),
    street: trim(form.street),
    ...(trim(form.unit) ? { unit: trim(form.unit) } : {}),
    city: trim(form.city),
    state: trim(form.state).toUpperCase(),
    postal_code: trim(form.postalCode).toUpperCase(),
    country: form.country,
  };
}

/** The form for editing an existing location. */
export function formOf(location: Location): LocationForm {
  const a = location.address;
  const country = COUNTRIES.includes(a.country as AddressCountry)
    ? (a.country as AddressCountry)
    : 'US';
  return {
    name: location.name,
    addressNumber: a.address_number ?? '',
    street: a.street ?? '',
    unit: a.unit ?? '',
    city: a.city,
    state: a.state,
    postalCode: a.postal_code,
    country,
  };
}

const DETAIL_FIELDS: Record<string, LocationField> = {
  name: 'name',
  address_number: 'addressNumber',
  street: 'street',
  unit: 'unit',
  city: 'city',
  state: 'state',
  postal_code: 'postalCode',
  country: 'country',
};

/**
 * A server error's `details` (`{ "address.postal_code": "…" }`, `{ postal_code: "…" }`…) as
 * messages on the form's fields; what names no field is left out.
 */
export function fieldErrors(
  details: Record<string, unknown> | undefined,
): Partial<Record<LocationField, string>> {
  const out: Partial<Record<LocationField, string>> = {};
  for (const [key, value] of Object.entries(details ?? {})) {
    const field = DETAIL_FIELDS[key.replace(/^(body\.)?(address\.)?/, '')];
    if (field && typeof value === 'string') out[field] = value;
  }
  return out;
}
