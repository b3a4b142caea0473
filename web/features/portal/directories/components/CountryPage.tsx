// Placeholder replaced by the feature's page.
export function CountryPage() {
  return null;
}
