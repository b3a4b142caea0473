// Placeholder replaced by the feature's page.
export function NewsPage() {
  return null;
}
