// Wall-clock time per build stage, for the CLI summary and the benchmark; also reports
// each stage as it starts, for progress output.

export class Timings {
  readonly stages = new Map<string, number>();
  private readonly started = performance.now();

  constructor(private readonly onStage?: (stage: string) => void) {}

  async run<T>(stage: string, work: () => Promise<T>): Promise<T> {
    this.onStage?.(stage);
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.stages.set(stage, (this.stages.get(stage) ?? 0) + performance.now() - start);
    }
  }

  runSync<T>(stage: string, work: () => T): T {
    this.onStage?.(stage);
    const start = performance.now();
    try {
      return work();
    } finally {
      this.stages.set(stage, (this.stages.get(stage) ?? 0) + performance.now() - start);
    }
  }

  total(): number {
    return performance.now() - this.started;
  }
}
