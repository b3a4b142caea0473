// Placeholder of the FeedPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function FeedPage() {
  return <NetworkFrame title="FeedPage">{null}</NetworkFrame>;
}
