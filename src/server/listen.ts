import type http from 'node:http';

/** The port is taken by another process: the user's to fix, so it is said in one line. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
}

/**
 * Starts listening, and turns Node's EADDRINUSE (a raw stack by default) into a PortInUseError
 * whose message names the PORT setting.
 */
export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(new PortInUseError(`PORT ${port} is already in use on ${host}: stop what listens there, or set PORT to a free port.`));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
