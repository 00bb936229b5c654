package dev.lashing.catalog;

import dev.lashing.image.fs.FileEntry;

/** Hears how far the read pass of {@link Catalog#run} is, for a progress display. */
public interface CatalogProgress {

  /** Ignores everything. */
  CatalogProgress NONE =
      new CatalogProgress() {
        @Override
        public void planned(int files, long bytes) {}

        @Override
        public void read(FileEntry file) {}
      };

  /** Called once, before reading: how many files the catalogers want, and their total size. */
  void planned(int files, long bytes);

  /** Called after each wanted file was read, from the reading thread. */
  void read(FileEntry file);
}
