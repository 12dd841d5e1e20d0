/**
 * The interface's translations: one i18next instance, its catalogs bundled (catalogs.ts), the
 * language the user chose (remembered by this window) or else the system's. React components use
 * `useTranslation('<feature>')` from react-i18next; plain modules use `translate` below. README.md
 * in this folder says how to add a message.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { CATALOGS, NAMESPACES, type Namespace } from './catalogs';
import { LANGUAGE_LOCALES, LANGUAGES, isLanguage, languageFromSystem, rememberLanguage, rememberedLanguage, type Language } from './languages';

function startingLanguage(): Language {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return rememberedLanguage() ?? languageFromSystem(languages);
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: CATALOGS,
  lng: startingLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: [...NAMESPACES],
  defaultNS: 'app',
  // Catalogs are bundled: ready before the first render.
  initAsync: false,
  // React escapes every interpolated value when it renders text, so i18next must not escape it
  // again ("&amp;"); no message is ever set as HTML (rich text goes through <Trans> components).
  interpolation: { escapeValue: false },
  returnNull: false,
  react: { useSuspense: false },
});

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** The BCP 47 locale numbers and dates are written in ("es-ES"). */
export function currentLocale(): string {
  return LANGUAGE_LOCALES[currentLanguage()];
}

/** Switch the interface's language and remember it for this window's next start. */
export async function chooseLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

/** t() of one namespace for code outside components (labels built in plain modules). */
export function translate<N extends Namespace>(namespace: N) {
  return i18n.getFixedT<N>(null, namespace);
}
