/**
 * Loads and checks the compact atlas once; a failed fetch or a wrong file becomes a message.
 * The file is fetched at once; it is decoded (a long task at archive scale) when `decodeNow`
 * says so, or after DECODE_WAIT_MS at the latest.
 */
import { useEffect, useState } from 'react';
import { decodeCompactAtlas, type CompactAtlas } from '../../data/compact-atlas';

export type AtlasState = { atlas: CompactAtlas; error: null } | { atlas: null; error: string | null };

/** The longest the decoding waits for `decodeNow`. */
const DECODE_WAIT_MS = 1500;

export function useAtlas(url: string, decodeNow = true): AtlasState {
  const [state, setState] = useState<AtlasState>({ atlas: null, error: null });
  const [buffer, setBuffer] = useState<ArrayBuffer | null>(null);
  const [waited, setWaited] = useState(false);

  useEffect(() => {
    let cancelled = false;
    fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
        return response.arrayBuffer();
      })
      .then((bytes) => !cancelled && setBuffer(bytes))
      .catch((error: unknown) => !cancelled && setState({ atlas: null, error: error instanceof Error ? error.message : String(error) }));
    const timer = setTimeout(() => !cancelled && setWaited(true), DECODE_WAIT_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [url]);

  useEffect(() => {
    if (!buffer || !(decodeNow || waited)) return;
    try {
      setState({ atlas: decodeCompactAtlas(buffer), error: null });
    } catch (error: unknown) {
      setState({ atlas: null, error: error instanceof Error ? error.message : String(error) });
    }
    setBuffer(null);
  }, [buffer, decodeNow, waited]);
  return state;
}
