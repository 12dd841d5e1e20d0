/**
 * The words researchers write in cells for the app's fixed lists, in English, Spanish, Portuguese
 * and Finnish. The ids and the English labels of data/domain.ts are always accepted as well
 * (cells.ts adds them). Only translations that are obvious: an unknown value is reported, never guessed.
 */
import type { DeliveryMode, DigitalIssuance, PracticeType, Scope, TechnologyDomain } from '../domain/domain.js';

export const SCOPE_NAMES: Record<Scope, readonly string[]> = {
  national: ['Nacional', 'Kansallinen', 'Valtakunnallinen'],
  regional: ['Autonómico', 'Alueellinen'],
  sectoral: ['Sectorial', 'Setorial', 'Toimialakohtainen', 'Sektorikohtainen'],
  international: ['Internacional', 'Kansainvälinen', 'European', 'Europeo', 'Europeu', 'EU'],
};

export const PRACTICE_TYPE_NAMES: Record<PracticeType, readonly string[]> = {
  university_mc: ['Microcredencial universitaria', 'Microcredencial universitária', 'Yliopiston mikrotutkinto'],
  national_cvet_module: [],
  vet_unit: [],
  qualification_units: [],
  industry_certification: ['Industry certification', 'Certificación industrial', 'Certificação industrial'],
  oem_training: ['Formación OEM', 'Formação OEM', 'OEM-koulutus', 'Manufacturer training'],
  private_course: ['Private course', 'Curso privado', 'Yksityinen kurssi'],
  framework: ['Framework', 'Ecosystem'],
  digital_infrastructure: ['Infraestructura digital', 'Infraestrutura digital', 'Digitaalinen infrastruktuuri'],
};

export const DELIVERY_MODE_NAMES: Record<DeliveryMode, readonly string[]> = {
  in_person: ['In person', 'In-person', 'Face to face', 'Face-to-face', 'Presencial', 'Lähiopetus', 'Lähi'],
  online: ['Online', 'E-learning', 'En línea', 'A distancia', 'À distância', 'A distância', 'Verkko', 'Verkko-opetus', 'Verkossa', 'Etäopetus'],
  hybrid: ['Hybrid', 'Blended', 'B-learning', 'Híbrido', 'Hibrido', 'Semipresencial', 'Misto', 'Monimuoto', 'Monimuoto-opetus', 'Hybridi'],
};

export const DIGITAL_ISSUANCE_NAMES: Record<DigitalIssuance, readonly string[]> = {
  none: ['No', 'Ninguna', 'Ninguno', 'Nenhuma', 'Nenhum', 'Não', 'Ei', 'Ei mitään'],
  pdf: ['PDF certificate', 'Certificado PDF', 'PDF-todistus'],
  digital_badge: ['Badge', 'Open badge', 'Insignia digital', 'Insignia', 'Crachá digital', 'Badge digital', 'Osaamismerkki', 'Digimerkki'],
  edc: ['EDC', 'European Digital Credentials', 'Credencial digital europea', 'Credencial digital europeia', 'Eurooppalainen digitaalinen osaamistodiste'],
};

export const TECHNOLOGY_DOMAIN_NAMES: Record<TechnologyDomain, readonly string[]> = {
  ev_safety: ['EV safety', 'Seguridad VE', 'Seguridad en vehículos eléctricos', 'Segurança VE', 'Segurança em veículos elétricos', 'Sähköautojen turvallisuus'],
  hv_diagnostics: ['High-voltage diagnostics', 'Diagnóstico de alta tensión', 'Diagnóstico de alta tensão', 'Suurjännitediagnostiikka'],
  battery_repair: ['Reparación de baterías', 'Reparação de baterias', 'Akkujen korjaus', 'Akkukorjaus'],
  adas_calibration: ['ADAS', 'Calibración ADAS', 'Calibração ADAS', 'ADAS-kalibrointi'],
  connected_vehicle: ['Vehículo conectado', 'Veículo conectado', 'Verkottunut ajoneuvo'],
  air_conditioning: ['A/C', 'Aire acondicionado', 'Climatización', 'Ar condicionado', 'Climatização', 'Ilmastointi'],
  general: ['Geral', 'Yleinen'],
};

/**
 * Yes and no, including what Excel itself writes for TRUE and FALSE when it saves CSV in a Spanish
 * (VERDADERO/FALSO), Portuguese (VERDADEIRO/FALSO) or Finnish (TOSI/EPÄTOSI) locale.
 */
export const BOOLEAN_NAMES: Record<'true' | 'false', readonly string[]> = {
  true: ['yes', 'y', 'true', '1', 'sí', 'si', 'sim', 'kyllä', 'k', 'verdadero', 'verdadeiro', 'tosi'],
  false: ['no', 'n', 'false', '0', 'não', 'nao', 'ei', 'falso', 'epätosi'],
};

/** Element statuses as researchers write them (the English labels and ids are matched too). */
export const ELEMENT_STATUS_TRANSLATIONS: Record<'yes' | 'partly' | 'no' | 'unknown', readonly string[]> = {
  yes: BOOLEAN_NAMES.true,
  partly: ['partial', 'partially', 'in part', 'parcial', 'parcialmente', 'en parte', 'em parte', 'osittain', 'osittainen'],
  no: BOOLEAN_NAMES.false,
  unknown: ['?', 'not known', 'desconocido', 'desconocida', 'no consta', 'desconhecido', 'desconhecida', 'tuntematon', 'ei tiedossa'],
};
