// Types t(): a key must exist in the English catalog of its namespace (the catalog test checks the others).
import 'i18next';
import type { ENGLISH } from './catalogs';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'app';
    resources: typeof ENGLISH;
    returnNull: false;
  }
}
