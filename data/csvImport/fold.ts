/**
 * The one way imported headers and values are compared with the words the app knows: researchers
 * type "Puntuación", "PUNTUACION" or "puntuacion:" for the same column, and all must match.
 */

/** Lower case, accents removed, every run of punctuation or spaces turned into one space: "Nº (Práctica)" → "no practica". */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
