// Placeholder replaced by the feature's page.
export function NewsListPage() {
  return null;
}
