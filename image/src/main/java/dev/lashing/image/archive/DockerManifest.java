package dev.lashing.image.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lashing.image.ImageException;
import dev.lashing.image.oci.OciDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One image of a docker-archive's {@code manifest.json}: the config entry, its tags and its layer
 * entries, bottom first. Paths are normalized and never leave the archive.
 */
record DockerManifest(String config, List<String> repoTags, List<String> layers) {

  DockerManifest {
    repoTags = List.copyOf(repoTags);
    layers = List.copyOf(layers);
  }

  /** Parses {@code manifest.json}; every error names {@code where} and the offending field. */
  static List<DockerManifest> parse(byte[] bytes, String where) throws ImageException {
    JsonNode root;
    try {
      root = OciDocuments.json().readTree(bytes);
    } catch (JsonProcessingException e) {
      String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      throw new ImageException(
          where + ": malformed JSON (" + m.lines().findFirst().orElse("") + ")");
    } catch (IOException e) {
      throw new ImageException(where + ": unreadable JSON (" + FileTree.message(e) + ")");
    }
    if (root == null || !root.isArray()) {
      throw new ImageException(where + ": expected a JSON array of images");
    }
    if (root.isEmpty()) {
      throw new ImageException(where + ": lists no images");
    }
    List<DockerManifest> out = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      out.add(image(root.get(i), where + " [" + i + "]"));
    }
    return out;
  }

  private static DockerManifest image(JsonNode n, String where) throws ImageException {
    if (!n.isObject()) {
      throw new ImageException(where + ": not an object");
    }
    JsonNode config = n.get("Config");
    if (config == null || !config.isTextual() || config.asText().isBlank()) {
      throw new ImageException(where + ": no Config path");
    }
    JsonNode layers = n.get("Layers");
    if (layers == null || !layers.isArray()) {
      throw new ImageException(where + ": no Layers array");
    }
    List<String> ls = new ArrayList<>(layers.size());
    for (int i = 0; i < layers.size(); i++) {
      JsonNode l = layers.get(i);
      if (!l.isTextual()) {
        throw new ImageException(where + " Layers[" + i + "]: not a path");
      }
      ls.add(path(l.asText(), where + " Layers[" + i + "]"));
    }
    List<String> tags = new ArrayList<>();
    JsonNode rt = n.get("RepoTags");
    if (rt != null && !rt.isNull()) {
      if (!rt.isArray()) {
        throw new ImageException(where + ": RepoTags is not an array");
      }
      for (JsonNode t : rt) {
        if (!t.isTextual()) {
          throw new ImageException(where + ": RepoTags holds a non-string");
        }
        tags.add(t.asText());
      }
    }
    return new DockerManifest(path(config.asText(), where + " Config"), tags, ls);
  }

  private static String path(String p, String where) throws ImageException {
    try {
      return ArchivePaths.normalize(p, false);
    } catch (IOException e) {
      throw new ImageException(where + ": " + e.getMessage());
    }
  }
}
