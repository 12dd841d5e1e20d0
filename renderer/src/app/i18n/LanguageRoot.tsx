/**
 * Renders the app again from scratch when the language changes, so every text and every number or
 * date (ui/format.ts reads the language when it formats) is redrawn in it; the page's lang follows.
 */
import { Fragment, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function LanguageRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <Fragment key={language}>{children}</Fragment>;
}
