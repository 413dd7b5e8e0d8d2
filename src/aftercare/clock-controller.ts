import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Re-renders its host on a steady tick while it runs and the page is visible. It does no work
 * while the page is hidden, and catches up at once when the page is shown again.
 */
export class ClockController implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running = false;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly intervalMs = 30_000,
  ) {
    host.addController(this);
  }

  /** Starts or stops the tick. */
  set(run: boolean): void {
    this.running = run;
    this.sync();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.sync();
  }

  private readonly onVisibility = () => {
    if (!document.hidden && this.running) this.host.requestUpdate();
    this.sync();
  };

  private sync(): void {
    const shouldTick = this.running && this.connected && !document.hidden;
    if (shouldTick && this.timer === undefined) {
      this.timer = setInterval(() => this.host.requestUpdate(), this.intervalMs);
    } else if (!shouldTick && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}
