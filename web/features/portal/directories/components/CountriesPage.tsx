// Placeholder replaced by the feature's page.
export function CountriesPage() {
  return null;
}
