// Placeholder of the DealRoomsPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function DealRoomsPage() {
  return <NetworkFrame title="DealRoomsPage">{null}</NetworkFrame>;
}
