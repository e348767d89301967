/**
 * Catches a render error in the island (or a part of it) and says so in a short notice
 * instead of leaving a blank map; the server-rendered list and pages keep working.
 */
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, for the notice: "The map" unless told. */
  what?: string;
  children: ReactNode;
}

export default class IslandBoundary extends Component<Props, { error: string | null }> {
  state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error.message : String(error) };
  }

  componentDidCatch(error: unknown) {
    console.warn('Incident Atlas:', error);
  }

  render() {
    if (this.state.error === null) return this.props.children;
    return (
      <p className="map-message map-message--error" role="alert">
        {this.props.what ?? 'The map'} stopped working ({this.state.error}). The incident list and the place pages still work;
        reloading the page may help.
      </p>
    );
  }
}
