// Placeholder of the SearchPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function SearchPage() {
  return <NetworkFrame title="SearchPage">{null}</NetworkFrame>;
}
