// Who may change the observatory (registry, imports, polls): the platform's content editors
// (server/access/editors.ts), the same rule as the export portal's back office.
export { canEditContent as canEditObservatory, isEditor, requireEditor } from '../access/editors.ts';
