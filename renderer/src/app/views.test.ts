import { describe, expect, it } from 'vitest';
import { parseHash } from './useHashRoute';
import { EMPTY_VIEW_MEMORY, isListRoute, ownParams, profileLink, rememberView, tabLinks, viewHref, viewLink, type ListRoute } from './views';

function listRoute(hash: string): ListRoute {
  const route = parseHash(hash);
  if (!isListRoute(route)) throw new Error(`${hash} is not a list view`);
  return route;
}

describe('what the list views remember', () => {
  it('starts empty: the table link is the bare table', () => {
    expect(viewLink(EMPTY_VIEW_MEMORY, 'table')).toBe('#/');
  });

  it('carries the filter of the view last shown to every other view, each with its own settings', () => {
    let memory = rememberView(EMPTY_VIEW_MEMORY, listRoute('#/?group=Finland&sort=-hours'));
    memory = rememberView(memory, listRoute('#/stats?group=Spain&groupBy=practiceType&measure=hours'));
    // Back to the table: the filter as last set (on the statistics), the table's own sort.
    expect(viewLink(memory, 'table')).toBe('#/?group=Spain&sort=-hours');
    expect(viewLink(memory, 'stats')).toBe('#/stats?group=Spain&groupBy=practiceType&measure=hours');
    expect(viewLink(memory, 'gaps')).toBe('#/gaps?group=Spain');
  });

  it('links with another filter or changed settings on request', () => {
    const memory = rememberView(EMPTY_VIEW_MEMORY, listRoute('#/gaps?group=Spain&groupBy=countryGroup&profile=p1'));
    expect(viewLink(memory, 'table', { filter: {} })).toBe('#/');
    expect(viewLink(memory, 'gaps', { set: { profile: 'p2', groupBy: null } })).toBe('#/gaps?group=Spain&profile=p2');
  });

  it('opens a practice\'s profile with the remembered filter but not an old search (which would leave the chart empty)', () => {
    const memory = rememberView(EMPTY_VIEW_MEMORY, listRoute('#/?q=bosch&group=Spain'));
    expect(profileLink(memory, 'p2')).toBe('#/gaps?group=Spain&profile=p2');
  });

  it('gives the same memory back when nothing it keeps changed (so React renders nothing again)', () => {
    const memory = rememberView(EMPTY_VIEW_MEMORY, listRoute('#/?group=Spain'));
    expect(rememberView(memory, listRoute('#/?group=Spain'))).toBe(memory);
    expect(rememberView(memory, listRoute('#/?group=Finland'))).not.toBe(memory);
    expect(EMPTY_VIEW_MEMORY).toEqual({ filter: {}, own: { table: '', compare: '', gaps: '', stats: '', coverage: '', elements: '', agreement: '', disagreements: '' } });
  });

  it('makes the tabs from the route on screen, or from memory on other screens', () => {
    const memory = rememberView(EMPTY_VIEW_MEMORY, listRoute('#/compare?group=Portugal&cells=score'));
    const onCompare = tabLinks(memory, listRoute('#/compare?group=Spain&cells=both'));
    expect(onCompare.compare).toBe('#/compare?group=Spain&cells=both');
    expect(onCompare.table).toBe('#/?group=Spain');
    const onPractice = tabLinks(memory, parseHash('#/practice/x'));
    expect(onPractice.compare).toBe('#/compare?group=Portugal&cells=score');
    expect(onPractice.agreement).toBe('#/agreement?group=Portugal');
  });

  it('keeps only a view\'s own parameters as its settings', () => {
    expect(ownParams('stats', new URLSearchParams('group=Spain&groupBy=scope&sort=name')).toString()).toBe('groupBy=scope');
    expect(viewHref('coverage', { countryGroup: ['Spain'] })).toBe('#/coverage?group=Spain');
  });
});
