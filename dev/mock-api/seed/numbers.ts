/** The clinic's phone numbers, number orders, and port orders (with their event trails). */
import { DAY, HOUR, MINUTE, iso, isoDate } from '../time';
import type { NumberOrder, PhoneNumber, PortOrder, PortOrderEvent } from '../types';
import { CLINIC_NUMBERS } from './clinic';
import type { SeedContext } from './context';

interface NumberPlan {
  status: PhoneNumber['status'];
  callerIdName: string | null;
  listing: PhoneNumber['directory_listing_type'];
  daysAgo: number;
}

/** Seed order matches CLINIC_NUMBERS; 8 active, 2 inactive, 2 released. */
const PLANS: readonly NumberPlan[] = [
  { status: 'active', callerIdName: 'RIVERSIDE CLIN', listing: 'listed', daysAgo: 410 }, // main line
  { status: 'active', callerIdName: 'RIVERSIDE BILL', listing: 'non_listed', daysAgo: 405 }, // billing
  { status: 'inactive', callerIdName: null, listing: 'non_registered', daysAgo: 405 }, // old fax
  { status: 'active', callerIdName: 'RIVERSIDE CLIN', listing: 'non_published', daysAgo: 400 }, // Dr. Chen
  { status: 'active', callerIdName: 'RIVERSIDE CLIN', listing: 'non_published', daysAgo: 390 }, // Dr. Webb
  { status: 'active', callerIdName: 'RIVERSIDE CLIN', listing: 'non_published', daysAgo: 380 }, // Dr. Patel
  { status: 'active', callerIdName: 'RIVERSIDE NURS', listing: 'non_registered', daysAgo: 300 }, // nurse line
  { status: 'active', callerIdName: null, listing: 'non_registered', daysAgo: 200 }, // after hours
  { status: 'active', callerIdName: 'RIVERSIDE PEDS', listing: 'listed', daysAgo: 20 }, // pediatrics annex
  { status: 'inactive', callerIdName: null, listing: 'non_registered', daysAgo: 150 }, // old campaign line
  { status: 'released', callerIdName: null, listing: 'non_registered', daysAgo: 390 },
  { status: 'released', callerIdName: null, listing: 'non_registered', daysAgo: 360 },
];

export function seedPhoneNumbers(
  { now, ids }: SeedContext,
  listingLocationId: string,
): PhoneNumber[] {
  return CLINIC_NUMBERS.map((number, i) => {
    const plan = PLANS[i]!;
    const listed = plan.listing !== 'non_registered';
    return {
      id: ids.next('did'),
      phone_number: number,
      status: plan.status,
      outbound_enabled: plan.status === 'active',
      caller_id_name: plan.callerIdName,
      directory_listing_name: listed ? 'Riverside Family Clinic' : null,
      directory_listing_type: plan.listing,
      directory_listing_location_id: listed ? listingLocationId : null,
      routing_target: null,
      created_at: iso(now - plan.daysAgo * DAY),
      updated_at: iso(now - Math.min(plan.daysAgo, 9) * DAY),
    };
  });
}

export function seedNumberOrders({ now, ids }: SeedContext): NumberOrder[] {
  const order = (
    order_type: NumberOrder['order_type'],
    status: NumberOrder['status'],
    phone_numbers: string[],
    completed_numbers: string[],
    failed_numbers: string[],
    error_message: string | null,
    ageMs: number,
  ): NumberOrder => ({
    id: ids.next('nord'),
    order_type,
    status,
    phone_numbers,
    completed_numbers,
    failed_numbers,
    error_message,
    created_at: iso(now - ageMs),
    updated_at: iso(now - ageMs + (status === 'pending' ? 0 : 2 * MINUTE)),
  });
  return [
    // Pending forever in the seed (a provider delay), so tests can rely on it.
    order('purchase', 'pending', ['+15035550112', '+15035550113'], [], [], null, 25 * MINUTE),
    order('disconnect', 'pending', [CLINIC_NUMBERS[9]!], [], [], null, 3 * HOUR),
    order('purchase', 'complete', [CLINIC_NUMBERS[8]!], [CLINIC_NUMBERS[8]!], [], null, 20 * DAY),
    order(
      'purchase',
      'partial',
      [CLINIC_NUMBERS[7]!, '+19715550191'],
      [CLINIC_NUMBERS[7]!],
      ['+19715550191'],
      '+19715550191 was reserved by another customer before the order completed',
      200 * DAY,
    ),
    order(
      'purchase',
      'failed',
      ['+13605550199'],
      [],
      ['+13605550199'],
      'Number is no longer available',
      50 * DAY,
    ),
    order(
      'disconnect',
      'complete',
      [CLINIC_NUMBERS[10]!],
      [CLINIC_NUMBERS[10]!],
      [],
      null,
      70 * DAY,
    ),
    order(
      'disconnect',
      'complete',
      [CLINIC_NUMBERS[11]!],
      [CLINIC_NUMBERS[11]!],
      [],
      null,
      65 * DAY,
    ),
  ];
}

