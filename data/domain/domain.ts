/**
 * The vocabulary of the mapping (the AutoCredify WP3 mapping: D3.2, D3.3). Enumerations live here once;
 * the store, the API contract, the seed and the UI all read them from this module.
 */

export const DIMENSION_IDS = [
  'governance',
  'pedagogy',
  'assessment',
  'quality_assurance',
  'financial_sustainability',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** The dimensions' names as a new store has them; a team may rename them (the store's names then win). */
export const DIMENSION_NAMES: Record<DimensionId, string> = {
  governance: 'Governance',
  pedagogy: 'Pedagogy',
  assessment: 'Assessment',
  quality_assurance: 'Quality assurance',
  financial_sustainability: 'Financial sustainability',
};

/** Gap = target - score; 3 is "ready to become a micro-credential". Settable per dimension. */
export const DEFAULT_DIMENSION_TARGET = 3;

export const SCORE_LEVELS = [0, 1, 2, 3, 4] as const;
export type ScoreValue = (typeof SCORE_LEVELS)[number];

/** The project's pilot countries: each is a country group of its own; every other country is "International". */
export const PILOT_COUNTRIES = ['Spain', 'Finland', 'Portugal'] as const;
export const COUNTRY_GROUPS = [...PILOT_COUNTRIES, 'International'] as const;
export type CountryGroup = (typeof COUNTRY_GROUPS)[number];

export const SCOPES = ['national', 'regional', 'sectoral', 'international'] as const;
export type Scope = (typeof SCOPES)[number];

export const PRACTICE_TYPES = [
  'university_mc',
  'national_cvet_module',
  'vet_unit',
  'qualification_units',
  'industry_certification',
  'oem_training',
  'private_course',
  'framework',
  'digital_infrastructure',
] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];

export const PRACTICE_TYPE_LABELS: Record<PracticeType, string> = {
  university_mc: 'University micro-credential',
  national_cvet_module: 'National CVET module',
  vet_unit: 'VET unit',
  qualification_units: 'Qualification with extractable units',
  industry_certification: 'Industry or standards-based certification',
  oem_training: 'OEM training',
  private_course: 'Private provider course',
  framework: 'Framework or ecosystem',
  digital_infrastructure: 'Digital infrastructure',
};

export const TECHNOLOGY_DOMAINS = [
  'ev_safety',
  'hv_diagnostics',
  'battery_repair',
  'adas_calibration',
  'connected_vehicle',
  'air_conditioning',
  'general',
] as const;
export type TechnologyDomain = (typeof TECHNOLOGY_DOMAINS)[number];

export const TECHNOLOGY_DOMAIN_LABELS: Record<TechnologyDomain, string> = {
  ev_safety: 'EV safety and handling',
  hv_diagnostics: 'HV diagnostics',
  battery_repair: 'Battery repair',
  adas_calibration: 'ADAS calibration',
  connected_vehicle: 'Connected vehicle',
  air_conditioning: 'Air conditioning',
  general: 'General',
};

export const DELIVERY_MODES = ['in_person', 'hybrid', 'online'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  in_person: 'In person',
  hybrid: 'Hybrid',
  online: 'Online',
};

export const DIGITAL_ISSUANCE = ['none', 'pdf', 'digital_badge', 'edc'] as const;
export type DigitalIssuance = (typeof DIGITAL_ISSUANCE)[number];

export const DIGITAL_ISSUANCE_LABELS: Record<DigitalIssuance, string> = {
  none: 'None',
  pdf: 'PDF',
  digital_badge: 'Digital badge',
  edc: 'European Digital Credential',
};

export const SCOPE_LABELS: Record<Scope, string> = {
  national: 'National',
  regional: 'Regional',
  sectoral: 'Sectoral',
  international: 'International',
};

/** The rater of the seed dataset's scores (data/seed.ts). */
export const SEED_RATER_ID = 'seed-reading';

export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

function isPilotCountry(country: string): country is (typeof PILOT_COUNTRIES)[number] {
  return (PILOT_COUNTRIES as readonly string[]).includes(country);
}

/** The three pilot countries are their own groups; everything else is "International". */
export function countryGroupOf(country: string): CountryGroup {
  return isPilotCountry(country) ? country : 'International';
}

/** countryGroupOf in SQL, for a column holding the country (the store filters, sorts and groups on it). */
export function countryGroupSql(column: string): string {
  const quoted = PILOT_COUNTRIES.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
  return `CASE WHEN ${column} IN (${quoted}) THEN ${column} ELSE 'International' END`;
}
