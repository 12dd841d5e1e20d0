/** The header's language menu: each language named in itself. */
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage } from './languages';
import { chooseLanguage, currentLanguage } from './i18n';

export function LanguageSelect() {
  const { t } = useTranslation('app');
  return (
    <select
      className="app-header__language"
      aria-label={t('language.label')}
      title={t('language.label')}
      value={currentLanguage()}
      onChange={(event) => {
        if (isLanguage(event.target.value)) void chooseLanguage(event.target.value);
      }}
    >
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
