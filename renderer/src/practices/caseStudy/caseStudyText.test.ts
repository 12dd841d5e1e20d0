import { describe, expect, it } from 'vitest';
import { blocksToText, sourcesToText, textToBlocks, textToSources } from './caseStudyText';

describe('a case-study section as typed text', () => {
  it('reads paragraphs and bulleted lists, and writes them back the same way', () => {
    const text = 'First paragraph\ncontinues here.\n\n- one\n* two\n  still two\n• three\nAfter the list.\n\n\nLast.';
    const blocks = textToBlocks(text);
    expect(blocks).toEqual([
      { kind: 'paragraph', text: 'First paragraph continues here.' },
      { kind: 'list', items: ['one', 'two still two', 'three'] },
      { kind: 'paragraph', text: 'After the list.' },
      { kind: 'paragraph', text: 'Last.' },
    ]);
    expect(textToBlocks(blocksToText(blocks))).toEqual(blocks);
    expect(textToBlocks('  \n\n ')).toEqual([]);
    // A dash inside a line is text, not an item.
    expect(textToBlocks('EV - HV safety')).toEqual([{ kind: 'paragraph', text: 'EV - HV safety' }]);
  });

  it('reads sources one per line as document | section', () => {
    const sources = textToSources('001_d93079c503058265.txt | 3.2 Context and objectives\n\nCourse leaflet\r\n');
    expect(sources).toEqual([
      { document: '001_d93079c503058265.txt', section: '3.2 Context and objectives' },
      { document: 'Course leaflet', section: '' },
    ]);
    expect(textToSources(sourcesToText(sources))).toEqual(sources);
  });
});
