// Placeholder of the DealRoomPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function DealRoomPage() {
  return <NetworkFrame title="DealRoomPage">{null}</NetworkFrame>;
}
