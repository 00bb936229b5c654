package dev.lashing.image.oci;

import dev.lashing.model.Digest;
import java.util.List;
import java.util.Map;

/** A parsed manifest-like document: an image manifest or an index (manifest list). */
public sealed interface ManifestDocument {

  String mediaType();

  /** Digest of the exact bytes the document was parsed from. */
  Digest digest();

  /** A single-platform image manifest (OCI or Docker schema 2). */
  record ImageManifest(
      String mediaType,
      Digest digest,
      Descriptor config,
      List<Descriptor> layers,
      Map<String, String> annotations)
      implements ManifestDocument {
    public ImageManifest {
      layers = List.copyOf(layers);
      annotations = Map.copyOf(annotations);
    }
  }

  /** An OCI image index or Docker manifest list. */
  record ImageIndex(String mediaType, Digest digest, List<Descriptor> manifests)
      implements ManifestDocument {
    public ImageIndex {
      manifests = List.copyOf(manifests);
    }
  }
}
