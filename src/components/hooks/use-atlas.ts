/** Loads and checks the compact atlas once; a failed fetch or a wrong file becomes a message. */
import { useEffect, useState } from 'react';
import { decodeCompactAtlas, type CompactAtlas } from '../../data/compact-atlas';

export type AtlasState = { atlas: CompactAtlas; error: null } | { atlas: null; error: string | null };

export function useAtlas(url: string): AtlasState {
  const [state, setState] = useState<AtlasState>({ atlas: null, error: null });
  useEffect(() => {
    let cancelled = false;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((buffer) => decodeCompactAtlas(buffer))
      .then((atlas) => !cancelled && setState({ atlas, error: null }))
      .catch((error: unknown) => !cancelled && setState({ atlas: null, error: error instanceof Error ? error.message : String(error) }));
    return () => {
      cancelled = true;
    };
  }, [url]);
  return state;
}
