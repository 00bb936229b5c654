package dev.lashing.misconfig.secret;

import java.util.List;

/**
 * What a secret scan found and what it looked at.
 *
 * @param target what was scanned, as the user named it
 * @param findings in path, line, column and rule order
 * @param filesScanned text files whose content was matched
 * @param skippedBinary files skipped because they hold a NUL byte in their first 8 KiB
 * @param skippedLarge files skipped because they exceed the size cap
 * @param skippedAllowed files skipped because an allowed path matched them
 */
public record SecretScanResult(
    String target,
    List<SecretFinding> findings,
    int filesScanned,
    int skippedBinary,
    int skippedLarge,
    int skippedAllowed) {
  public SecretScanResult {
    findings = List.copyOf(findings);
  }
}
