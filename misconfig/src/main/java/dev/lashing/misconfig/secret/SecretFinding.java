package dev.lashing.misconfig.secret;

import dev.lashing.model.Digest;
import dev.lashing.model.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One secret found. Never holds the secret: {@code redacted} shows its first few characters only.
 *
 * @param ruleId the rule's stable id
 * @param ruleName the rule's short name
 * @param title what was found
 * @param severity the rule's severity
 * @param path the file as the user sees it: the path inside an image, or the file path for a
 *     directory or file target
 * @param line 1-based line of the secret's first character (of a private key block's BEGIN line)
 * @param column 1-based column of the secret's first character
 * @param redacted the secret's first characters followed by {@code ****}
 * @param layer the image layer whose file holds the secret (the lowest one, when several layers
 *     hold it); null outside images
 * @param removedLater the secret is not in the final image's file system (a later layer deleted or
 *     replaced the file) but stays readable in the layer
 */
public record SecretFinding(
    String ruleId,
    String ruleName,
    String title,
    Severity severity,
    String path,
    int line,
    int column,
    String redacted,
    @Nullable LayerRef layer,
    boolean removedLater) {

  /**
   * The layer that added a secret.
   *
   * @param index layer index, bottom first
   * @param digest the layer blob's digest, as the manifest names it
   * @param diffId the uncompressed layer's digest
   * @param createdBy the history step that made the layer ({@code created_by}), if recorded
   */
  public record LayerRef(int index, Digest digest, Digest diffId, @Nullable String createdBy) {}
}
