// The frame of the registry's inline forms: a border rather than a tinted background, so that the DSFR
// buttons inside keep their contrast in the light and dark themes alike.
export const panelStyle = { border: '1px solid var(--border-default-grey)' } as const;
