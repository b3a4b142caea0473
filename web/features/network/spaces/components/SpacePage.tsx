// Placeholder of the SpacePage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function SpacePage() {
  return <NetworkFrame title="SpacePage">{null}</NetworkFrame>;
}
