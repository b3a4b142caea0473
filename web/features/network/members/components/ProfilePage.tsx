// Placeholder of the ProfilePage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function ProfilePage() {
  return <NetworkFrame title="ProfilePage">{null}</NetworkFrame>;
}
