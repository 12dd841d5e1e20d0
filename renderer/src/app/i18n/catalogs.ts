/**
 * Every catalog the interface has, bundled (no network backend): one namespace per renderer feature
 * folder (`<feature>/messages/<language>.json`) and the domain's labels (domain/ and domainCatalog.ts).
 * A new feature folder adds its four files here once; adding a message never touches this file.
 */
import appEn from '../../app/messages/en.json';
import appEs from '../../app/messages/es.json';
import appPt from '../../app/messages/pt.json';
import appFi from '../../app/messages/fi.json';
import uiEn from '../../ui/messages/en.json';
import uiEs from '../../ui/messages/es.json';
import uiPt from '../../ui/messages/pt.json';
import uiFi from '../../ui/messages/fi.json';
import filterEn from '../../filter/messages/en.json';
import filterEs from '../../filter/messages/es.json';
import filterPt from '../../filter/messages/pt.json';
import filterFi from '../../filter/messages/fi.json';
import chartsEn from '../../charts/messages/en.json';
import chartsEs from '../../charts/messages/es.json';
import chartsPt from '../../charts/messages/pt.json';
import chartsFi from '../../charts/messages/fi.json';
import practicesEn from '../../practices/messages/en.json';
import practicesEs from '../../practices/messages/es.json';
import practicesPt from '../../practices/messages/pt.json';
import practicesFi from '../../practices/messages/fi.json';
import scoringEn from '../../scoring/messages/en.json';
import scoringEs from '../../scoring/messages/es.json';
import scoringPt from '../../scoring/messages/pt.json';
import scoringFi from '../../scoring/messages/fi.json';
import analysisEn from '../../analysis/messages/en.json';
import analysisEs from '../../analysis/messages/es.json';
import analysisPt from '../../analysis/messages/pt.json';
import analysisFi from '../../analysis/messages/fi.json';
import importEn from '../../import/messages/en.json';
import importEs from '../../import/messages/es.json';
import importPt from '../../import/messages/pt.json';
import importFi from '../../import/messages/fi.json';
import mergeEn from '../../merge/messages/en.json';
import mergeEs from '../../merge/messages/es.json';
import mergePt from '../../merge/messages/pt.json';
import mergeFi from '../../merge/messages/fi.json';
import qualityEn from '../../quality/messages/en.json';
import qualityEs from '../../quality/messages/es.json';
import qualityPt from '../../quality/messages/pt.json';
import qualityFi from '../../quality/messages/fi.json';
import domainEs from './domain/es.json';
import domainPt from './domain/pt.json';
import domainFi from './domain/fi.json';
import { englishDomainCatalog } from './domainCatalog';
import type { Language } from './languages';

/** The feature namespaces, in the order of the renderer's folders. */
export const FEATURE_NAMESPACES = ['app', 'ui', 'filter', 'charts', 'practices', 'scoring', 'analysis', 'import', 'merge', 'quality'] as const;
export type FeatureNamespace = (typeof FEATURE_NAMESPACES)[number];
export const NAMESPACES = [...FEATURE_NAMESPACES, 'domain'] as const;
export type Namespace = (typeof NAMESPACES)[number];

/** English is the source: its catalogs type the keys t() accepts. */
export const ENGLISH = {
  app: appEn,
  ui: uiEn,
  filter: filterEn,
  charts: chartsEn,
  practices: practicesEn,
  scoring: scoringEn,
  analysis: analysisEn,
  import: importEn,
  merge: mergeEn,
  quality: qualityEn,
  domain: englishDomainCatalog(),
};

/** A catalog is nested objects whose leaves are messages. */
export interface Catalog {
  [key: string]: string | Catalog;
}

export const CATALOGS: Record<Language, Record<Namespace, Catalog>> = {
  en: ENGLISH,
  es: { app: appEs, ui: uiEs, filter: filterEs, charts: chartsEs, practices: practicesEs, scoring: scoringEs, analysis: analysisEs, import: importEs, merge: mergeEs, quality: qualityEs, domain: domainEs },
  pt: { app: appPt, ui: uiPt, filter: filterPt, charts: chartsPt, practices: practicesPt, scoring: scoringPt, analysis: analysisPt, import: importPt, merge: mergePt, quality: qualityPt, domain: domainPt },
  fi: { app: appFi, ui: uiFi, filter: filterFi, charts: chartsFi, practices: practicesFi, scoring: scoringFi, analysis: analysisFi, import: importFi, merge: mergeFi, quality: qualityFi, domain: domainFi },
};
