package dev.lashing.sbom.cyclonedx;

/** Names of the {@code lashing:*} properties: what CycloneDX has no field for. */
final class Props {
  static final String FOUND_BY = "lashing:foundBy";
  static final String TYPE = "lashing:type";
  static final String SOURCE_NAME = "lashing:sourceName";
  static final String SOURCE_VERSION = "lashing:sourceVersion";
  static final String ARCH = "lashing:arch";

  /** One per evidence occurrence, in order: the layer digest, or {@value #NO_LAYER}. */
  static final String LAYER = "lashing:layer";

  static final String NO_LAYER = "-";
  static final String METADATA = "lashing:metadata:";
  static final String CONTAINS = "lashing:contains";
  static final String MANIFEST_DIGEST = "lashing:image:manifestDigest";
  static final String CONFIG_DIGEST = "lashing:image:configDigest";
  static final String TAG = "lashing:image:tag";
  static final String PLATFORM = "lashing:image:platform";
  static final String OS_CODENAME = "lashing:os:codename";
  static final String OS_ID_LIKE = "lashing:os:idLike";
  static final String OS_SOURCE = "lashing:os:source";
  static final String SUBJECT_REF = "lashing:subject";
  static final String OS_REF = "lashing:os";

  private Props() {}
}
