/**
 * The rows of D3.2 §1.4's cross-practice comparison table (seed document 000) and the seed
 * practice each row describes. The seed's tests and its check against the documents both use it.
 */
export const CATALOGUE_ID = 'es-p02-catalogo-especialidades-formativas';

/** The row labels of D3.2 §1.4 and the seed practice each row describes. */
export const COMPARISON_ROWS: Record<string, string> = {
  'FPCAT-UPC Micro-credentials in Electromobility (Spain)': 'es-p01-fpcat-upc-electromobility-mcs',
  'Spanish National Catalogue of Training Specialties': CATALOGUE_ID,
  'DGUV-aligned HV Safety Certifications (Spain)': 'es-p03-dguv-hv-safety-certifications',
  'OEM-led EV/ADAS Training (Spain)': 'es-p04-oem-ev-adas-upskilling',
  'SFS 6002 Electrical Safety Training (Finland)': 'fi-p05-sfs6002-electrical-safety-training',
  'Live Working / HV Battery Repair Certification (Finland)': 'fi-p06-live-work-hv-battery-repair',
  'Optional VET Unit: HV Vehicle Maintenance (Finland)': 'fi-p07-optional-vet-unit-hv-vehicle-maintenance',
  'UFCD 10862 – Diagnosis & Repair in HEV/EV (Portugal)': 'pt-p09-ufcd-10862-diagnosis-repair-hev-ev',
  'Specialist Technician in Automotive Mechatronics (Portugal)': 'pt-p10-cet-525ra019-specialist-technician-mechatronics-ev',
  'Private EV/HV Safety Certifications (Portugal)': 'pt-p11-private-ev-hv-safety-certifications',
  'Credential As You Go – CAYG (USA)': 'int-us-p13-credential-as-you-go',
  'MicroCreds (Ireland)': 'int-ie-p14-microcreds',
  'Automotive Skills Alliance – Skills Hub (EU)': 'int-eu-p15-asa-skills-hub-digital-badge',
  'University of Pisa & Vitesco (Italy)': 'int-it-p16-pisa-vitesco',
  '4EU+ MICI Alliance': 'int-eu-p17-4eu-plus-mici',
  'EBSI-VECTOR Infrastructure': 'int-eu-p18-ebsi-vector',
  'NZQA Micro-credentials (NZ)': 'int-nz-p19-nzqa-micro-credentials',
  'Canadian EV Technician MC Pathways': 'int-ca-p20-canadian-ev-technician-mc-pathways',
};

