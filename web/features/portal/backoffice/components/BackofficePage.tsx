// Placeholder replaced by the feature's page.
export function BackofficePage() {
  return null;
}
