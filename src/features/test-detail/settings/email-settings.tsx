import type { PlacementTestDetail } from '../../../../core/contract/placement-tests';
import { EmailPreview } from '../../placement-test-ui/email-preview/email-preview';
import { SectionCard } from '../section-card';

/** Subject and body as recipients see them, in the sandboxed preview. */
export function EmailSettings({ placementTest }: { placementTest: PlacementTestDetail }) {
  return (
    <SectionCard title="Email">
      <EmailPreview subject={placementTest.email_subject} body={placementTest.email_body} height={320} />
    </SectionCard>
  );
}
