package dev.lashing.image.archive;

import dev.lashing.model.Digest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes docker-archive tars for tests: legacy ({@code <id>/layer.tar}, {@code <hex>.json}) or
 * docker ≥ 25 ({@code blobs/sha256/<hex>}) naming, with {@code manifest.json} first or last.
 */
final class DockerArchives {
  private DockerArchives() {}

  /** One image of the archive: its stored layer blobs (compressed or not) and diff ids. */
  record Img(List<String> tags, List<byte[]> blobs, List<Digest> diffIds) {
    static Img of(String tag, byte[]... plainLayers) {
      return of(tag, UnaryOperator.identity(), plainLayers);
    }

    static Img of(String tag, UnaryOperator<byte[]> compress, byte[]... plainLayers) {
      List<byte[]> blobs = new ArrayList<>();
      List<Digest> ids = new ArrayList<>();
      for (byte[] l : plainLayers) {
        blobs.add(compress.apply(l));
        ids.add(TarWriter.sha256(l));
      }
      return new Img(tag == null ? List.of() : List.of(tag), blobs, ids);
    }

    String config() {
      return TarWriter.config(diffIds.toArray(Digest[]::new));
    }
  }

  static byte[] legacy(boolean manifestFirst, Img... images) {
    TarWriter t = new TarWriter();
    StringBuilder manifest = new StringBuilder("[");
    List<Runnable> body = new ArrayList<>();
    for (Img img : images) {
      byte[] config = img.config().getBytes(StandardCharsets.UTF_8);
      String configName = TarWriter.sha256(config).hex() + ".json";
      List<String> layerNames = new ArrayList<>();
      for (byte[] blob : img.blobs()) {
        String id = TarWriter.sha256(blob).hex();
        layerNames.add(id + "/layer.tar");
        body.add(() -> t.dir(id).file(id + "/VERSION", "1.0").file(id + "/layer.tar", blob));
      }
      body.add(() -> t.file(configName, config));
      manifest.append(manifest.length() > 1 ? "," : "").append(entry(configName, img, layerNames));
    }
    manifest.append(']');
    if (manifestFirst) {
      t.file("manifest.json", manifest.toString());
    }
    body.forEach(Runnable::run);
    if (!manifestFirst) {
      t.file("manifest.json", manifest.toString());
    }
    return t.toBytes();
  }

  static byte[] blobs(Img img) {
    TarWriter t = new TarWriter();
    byte[] config = img.config().getBytes(StandardCharsets.UTF_8);
    String configName = "blobs/sha256/" + TarWriter.sha256(config).hex();
    List<String> layerNames = new ArrayList<>();
    for (byte[] blob : img.blobs()) {
      String n = "blobs/sha256/" + TarWriter.sha256(blob).hex();
      layerNames.add(n);
      t.file(n, blob);
    }
    t.file(configName, config);
    t.file("manifest.json", "[" + entry(configName, img, layerNames) + "]");
    return t.toBytes();
  }

  static String entry(String config, Img img, List<String> layers) {
    return "{\"Config\":"
        + quote(config)
        + ",\"RepoTags\":["
        + String.join(",", img.tags().stream().map(DockerArchives::quote).toList())
        + "],\"Layers\":["
        + String.join(",", layers.stream().map(DockerArchives::quote).toList())
        + "]}";
  }

  static String quote(String s) {
    return '"' + s + '"';
  }
}
