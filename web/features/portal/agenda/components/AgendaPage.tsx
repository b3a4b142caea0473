// Placeholder replaced by the feature's page.
export function AgendaPage() {
  return null;
}
