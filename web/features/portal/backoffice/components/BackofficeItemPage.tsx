// Placeholder replaced by the feature's page.
export function BackofficeItemPage() {
  return null;
}
