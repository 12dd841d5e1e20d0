import { describe, expect, it } from 'vitest';
import { needsConfirmation, noticeText, shortLabel } from './historyStep';

describe('the visible undo', () => {
  it('asks before undoing an import or a merge from a page that does not show it', () => {
    expect(needsConfirmation({ operation: 'merge.run' }, { name: 'stats' })).toBe(true);
    expect(needsConfirmation({ operation: 'import.run' }, { name: 'table' })).toBe(true);
    expect(needsConfirmation({ operation: 'merge.run' }, { name: 'merge' })).toBe(false);
    expect(needsConfirmation({ operation: 'import.run' }, { name: 'import' })).toBe(false);
    expect(needsConfirmation({ operation: 'scores.set' }, { name: 'stats' })).toBe(false);
  });

  it('cuts a long label for the button and names the step in the notice', () => {
    expect(shortLabel('Scored Governance of “Electric Car Maintenance (national VET qualification unit)”')).toHaveLength(34);
    expect(shortLabel('Edited “SFS”')).toBe('Edited “SFS”');
    expect(noticeText('undo', { label: 'Edited “SFS”' })).toBe('Undone: Edited “SFS”');
  });
});
