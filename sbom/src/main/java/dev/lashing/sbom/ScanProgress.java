package dev.lashing.sbom;

/**
 * Hears how far a scan is, for a progress display: a sequence of steps, each with an amount of work
 * in some unit (layers, files) and, where known, in bytes. Calls may come from several threads.
 */
public interface ScanProgress {

  /** Ignores everything. */
  ScanProgress NONE =
      new ScanProgress() {
        @Override
        public void begin(String step, long total, String unit, long totalBytes) {}

        @Override
        public void advance(long units, long bytes) {}
      };

  /**
   * A step starts.
   *
   * @param step what is done, e.g. {@code indexing}
   * @param total units of work in the step, 0 when unknown
   * @param unit what a unit is, e.g. {@code layers}, {@code files}
   * @param totalBytes bytes the step reads, 0 when unknown
   */
  void begin(String step, long total, String unit, long totalBytes);

  /** Work done in the current step since the last call: whole units and bytes read. */
  void advance(long units, long bytes);
}
