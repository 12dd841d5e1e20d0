import { describe, expect, it } from 'vitest';
import { base64ContentSchema, MAX_FILE_BYTES, MAX_REQUEST_BYTES } from './fileSchemas.js';

describe('the size limit on files an operation takes', () => {
  const schema = base64ContentSchema('split it.');
  const base64Length = (bytes: number) => Math.ceil(bytes / 3) * 4;

  it('takes a file of the largest size and refuses a larger one, saying what to do', () => {
    const largest = 'A'.repeat(base64Length(MAX_FILE_BYTES));
    expect(schema.safeParse(largest).success).toBe(true);
    const larger = schema.safeParse(`${largest}AAAA`);
    expect(larger.success).toBe(false);
    expect(larger.error?.issues[0]?.message).toBe('The file is larger than 256 MB; split it.');
  });

  it('leaves room in a request for the largest file and the rest of the request', () => {
    expect(MAX_REQUEST_BYTES).toBeGreaterThan(base64Length(MAX_FILE_BYTES) + 64 * 1024);
  });
});
