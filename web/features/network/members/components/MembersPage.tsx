// Placeholder of the MembersPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function MembersPage() {
  return <NetworkFrame title="MembersPage">{null}</NetworkFrame>;
}