export interface SeededPortOrders {
  portOrders: PortOrder[];
  portOrderEvents: PortOrderEvent[];
}

type PortStatus = PortOrder['status'];

const TRAILS: Record<PortStatus, PortStatus[]> = {
  draft: ['draft'],
  approved: ['draft', 'approved'],
  submitted: ['draft', 'approved', 'submitted'],
  exception: ['draft', 'approved', 'submitted', 'exception'],
  foc: ['draft', 'approved', 'submitted', 'foc'],
  complete: ['draft', 'approved', 'submitted', 'foc', 'complete'],
  cancelled: ['draft', 'approved', 'cancelled'],
};

export function seedPortOrders({ now, ids }: SeedContext): SeededPortOrders {
  const statuses: PortStatus[] = [
    'draft',
    'approved',
    'submitted',
    'exception',
    'foc',
    'complete',
    'cancelled',
  ];
  const portOrders: PortOrder[] = [];
  const portOrderEvents: PortOrderEvent[] = [];
  statuses.forEach((status, i) => {
    const id = ids.next('por');
    const created = now - (3 + i * 6) * DAY;
    const trail = TRAILS[status];
    const stepMs = DAY;
    const approvedAt = trail.includes('approved') ? created + stepMs : null;
    const submittedAt = trail.includes('submitted') ? created + 2 * stepMs : null;
    const numbers = [`+1541555${String(120 + i * 2).padStart(4, '0')}`];
    if (i % 2 === 0) numbers.push(`+1541555${String(121 + i * 2).padStart(4, '0')}`);
    portOrders.push({
      id,
      status,
      details: {
        phone_numbers: numbers,
        subscriber: {
          btn: numbers[0]!,
          business_name: 'Riverside Family Clinic — Bend Satellite',
          approver_name: 'Dr. Sarah Chen',
          account_number: status === 'exception' ? '0042-1187' : '0042-1178',
          pin: null,
          address: {
            house_number: '845',
            street_name: 'NW Wall St',
            line2: null,
            city: 'Bend',
            state: 'OR',
            zip: '97703',
          },
        },
        requested_foc_date: isoDate(created + 14 * DAY),
        requested_foc_time: null,
        actual_foc_date: status === 'foc' || status === 'complete' ? iso(created + 10 * DAY) : null,
        losing_carrier:
          status === 'draft'
            ? null
            : { name: 'Cascade Telecom', spid: '5432', port_type: 'AUTOMATED' },
        approval: approvedAt
          ? { signature: 'Sarah Chen', ip: '203.0.113.24', timestamp: iso(approvedAt) }
          : null,
        rejection:
          status === 'exception'
            ? {
                code: 'account_number_invalid',
                message: 'The account number does not match the losing carrier’s records.',
              }
            : null,
        loa: submittedAt ? { content_type: 'application/pdf', file_size: 48213 } : null,
        csr: null,
        bill_copy: i === 2 ? { content_type: 'application/pdf', file_size: 182044 } : null,
      },
      submitted_at: submittedAt ? iso(submittedAt) : null,
      created_at: iso(created),
      updated_at: iso(created + (trail.length - 1) * stepMs),
    });
    trail.forEach((newStatus, step) => {
      portOrderEvents.push({
        id: ids.next('poe'),
        port_order_id: id,
        old_status: step === 0 ? null : trail[step - 1]!,
        new_status: newStatus,
        bandwidth_status:
          newStatus === 'submitted' ? 'SUBMITTED' : newStatus === 'foc' ? 'FOC' : null,
        message:
          newStatus === 'exception'
            ? 'Losing carrier rejected the port: account number invalid'
            : null,
        reason_code: newStatus === 'exception' ? '7511' : null,
        created_at: iso(created + step * stepMs),
      });
    });
  });
  return { portOrders, portOrderEvents };
}
