/** The benchmark serves the site or a bench page with the browser tests' static server. */
import { serveStatic } from '../../tests/e2e/static-server';

/** Serves `root` on 127.0.0.1; `overrides` maps a URL path to a file elsewhere (a bench page's data.json). */
export async function serveDirectory(root: string, overrides: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const { server, url } = await serveStatic(root, overrides);
  return {
    url,
    close: () =>
      new Promise<void>((closed) => {
        server.close(() => closed());
        server.closeAllConnections();
      }),
  };
}
