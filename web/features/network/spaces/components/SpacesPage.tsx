// Placeholder of the SpacesPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function SpacesPage() {
  return <NetworkFrame title="SpacesPage">{null}</NetworkFrame>;
}
