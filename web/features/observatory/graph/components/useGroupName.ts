// The name of a colour group: a country's name or an actor type's, "not set" for accounts without one.
import { useCallback } from 'react';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { countryName } from '../../components/countries.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { graphMessages } from '../messages.ts';
import type { ColourBy } from './GraphFilters.tsx';

export function useGroupName(colourBy: ColourBy): (group: string) => string {
  const t = useT(graphMessages);
  const tc = useT(observatoryComponentMessages);
  const lang = useLang();
  return useCallback(
    (group: string) => {
      if (!group) return t.unknown;
      return colourBy === 'country' ? countryName(group, lang) : (tc.actorTypes[group] ?? group);
    },
    [colourBy, lang, t, tc],
  );
}
