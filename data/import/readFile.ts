/** From the bytes of a file to a header row and data rows, or a sentence saying why the file cannot be read. */
import { ApiFailure } from '../domain/envelope.js';
import { binaryContentReason, decodeText, detectEncoding, TextDecodingError, type TextEncoding } from './decode.js';
import { detectDelimiter, parseCsv, type CsvProblem, type CsvRow, type Delimiter } from './dialect.js';

export interface CsvFile {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
}

export function readCsvBytes(bytes: Uint8Array, options: { encoding?: TextEncoding; delimiter?: Delimiter } = {}): CsvFile {
  if (bytes.length === 0) throw new ApiFailure('invalid_input', 'The file is empty: there is nothing to import.');
  const binary = binaryContentReason(bytes);
  if (binary) throw new ApiFailure('invalid_input', `This file cannot be imported as CSV: ${binary}`);
  const encoding = options.encoding ?? detectEncoding(bytes);
  let text: string;
  try {
    text = decodeText(bytes, encoding);
  } catch (error) {
    if (error instanceof TextDecodingError) throw new ApiFailure('invalid_input', error.message);
    throw error;
  }
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const parsed = parseCsv(text, delimiter);
  const [header, ...rows] = parsed.rows;
  if (!header) throw new ApiFailure('invalid_input', 'The file holds no rows: there is nothing to import.');
  return { encoding, delimiter, headers: header.cells.map((h) => h.trim()), rows, problems: parsed.problems };
}
