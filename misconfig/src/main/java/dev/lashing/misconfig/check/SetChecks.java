package dev.lashing.misconfig.check;

import java.util.LinkedHashMap;
import java.util.Map;

/** The explicit registry of set check logic, by the name check files use in {@code class:}. */
public final class SetChecks {
  private SetChecks() {}

  public static Map<String, SetCheck> registry() {
    Map<String, SetCheck> r = new LinkedHashMap<>();
    r.put("secret-not-rotated", SecretAgeCheck::new);
    r.put("encryption-config-missing", EncryptionConfigMissingCheck::new);
    r.put("plain-secret-with-external-store", PlainSecretCheck::new);
    r.put("namespace-without-mesh-mtls", MeshMtlsCheck::new);
    return r;
  }
}
