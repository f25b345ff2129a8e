/**
 * The cast of the seed: Riverside Family Clinic in Portland, OR. Phone numbers use the 555-01xx
 * range reserved for fiction.
 */

export const ACCOUNT_NAME = 'Riverside Family Clinic';
export const CLINIC_DOMAIN = 'riversidefamilyclinic.example';
export const CLINIC_TIMEZONE = 'America/Los_Angeles';

export interface StaffMember {
  name: string;
  email: string;
  extension: string;
  role: 'doctor' | 'nurse' | 'front_desk' | 'billing';
  admin?: boolean;
  /** Index into CLINIC_NUMBERS of the outbound caller-ID number. */
  callerIdNumber: number;
}

export const STAFF: readonly StaffMember[] = [
  {
    name: 'Dr. Sarah Chen',
    email: `sarah.chen@${CLINIC_DOMAIN}`,
    extension: '101',
    role: 'doctor',
    admin: true,
    callerIdNumber: 3,
  },
  {
    name: 'Dr. Marcus Webb',
    email: `marcus.webb@${CLINIC_DOMAIN}`,
    extension: '102',
    role: 'doctor',
    callerIdNumber: 4,
  },
  {
    name: 'Dr. Priya Patel',
    email: `priya.patel@${CLINIC_DOMAIN}`,
    extension: '103',
    role: 'doctor',
    callerIdNumber: 5,
  },
  {
    name: 'Emily Brooks, RN',
    email: `emily.brooks@${CLINIC_DOMAIN}`,
    extension: '104',
    role: 'nurse',
    callerIdNumber: 6,
  },
  {
    name: 'Olivia Martinez',
    email: `olivia.martinez@${CLINIC_DOMAIN}`,
    extension: '110',
    role: 'front_desk',
    callerIdNumber: 0,
  },
  {
    name: 'James Okafor',
    email: `james.okafor@${CLINIC_DOMAIN}`,
    extension: '120',
    role: 'billing',
    callerIdNumber: 1,
  },
];

/** The clinic's 12 numbers (DIDs), in seed order. */
export const CLINIC_NUMBERS: readonly string[] = Array.from(
  { length: 12 },
  (_, i) => `+1503555${String(100 + i).padStart(4, '0')}`,
);

export interface Patient {
  name: string | null;
  number: string;
}

const FIRST = [
  'Maria',
  'David',
  'Aisha',
  'Robert',
  'Linda',
  'Kevin',
  'Grace',
  'Tomás',
  'Hannah',
  'Wei',
  'Fatima',
  'George',
  'Nora',
  'Samuel',
  'Chloe',
  'Ibrahim',
  'Ruth',
  'Daniel',
  'Mei',
  'Carlos',
  'Yuki',
  'Peter',
  'Amara',
  'Lucas',
  'Sofia',
  'Henry',
  'Leila',
  'Owen',
  'Beatriz',
  'Frank',
];
const LAST = [
  'Gonzalez',
  'Kim',
  'Rahman',
  'Johnson',
  'Nguyen',
  'Murphy',
  'Lee',
  'Álvarez',
  'Schmidt',
  'Zhang',
  'Haddad',
  'Brown',
  'Walsh',
  'Okoro',
  'Dubois',
  'Ali',
  'Cohen',
  'Park',
  'Lin',
  'Rivera',
  'Tanaka',
  'Novak',
  'Mensah',
  'Silva',
  'Rossi',
  'Clark',
  'Hosseini',
  'Evans',
  'Costa',
  'Weber',
];
const AREA_CODES = ['503', '971', '360'];

/**
 * 60 callers; every 7th has no caller-ID name. The first one, Maria Gonzalez, calls and is
 * called back often (see seed/calls.ts).
 */
export const PATIENTS: readonly Patient[] = Array.from({ length: 60 }, (_, i) => ({
  name:
    i % 7 === 6
      ? null
      : `${FIRST[i % FIRST.length]} ${LAST[(i * 7 + Math.floor(i / 30)) % LAST.length]}`,
  number: `+1${AREA_CODES[i % 3]}555${String(150 + Math.floor(i / 3)).padStart(4, '0')}`,
}));
