package dev.lashing.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The operating system an image or root filesystem was built from, as its release files say.
 *
 * @param id lowercase distribution id as os-release spells it ({@code debian}, {@code alpine},
 *     {@code rhel}, {@code centos}, …)
 * @param versionId release version ({@code 12}, {@code 3.20.1}), null when the files name none
 * @param versionCodename release code name ({@code bookworm}), if known
 * @param prettyName the human-readable name, if known
 * @param idLike ids of related distributions (os-release {@code ID_LIKE}), closest first
 * @param source absolute path of the file the facts were read from
 */
public record OsInfo(
    String id,
    @Nullable String versionId,
    @Nullable String versionCodename,
    @Nullable String prettyName,
    List<String> idLike,
    String source) {

  public OsInfo {
    if (id.isBlank()) {
      throw new IllegalArgumentException("os id must not be blank");
    }
    idLike = List.copyOf(idLike);
  }
}
