import { Component, type ReactNode } from 'react';
import { RouteError } from './route-error';

/** Catches render errors (and failed lazy chunks) of one screen and shows RouteError. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  componentDidCatch(error: unknown) {
    console.error('[ui] screen failed', error);
  }

  render() {
    return this.state.error ? <RouteError error={this.state.error} /> : this.props.children;
  }
}
