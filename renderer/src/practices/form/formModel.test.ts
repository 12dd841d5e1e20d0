import { describe, expect, it } from 'vitest';
import type { PracticeDetail } from '../../../../data/practices/model';
import { emptyForm, formFromDetail, formToFields, newSource } from './formModel';

describe('the practice form model', () => {
  it('sends an empty form as unknowns (null), not as empty text or zero', () => {
    const { fields, errors } = formToFields({ ...emptyForm(), name: 'N', country: 'Spain' }, 'create');
    expect(errors).toEqual({});
    expect(fields).toMatchObject({ name: 'N', country: 'Spain', code: null, hours: null, ects: null, scope: null, parentId: null, narratives: {}, sources: [] });
  });

  it('reads numbers as typed in Europe (82,5) and says which box is not a number, by its label', () => {
    const { fields, errors } = formToFields({ ...emptyForm(), name: 'N', country: 'Spain', hours: '82,5', ects: ' 6 ', eqfLevel: 'four' }, 'create');
    expect(fields.hours).toBe(82.5);
    expect(fields.ects).toBe(6);
    expect(fields.eqfLevel).toBeNull();
    expect(Object.keys(errors)).toEqual(['fields.eqfLevel']);
    expect(errors['fields.eqfLevel']).toMatch(/must be a number/);
  });

  it('sends a removed narrative as empty text on update (so the store removes it), and leaves it out on create', () => {
    const form = { ...emptyForm(), name: 'N', country: 'Spain', narratives: { ...emptyForm().narratives, pedagogy: 'Good', governance: '   ' } };
    expect(formToFields(form, 'create').fields.narratives).toEqual({ pedagogy: 'Good' });
    const update = formToFields(form, 'update').fields.narratives ?? {};
    expect(update.pedagogy).toBe('Good');
    expect(update.governance).toBe('');
    expect(Object.keys(update)).toHaveLength(5);
  });

  it('gives each new source row a key unused in its list', () => {
    const first = newSource([]);
    const second = newSource([first], 'D3.2', '§1');
    expect(second).toMatchObject({ document: 'D3.2', section: '§1' });
    expect(second.key).not.toBe(first.key);
    const third = newSource([second]);
    expect(third.key).not.toBe(second.key);
  });

  it('fills the form from a practice and sends the same fields back', () => {
    const fields = formToFields(
      {
        ...emptyForm(),
        name: 'Módulo',
        country: 'Spain',
        code: 'M1',
        hours: '40',
        caseStudy: true,
        sources: [newSource([], 'D3.2', 'Annex 1')],
      },
      'update',
    ).fields;
    const practice = { ...fields, id: 'p1', narratives: {}, sources: fields.sources, technologyDomains: [], createdAt: '', updatedAt: '' };
    const detail = { practice, parent: { id: 'parent', name: 'Parent', code: null }, children: [], scores: [] } as unknown as PracticeDetail;
    const form = formFromDetail(detail);
    expect(form).toMatchObject({ name: 'Módulo', code: 'M1', hours: '40', ects: '', caseStudy: true, parent: { id: 'parent' } });
    expect(form.sources.map((s) => [s.document, s.section])).toEqual([['D3.2', 'Annex 1']]);
    expect(new Set(form.sources.map((s) => s.key)).size).toBe(form.sources.length);
    expect(formToFields(form, 'update').fields).toMatchObject({ name: 'Módulo', code: 'M1', hours: 40, caseStudy: true, parentId: 'parent', sources: [{ document: 'D3.2', section: 'Annex 1' }] });
  });
});
