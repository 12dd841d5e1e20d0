/**
 * Countries as files write them: in English, Spanish, Portuguese or Finnish, or as ISO 3166 codes.
 * Each is stored as its canonical (English) name, so "España", "ES" and "ESP" are one country and
 * fall in the Spain group (countryGroupOf); a country not listed is kept as written and reported.
 * "EU" stands for European (EU-wide) practices, as in the seed dataset.
 */

/** Canonical name, ISO alpha-2, ISO alpha-3, then the names in Spanish, Portuguese and Finnish (and common variants). */
const COUNTRY_TABLE: readonly (readonly [string, string, string, ...string[]])[] = [
  ['Spain', 'ES', 'ESP', 'España', 'Espanha', 'Espanja', 'Reino de España'],
  ['Portugal', 'PT', 'PRT', 'Portugali', 'República Portuguesa'],
  ['Finland', 'FI', 'FIN', 'Finlandia', 'Finlândia', 'Suomi', 'Suomen tasavalta'],
  ['EU', 'EU', 'EUR', 'European Union', 'Unión Europea', 'UE', 'União Europeia', 'Euroopan unioni', 'EU-wide', 'European'],
  ['Austria', 'AT', 'AUT', 'Áustria', 'Itävalta'],
  ['Belgium', 'BE', 'BEL', 'Bélgica', 'Belgia'],
  ['Bulgaria', 'BG', 'BGR', 'Bulgária'],
  ['Croatia', 'HR', 'HRV', 'Croacia', 'Croácia', 'Kroatia'],
  ['Cyprus', 'CY', 'CYP', 'Chipre', 'Kypros'],
  ['Czechia', 'CZ', 'CZE', 'Czech Republic', 'Chequia', 'República Checa', 'Chéquia', 'República Checa', 'Tšekki'],
  ['Denmark', 'DK', 'DNK', 'Dinamarca', 'Tanska'],
  ['Estonia', 'EE', 'EST', 'Estónia', 'Estônia', 'Viro'],
  ['France', 'FR', 'FRA', 'Francia', 'França', 'Ranska'],
  ['Germany', 'DE', 'DEU', 'Alemania', 'Alemanha', 'Saksa', 'Deutschland'],
  ['Greece', 'GR', 'GRC', 'Grecia', 'Grécia', 'Kreikka', 'EL'],
  ['Hungary', 'HU', 'HUN', 'Hungría', 'Hungria', 'Unkari'],
  ['Ireland', 'IE', 'IRL', 'Irlanda', 'Irlanti'],
  ['Italy', 'IT', 'ITA', 'Italia', 'Itália'],
  ['Latvia', 'LV', 'LVA', 'Letonia', 'Letónia', 'Letônia', 'Latvia'],
  ['Lithuania', 'LT', 'LTU', 'Lituania', 'Lituânia', 'Liettua'],
  ['Luxembourg', 'LU', 'LUX', 'Luxemburgo', 'Luxemburg'],
  ['Malta', 'MT', 'MLT'],
  ['Netherlands', 'NL', 'NLD', 'Países Bajos', 'Holanda', 'Países Baixos', 'Alankomaat', 'Hollanti', 'The Netherlands'],
  ['Poland', 'PL', 'POL', 'Polonia', 'Polónia', 'Polônia', 'Puola'],
  ['Romania', 'RO', 'ROU', 'Rumanía', 'Roménia', 'Romênia', 'Romania'],
  ['Slovakia', 'SK', 'SVK', 'Eslovaquia', 'Eslováquia', 'Slovakia'],
  ['Slovenia', 'SI', 'SVN', 'Eslovenia', 'Eslovénia', 'Eslovênia', 'Slovenia'],
  ['Sweden', 'SE', 'SWE', 'Suecia', 'Suécia', 'Ruotsi'],
  ['Norway', 'NO', 'NOR', 'Noruega', 'Norja'],
  ['Iceland', 'IS', 'ISL', 'Islandia', 'Islândia', 'Islanti'],
  ['Switzerland', 'CH', 'CHE', 'Suiza', 'Suíça', 'Sveitsi'],
  ['United Kingdom', 'GB', 'GBR', 'UK', 'Great Britain', 'Reino Unido', 'Yhdistynyt kuningaskunta', 'Iso-Britannia', 'Britannia'],
  ['Turkey', 'TR', 'TUR', 'Türkiye', 'Turquía', 'Turquia', 'Turkki'],
  ['United States', 'US', 'USA', 'United States of America', 'Estados Unidos', 'EE. UU.', 'EEUU', 'EUA', 'Yhdysvallat'],
  ['Canada', 'CA', 'CAN', 'Canadá', 'Kanada'],
  ['Mexico', 'MX', 'MEX', 'México', 'Meksiko'],
  ['Brazil', 'BR', 'BRA', 'Brasil', 'Brasilia'],
  ['Argentina', 'AR', 'ARG'],
  ['Chile', 'CL', 'CHL', 'Chile'],
  ['Colombia', 'CO', 'COL', 'Colômbia', 'Kolumbia'],
  ['Angola', 'AO', 'AGO'],
  ['Mozambique', 'MZ', 'MOZ', 'Moçambique', 'Mosambik'],
  ['Cape Verde', 'CV', 'CPV', 'Cabo Verde', 'Kap Verde'],
  ['Morocco', 'MA', 'MAR', 'Marruecos', 'Marrocos', 'Marokko'],
  ['Australia', 'AU', 'AUS', 'Austrália'],
  ['New Zealand', 'NZ', 'NZL', 'Nueva Zelanda', 'Nova Zelândia', 'Uusi-Seelanti'],
  ['Japan', 'JP', 'JPN', 'Japón', 'Japão', 'Japani'],
  ['China', 'CN', 'CHN', 'Kiina'],
  ['South Korea', 'KR', 'KOR', 'Korea', 'Republic of Korea', 'Corea del Sur', 'Coreia do Sul', 'Etelä-Korea'],
  ['India', 'IN', 'IND', 'Índia', 'Intia'],
  ['Singapore', 'SG', 'SGP', 'Singapur', 'Singapura'],
];

/** Case, accents, dots and spaces folded: "ESPAÑA", "españa" and "Espana" are one key. */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const BY_KEY: ReadonlyMap<string, string> = new Map(COUNTRY_TABLE.flatMap(([canonical, ...names]) => [canonical, ...names].map((name) => [countryKey(name), canonical] as const)));

/** Every canonical country name this table knows. */
export const KNOWN_COUNTRIES: readonly string[] = COUNTRY_TABLE.map(([canonical]) => canonical);

/** The canonical name of a country written in any of the four languages or as an ISO code, or null when it is not known. */
export function canonicalCountry(text: string): string | null {
  return BY_KEY.get(countryKey(text)) ?? null;
}
