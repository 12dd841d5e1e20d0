/**
 * The column headers researchers actually write, in English, Spanish, Portuguese and Finnish.
 * Written as people type them; headers.ts folds accents, case and punctuation before comparing.
 * Only names that are obvious in the language are here: a wrong automatic match is worse than none.
 */
import type { DimensionId } from '../domain/domain.js';
import type { PracticeFieldTarget } from '../practices/schemas.js';

export const FIELD_HEADER_NAMES: Record<'id' | PracticeFieldTarget, readonly string[]> = {
  id: ['Id', 'Practice id', 'Identifier', 'Id práctica', 'Identificador', 'Id da prática', 'Tunniste'],
  // "Practice" is the header of our own comparison export (data/exports/viewTables.ts).
  name: ['Name', 'Practice', 'Practice name', 'Title', 'Nombre', 'Práctica', 'Nombre de la práctica', 'Título', 'Nome', 'Prática', 'Nome da prática', 'Nimi', 'Käytäntö', 'Käytännön nimi', 'Course', 'Course name', 'Course title', 'Qualification', 'Qualification title', 'Certificate', 'Programme', 'Program', 'Denomination', 'preferredLabel', 'Preferred label', 'Curso', 'Nombre del curso', 'Denominación', 'Denominación del curso', 'Cualificación', 'Cualificación profesional', 'Certificado', 'Certificado de profesionalidad', 'Certificado profesional', 'Acción formativa', 'Especialidad', 'Especialidad formativa', 'Título del curso', 'Nome do curso', 'Designação', 'Denominação', 'Qualificação', 'Título do curso', 'Curso (designação)', 'Tutkinto', 'Tutkinnon nimi', 'Koulutus', 'Koulutuksen nimi', 'Nimike', 'Kurssi', 'Kurssin nimi'],
  nameOriginal: ['Original name', 'Name (original)', 'Name in original language', 'Nombre original', 'Nombre en idioma original', 'Nome original', 'Nome na língua original', 'Alkuperäinen nimi', 'Nimi alkuperäiskielellä'],
  code: ['Code', 'Código', 'Koodi', 'Tunnus', 'Course code', 'Qualification code', 'Certificate code', 'Reference', 'Ref', 'Código del certificado', 'Código certificado', 'Código del curso', 'Código de la cualificación', 'Código de especialidad', 'Referencia', 'Código do curso', 'Cód. curso', 'Cod curso', 'Código da qualificação', 'Referência', 'Tutkintokoodi', 'Koulutuskoodi', 'Tutkinnon koodi'],
  parentId: ['Parent id', 'Parent', 'Parent practice', 'Parent practice id', 'Id padre', 'Práctica padre', 'Prática mãe', 'Id da prática mãe', 'Emokäytäntö'],
  practiceNumber: ['Practice number', 'Practice no', 'Number', 'No', 'Nº', 'Número', 'Número de práctica', 'Número da prática', 'Nro', 'Numero', 'Käytännön numero'],
  caseStudy: ['Case study', 'Estudio de caso', 'Caso de estudio', 'Estudo de caso', 'Tapaustutkimus'],
  shortlisted: ['Case-study shortlist', 'Shortlisted', 'Shortlist', 'Preselección', 'Preseleccionada', 'Pré-seleção', 'Pré-selecionada', 'Esivalinta'],
  caseStudyNumber: ['Case study number', 'Case study no', 'Número de estudio de caso', 'Número do estudo de caso', 'Tapaustutkimuksen numero'],
  country: ['Country', 'País', 'Maa', 'Nation', 'Nación', 'Nação', 'Valtio'],
  region: ['Region', 'Región', 'Comunidad autónoma', 'Região', 'Alue', 'Maakunta'],
  scope: ['Scope', 'Ámbito', 'Alcance', 'Âmbito', 'Soveltamisala'],
  practiceType: ['Practice type', 'Type', 'Type of practice', 'Tipo', 'Tipo de práctica', 'Tipo de prática', 'Tyyppi', 'Käytännön tyyppi'],
  typeAsStated: ['Type as stated', 'Stated type', 'Tipo declarado', 'Tipo indicado', 'Ilmoitettu tyyppi'],
  provider: [
    'Provider', 'Awarding body', 'Provider or awarding body', 'Proveedor', 'Entidad', 'Entidad proveedora', 'Entidad emisora', 'Organismo',
    'Fornecedor', 'Entidade', 'Entidade formadora', 'Entidade certificadora', 'Järjestäjä', 'Koulutuksen järjestäjä', 'Tarjoaja', 'Myöntäjä', 'Institution', 'Training provider', 'School', 'Training centre', 'Training center', 'Centro', 'Centro de formación', 'Centro formativo', 'Institución', 'Entidad de formación', 'Estabelecimento', 'Estabelecimento de ensino', 'Instituição', 'Instituição de ensino', 'Escola', 'Oppilaitos', 'Korkeakoulu', 'Ammattikorkeakoulu', 'Yliopisto'],
  technologyDomains: [
    'Technology domains', 'Technology domain', 'Domains', 'Technology', 'Tecnología', 'Dominios tecnológicos', 'Áreas tecnológicas', 'Área tecnológica',
    'Domínios tecnológicos', 'Tecnologia', 'Teknologia-alueet', 'Teknologia-alue', 'Teknologiat', 'Teknologia',
  ],
  level: ['Level', 'NQF level', 'Nivel', 'Nível', 'Taso', 'NQF-taso', 'Qualification level', 'Nivel de cualificación', 'Nivel de la cualificación', 'Nível de qualificação', 'Nível de formação', 'Nível QNQ', 'Tutkinnon taso', 'Koulutusaste'],
  eqfLevel: ['EQF level', 'EQF', 'Nivel EQF', 'Nivel MEC', 'Nível EQF', 'Nível QEQ', 'EQF-taso'],
  ects: ['ECTS', 'ECTS credits', 'Créditos ECTS', 'Créditos', 'Opintopisteet'],
  hours: ['Hours', 'Duration (hours)', 'Horas', 'Duración (horas)', 'Duração (horas)', 'Tunnit', 'Tuntia', 'Tuntimäärä', 'Duration', 'Duration in hours', 'Total hours', 'Duración', 'Horas totales', 'Duración total', 'Carga horaria', 'Duração', 'Carga horária', 'Horas totais', 'Kesto', 'Kesto tunteina'],
  workloadNote: ['Workload note', 'Workload', 'Carga de trabajo', 'Carga de trabalho', 'Työmäärä'],
  deliveryMode: [
    'Delivery mode', 'Delivery', 'Mode', 'Modality', 'Form of participation', 'Modalidad', 'Modalidad de impartición', 'Forma de participación',
    'Modalidade', 'Modalidade de formação', 'Forma de participação', 'Toteutustapa', 'Opetusmuoto', 'Osallistumistapa',
  ],
  deliveryNote: ['Delivery note'],
  releaseYear: ['Release year', 'Year', 'Año', 'Año de lanzamiento', 'Ano', 'Ano de lançamento', 'Vuosi', 'Julkaisuvuosi', 'Aloitusvuosi'],
  registeredProviders: [
    'Registered providers', 'Number of registered providers', 'Proveedores registrados', 'Entidades registradas', 'Número de proveedores registrados',
    'Fornecedores registados', 'Entidades registadas', 'Rekisteröidyt järjestäjät',
  ],
  assessmentType: ['Assessment type', 'Type of assessment', 'Tipo de evaluación', 'Tipo de avaliação', 'Arviointitapa', 'Arvioinnin tyyppi'],
  qaType: [
    'QA type', 'Quality assurance type', 'Type of quality assurance', 'Tipo de garantía de calidad', 'Tipo de aseguramiento de la calidad',
    'Tipo de garantia da qualidade', 'Tipo de garantia de qualidade', 'Laadunvarmistuksen tyyppi', 'Laadunvarmistustapa',
  ],
  digitalIssuance: ['Digital issuance', 'Digital credential', 'Emisión digital', 'Credencial digital', 'Emissão digital', 'Digitaalinen todistus'],
  stackability: ['Stackability', 'Apilabilidad', 'Acumulabilidad', 'Empilhabilidade', 'Combinabilidade', 'Yhdisteltävyys'],
  strengths: ['Strengths', 'Fortalezas', 'Puntos fuertes', 'Pontos fortes', 'Forças', 'Vahvuudet'],
  limitations: ['Limitations', 'Weaknesses', 'Limitaciones', 'Debilidades', 'Limitações', 'Fragilidades', 'Rajoitukset', 'Heikkoudet'],
  relevance: ['Relevance', 'Relevancia', 'Pertinencia', 'Relevância', 'Pertinência', 'Merkitys', 'Relevanssi'],
  notes: ['Notes', 'Note', 'Comments', 'Remarks', 'Notas', 'Observaciones', 'Comentarios', 'Observações', 'Comentários', 'Huomautukset', 'Huomiot', 'Lisätiedot', 'Kommentit'],
  sources: ['Sources', 'Source', 'Fuentes', 'Fuente', 'Fontes', 'Fonte', 'Lähteet', 'Lähde'],
};

