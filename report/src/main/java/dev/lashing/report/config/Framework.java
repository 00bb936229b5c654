package dev.lashing.report.config;

import dev.lashing.misconfig.check.Check;
import dev.lashing.misconfig.check.Controls;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The compliance frameworks whose controls checks name, by their command-line id. */
public enum Framework {
  CIS_DOCKER("cis-docker", "CIS Docker Benchmark 1.6", Controls::cisDocker),
  CIS_KUBERNETES("cis-kubernetes", "CIS Kubernetes Benchmark 1.10", Controls::cisKubernetes),
  NSA_CISA("nsa-cisa", "NSA/CISA Kubernetes Hardening Guide", Controls::nsaCisa),
  NIST_800_190("nist-800-190", "NIST SP 800-190", Controls::nist800190),
  MITRE("mitre", "MITRE ATT&CK for Containers", Controls::mitre),
  PCI_DSS("pci-dss", "PCI DSS 4.0", Controls::pciDss);

  private final String id;
  private final String title;
  private final Function<Controls, List<String>> controls;

  Framework(String id, String title, Function<Controls, List<String>> controls) {
    this.id = id;
    this.title = title;
    this.controls = controls;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  /** The controls of this framework that {@code check} supports. */
  public List<String> controlsOf(Check check) {
    return controls.apply(check.controls());
  }

  /** The controls of this framework in {@code controls} (of a check or any other rule). */
  public List<String> controlsOf(Controls controls) {
    return this.controls.apply(controls);
  }

  public static Optional<Framework> byId(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.strip())).findFirst();
  }

  /** {@code cis-docker, cis-kubernetes, …} for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(Framework::id).collect(Collectors.joining(", "));
  }
}
