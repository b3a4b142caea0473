// Placeholder replaced by the feature's page.
export function PartnersPage() {
  return null;
}
