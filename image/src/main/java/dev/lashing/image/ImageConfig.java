package dev.lashing.image;

import dev.lashing.model.Digest;
import dev.lashing.model.Platform;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parts of an OCI / Docker image configuration that Lashing reports and reasons about.
 * Collections are never null; absent values are empty.
 */
public record ImageConfig(
    @Nullable Platform platform,
    @Nullable String created,
    @Nullable String author,
    @Nullable String user,
    List<String> entrypoint,
    List<String> cmd,
    List<String> env,
    List<String> exposedPorts,
    Map<String, String> labels,
    @Nullable String workingDir,
    List<String> volumes,
    @Nullable String stopSignal,
    List<History> history,
    List<Digest> diffIds) {

  /** The configuration of something that has none, such as a root filesystem directory. */
  public static final ImageConfig EMPTY =
      new ImageConfig(
          null, null, null, null, List.of(), List.of(), List.of(), List.of(), Map.of(), null,
          List.of(), null, List.of(), List.of());

  public ImageConfig {
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    env = List.copyOf(env);
    exposedPorts = List.copyOf(exposedPorts);
    labels = Map.copyOf(labels);
    volumes = List.copyOf(volumes);
    history = List.copyOf(history);
    diffIds = List.copyOf(diffIds);
  }

  /** Names of the environment variables (values may hold secrets; reports show names only). */
  public List<String> envNames() {
    return env.stream().map(e -> e.contains("=") ? e.substring(0, e.indexOf('=')) : e).toList();
  }

  /** One step of the image's build history. */
  public record History(
      @Nullable String created,
      @Nullable String createdBy,
      @Nullable String comment,
      boolean emptyLayer) {}
}
