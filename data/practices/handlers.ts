/** The handlers of the `practices.*` operations (the rule: data/contract/features.ts). */
import type { z } from 'zod';
import type { Store } from '../store/store.js';
import { setCriteria, setElements } from './checklist.js';
import { importCaseStudies, setCaseStudySection } from './caseStudy.js';
import { listPractices, practiceFacets } from './list.js';
import { createPractice, deletePractice, updatePractice } from './practices.js';
import type * as schemas from './schemas.js';
import { practiceForViewer } from './view.js';

type In<S extends z.ZodType> = z.output<S>;

export const practicesHandlers = {
  'practices.list': (store: Store, input: In<typeof schemas.practiceListInputSchema>) => listPractices(store.db, input),
  'practices.facets': (store: Store) => practiceFacets(store.db),
  'practices.get': (store: Store, input: In<typeof schemas.practiceIdInputSchema>) => practiceForViewer(store.db, input.id),
  'practices.create': (store: Store, input: In<typeof schemas.practiceCreateInputSchema>) => practiceForViewer(store.db, createPractice(store.db, input.fields, input.id)),
  'practices.update': (store: Store, input: In<typeof schemas.practiceUpdateInputSchema>) => {
    updatePractice(store.db, input.id, input.fields);
    return practiceForViewer(store.db, input.id);
  },
  'practices.delete': (store: Store, input: In<typeof schemas.practiceIdInputSchema>) => {
    deletePractice(store.db, input.id);
    return { id: input.id };
  },
  'practices.setElements': (store: Store, input: In<typeof schemas.practiceElementsInputSchema>) => {
    setElements(store.db, input.id, input.elements);
    return practiceForViewer(store.db, input.id);
  },
  'practices.setCriteria': (store: Store, input: In<typeof schemas.practiceCriteriaInputSchema>) => {
    setCriteria(store.db, input.id, input.criteria);
    return practiceForViewer(store.db, input.id);
  },
  'practices.setCaseStudySection': (store: Store, input: In<typeof schemas.practiceCaseStudySectionInputSchema>) => {
    setCaseStudySection(store.db, input.id, input.section, input.blocks, input.sources);
    return practiceForViewer(store.db, input.id);
  },
  'practices.importCaseStudies': (store: Store, input: In<typeof schemas.practiceCaseStudyImportInputSchema>) => importCaseStudies(store.db, input.content),
};
