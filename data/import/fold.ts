/**
 * The one way imported headers and values are compared with the words the app knows: researchers
 * type "Puntuación", "PUNTUACION" or "puntuacion:" for the same column, and all must match.
 */

import { foldForSearch } from '../store/search.js';

/** Lower case, accents removed, every run of punctuation or spaces turned into one space: "Nº (Práctica)" → "no practica". */
export function foldForMatching(text: string): string {
  // NFKD first, so compatibility forms ("º", ligatures) fold to plain letters too.
  return foldForSearch(text.normalize('NFKD'))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
