/**
 * Yields to the browser for one task: input, rendering and other tasks run before the work
 * goes on. A message-channel task, not `setTimeout(0)`: nested timers are clamped to 4 ms,
 * which a loop of 12 ms slices would pay on every slice.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
