/** The values present in the store for each filterable field (`practices.facets`), for filter menus. */
import { useEffect, useState } from 'react';
import { call } from '../app/apiClient';
import type { PracticeFacets } from '../../../data/practices/model';

export function useFacets(): { facets: PracticeFacets | null; error: string | null } {
  const [facets, setFacets] = useState<PracticeFacets | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('practices.facets', {}).then((result) => {
      if (!live) return;
      if (result.ok) setFacets(result.value);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, []);
  return { facets, error };
}
