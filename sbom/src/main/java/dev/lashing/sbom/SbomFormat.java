package dev.lashing.sbom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The document formats Lashing writes; the first four it also reads. */
public enum SbomFormat {
  CYCLONEDX_JSON("cyclonedx-json", true),
  CYCLONEDX_XML("cyclonedx-xml", true),
  SPDX_JSON("spdx-json", true),
  SPDX_TV("spdx-tv", true),
  TABLE("table", false),
  JSON("json", false);

  private final String id;
  private final boolean readable;

  SbomFormat(String id, boolean readable) {
    this.id = id;
    this.readable = readable;
  }

  /** The name users type: {@code cyclonedx-json}, {@code spdx-tv}, … */
  public String id() {
    return id;
  }

  /** Whether {@link SbomCodecs#read} reads this format back. */
  public boolean readable() {
    return readable;
  }

  public static Optional<SbomFormat> byId(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.id.equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return id;
  }
}
