import { NotFoundPage } from '../../components/not-found-page';

export function TestNotFound() {
  return (
    <NotFoundPage
      title="Test not found"
      message="There is no test at this address. It may have been deleted, or the link is incomplete."
    />
  );
}
