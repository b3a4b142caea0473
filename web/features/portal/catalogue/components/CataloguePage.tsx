// Placeholder replaced by the feature's page.
export function CataloguePage() {
  return null;
}
