// Placeholder replaced by the feature's page.
export function HotlinePage() {
  return null;
}
