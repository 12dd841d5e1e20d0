/**
 * The interface's languages, the locale each formats numbers and dates in, and which one a new
 * user starts in (the system's language when it is one of these, else English).
 */

export const LANGUAGES = ['en', 'es', 'pt', 'fi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, as the header's selector offers it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  pt: 'Português',
  fi: 'Suomi',
};

/**
 * The locale numbers and dates follow: the team works in Europe, so English is British English
 * (day before month, decimal point); the others are their country's (decimal comma, "12,6 %").
 */
export const LANGUAGE_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  es: 'es-ES',
  pt: 'pt-PT',
  fi: 'fi-FI',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the system's languages the app speaks ("pt-BR" is Portuguese), else English. */
export function languageFromSystem(systemLanguages: readonly string[]): Language {
  for (const tag of systemLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** Where this host's window keeps the choice (the browser host: per origin; the desktop window: its profile). */
export const LANGUAGE_STORAGE_KEY = 'autocredify.language';

export function rememberedLanguage(): Language | null {
  try {
    const stored = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : null;
  } catch {
    return null; // storage switched off: the system's language each time
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage switched off: the choice holds until the window closes.
  }
}