/** Each dimension's name; Finnish also in the genitive, as in "Hallinnon pisteet". */
export const DIMENSION_HEADER_NAMES: Record<DimensionId, readonly string[]> = {
  governance: ['Governance', 'Gobernanza', 'Gobierno', 'Governação', 'Governança', 'Hallinto', 'Hallinnon'],
  pedagogy: ['Pedagogy', 'Pedagogía', 'Pedagogia', 'Pedagogiikka', 'Pedagogiikan'],
  assessment: ['Assessment', 'Evaluación', 'Avaliação', 'Arviointi', 'Arvioinnin'],
  quality_assurance: [
    'Quality assurance', 'QA', 'Aseguramiento de la calidad', 'Garantía de calidad', 'Garantía de la calidad', 'Calidad',
    'Garantia da qualidade', 'Garantia de qualidade', 'Qualidade', 'Laadunvarmistus', 'Laadunvarmistuksen',
  ],
  financial_sustainability: [
    'Financial sustainability', 'Sostenibilidad financiera', 'Sostenibilidad económica', 'Sustentabilidade financeira',
    'Sustentabilidade económica', 'Taloudellinen kestävyys', 'Taloudellisen kestävyyden',
  ],
};

/** Words that, before or after a dimension's name, make the column that dimension's score. */
export const SCORE_WORDS: readonly string[] = [
  'score', 'rating', 'puntuación', 'puntaje', 'valoración', 'pontuação', 'classificação', 'pisteet', 'pistemäärä', 'arvosana',
];

/** Words that make the column the dimension's narrative (its name alone does too). */
export const NARRATIVE_WORDS: readonly string[] = [
  'narrative', 'description', 'text', 'narrativa', 'descripción', 'texto', 'descrição', 'kuvaus', 'kertomus', 'teksti',
];

/** Small words dropped before comparing, so "Nombre de la práctica" and "Nombre práctica" match alike. */
export const CONNECTOR_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'la', 'las', 'los', 'el', 'del', 'da', 'das', 'do', 'dos', 'for', 'in', 'em']);
