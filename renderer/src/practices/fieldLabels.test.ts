import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, labelForPath } from './fieldLabels';

describe('labelForPath', () => {
  it('names a field of the form by its long label', () => {
    expect(labelForPath('fields.qaType')).toBe('Quality assurance type');
    expect(labelForPath('registeredProviders')).toBe('Registered providers');
    expect(labelForPath('fields.narratives.quality_assurance')).toBe(`${FIELD_LABELS.narratives} (quality assurance)`);
  });

  it('numbers sources from one and leaves unknown paths as they are', () => {
    expect(labelForPath('fields.sources.1.document')).toBe('Source 2 (document)');
    expect(labelForPath('fields.colour')).toBe('fields.colour');
  });
});
