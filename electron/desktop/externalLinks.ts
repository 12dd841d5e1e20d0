/** Links the app may hand to the system browser: https only, to hosts the project trusts. */
const ALLOWED_HOSTS = new Set(['europa.eu', 'eur-lex.europa.eu', 'europass.europa.eu', 'autocredify.eu', 'github.com']);

export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  return [...ALLOWED_HOSTS].some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}
