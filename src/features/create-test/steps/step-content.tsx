import { AutomationsStep } from './automations-step';
import { BasicsStep } from './basics-step';
import { ContentStep } from './content-step';
import { RecipientsStep } from './recipients-step';
import { ReviewStep } from './review-step';
import { ScheduleStep } from './schedule-step';
import { SendingStep } from './sending-step';
import type { StepId } from '../wizard-steps';

export function StepContent({ step, onEdit }: { step: StepId; onEdit: (step: StepId) => void }) {
  switch (step) {
    case 'basics':
      return <BasicsStep />;
    case 'sending':
      return <SendingStep />;
    case 'content':
      return <ContentStep />;
    case 'recipients':
      return <RecipientsStep />;
    case 'schedule':
      return <ScheduleStep />;
    case 'automations':
      return <AutomationsStep />;
    case 'review':
      return <ReviewStep onEdit={onEdit} />;
  }
}
