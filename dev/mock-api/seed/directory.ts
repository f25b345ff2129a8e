/** Account, locations, users and their devices, shared voicemail boxes. */
import { DAY, iso } from '../time';
import type { Account, Endpoint, Location, SharedVoicemailBox, User } from '../types';
import { ACCOUNT_NAME, CLINIC_DOMAIN, CLINIC_TIMEZONE, STAFF } from './clinic';
import type { SeedContext } from './context';

export function seedAccount({ now, ids }: SeedContext): Account {
  return {
    id: ids.next('acct'),
    name: ACCOUNT_NAME,
    email: `office@${CLINIC_DOMAIN}`,
    phone: '+15035550100',
    primary_contact_name: 'Dr. Sarah Chen',
    config: {
      region: 'US',
      extension_length: 3,
      transcription_enabled: true,
      recording_enabled: true,
      timezone: CLINIC_TIMEZONE,
      max_phone_numbers: 25,
      parking_timeout_seconds: 120,
    },
    default_outbound_did_id: null,
    provisioning_base_url: 'https://provisioning.dialstack.example/p/riverside',
    billing_address: {
      address_number: '1200',
      street: 'SE Riverside Dr',
      unit: 'Suite 300',
      city: 'Portland',
      state: 'OR',
      postal_code: '97214',
      country: 'US',
      formatted_address: '1200 SE Riverside Dr, Suite 300, Portland, OR 97214, US',
    },
    created_at: iso(now - 420 * DAY),
    updated_at: iso(now - 12 * DAY),
  };
}

export function seedLocations({ now, ids }: SeedContext): Location[] {
  return [
    {
      id: ids.next('loc'),
      name: 'Main Campus',
      address: {
        address_number: '1200',
        street: 'SE Riverside Dr',
        unit: 'Suite 300',
        city: 'Portland',
        state: 'OR',
        postal_code: '97214',
        country: 'US',
        latitude: 45.5122,
        longitude: -122.6587,
        formatted_address: '1200 SE Riverside Dr, Suite 300, Portland, OR 97214, US',
      },
      primary_did_id: null,
      status: 'active',
      e911_status: 'provisioned',
      created_at: iso(now - 410 * DAY),
      updated_at: iso(now - 60 * DAY),
    },
    {
      id: ids.next('loc'),
      name: 'Pediatrics Annex',
      address: {
        address_number: '415',
        street: 'NE Alder St',
        city: 'Portland',
        state: 'OR',
        postal_code: '97232',
        country: 'US',
        formatted_address: '415 NE Alder St, Portland, OR 97232, US',
      },
      primary_did_id: null,
      status: 'active',
      e911_status: 'pending',
      created_at: iso(now - 35 * DAY),
      updated_at: iso(now - 2 * DAY),
    },
    {
      id: ids.next('loc'),
      name: 'Former Hawthorne Office',
      address: {
        address_number: '3021',
        street: 'SE Hawthorne Blvd',
        city: 'Portland',
        state: 'OR',
        postal_code: '97214',
        country: 'US',
        formatted_address: '3021 SE Hawthorne Blvd, Portland, OR 97214, US',
      },
      primary_did_id: null,
      status: 'inactive',
      e911_status: 'none',
      created_at: iso(now - 400 * DAY),
      updated_at: iso(now - 90 * DAY),
    },
  ];
}

export interface SeededUsers {
  users: User[];
  endpoints: Endpoint[];
}

/** Users in STAFF order, each with a desk phone and (for clinicians) a softphone. */
export function seedUsers(
  { now, ids }: SeedContext,
  callerIdDidIds: readonly string[],
): SeededUsers {
  const users: User[] = [];
  const endpoints: Endpoint[] = [];
  STAFF.forEach((member, index) => {
    const id = ids.next('user');
    const created = now - (400 - index * 9) * DAY;
    users.push({
      id,
      name: member.name,
      email: member.email,
      account_role: member.admin ? 'account_admin' : null,
      outbound_caller_id_did_id: callerIdDidIds[member.callerIdNumber] ?? null,
      voicemail_pin: null,
      config: {
        voicemail_notifications: {
          enabled: member.role !== 'front_desk',
          attach_audio: true,
          include_summary: true,
          include_transcript: member.role === 'doctor',
          delete_after_email: false,
        },
      },
      created_at: iso(created),
      updated_at: iso(created + 30 * DAY),
    });
    endpoints.push({ id: ids.next('ep'), user_id: id, name: `${member.name} — desk phone` });
    if (member.role === 'doctor' || member.role === 'nurse') {
      endpoints.push({ id: ids.next('ep'), user_id: id, name: `${member.name} — softphone` });
    }
  });
  return { users, endpoints };
}

export function seedSharedVoicemailBoxes({ now, ids }: SeedContext): SharedVoicemailBox[] {
  const box = (name: string, email: string | null, daysAgo: number): SharedVoicemailBox => ({
    id: ids.next('svm'),
    name,
    email,
    pin: null,
    email_attach_audio: email !== null,
    email_include_summary: true,
    email_include_transcript: email !== null,
    delete_after_email: false,
    created_at: iso(now - daysAgo * DAY),
    updated_at: iso(now - Math.floor(daysAgo / 2) * DAY),
  });
  return [
    box('Front Desk', `frontdesk@${CLINIC_DOMAIN}`, 390),
    box('Billing', `billing@${CLINIC_DOMAIN}`, 380),
    box('After-Hours Line', null, 300),
  ];
}
