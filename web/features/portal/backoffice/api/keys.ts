// Query keys of the back office: everything under one root, so a change refetches what it may have moved.
import type { ContentKind } from '../../../../../common/portal-terms.ts';

export const backofficeKey = ['portal', 'backoffice'] as const;
export const kindKey = (kind: ContentKind) => [...backofficeKey, kind] as const;
export const itemKey = (kind: ContentKind, id: string) => [...kindKey(kind), 'item', id] as const;
