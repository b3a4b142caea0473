// Placeholder of the MemberPage page, replaced by its feature.
import { NetworkFrame } from '../../components/NetworkFrame.tsx';

export function MemberPage() {
  return <NetworkFrame title="MemberPage">{null}</NetworkFrame>;
}
