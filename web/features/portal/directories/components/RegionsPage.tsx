// Placeholder replaced by the feature's page.
export function RegionsPage() {
  return null;
}
