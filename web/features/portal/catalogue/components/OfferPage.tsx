// Placeholder replaced by the feature's page.
export function OfferPage() {
  return null;
}
