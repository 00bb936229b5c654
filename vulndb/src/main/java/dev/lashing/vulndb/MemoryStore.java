package dev.lashing.vulndb;

import dev.lashing.model.vuln.Advisory;
import dev.lashing.model.vuln.AffectedPackage;
import dev.lashing.model.vuln.Ecosystems;
import dev.lashing.model.vuln.Epss;
import dev.lashing.model.vuln.Kev;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A store in memory: advisories by (source, id), indexed by (ecosystem, normalised name) and by id
 * and alias. Writes are synchronised; reads see a consistent map after writing ends.
 */
public final class MemoryStore implements VulnStore, RecordSink {

  private final Map<String, Advisory> advisories = new LinkedHashMap<>();
  private final Map<String, Set<String>> byPackage = new HashMap<>();
  private final Map<String, Set<String>> byId = new HashMap<>();
  private final Map<String, Kev> kevs = new HashMap<>();
  private final Map<String, Epss> epss = new HashMap<>();

  MemoryStore() {}

  private static String key(Advisory a) {
    return a.source() + "\u0000" + a.id();
  }

  private static String packageKey(String ecosystem, String name) {
    return ecosystem + "\u0000" + Ecosystems.normalizeName(ecosystem, name);
  }

  @Override
  public synchronized void advisory(Advisory advisory) {
    String key = key(advisory);
    Advisory old = advisories.put(key, advisory);
    if (old != null) {
      for (AffectedPackage p : old.affected()) {
        Set<String> keys = byPackage.get(packageKey(p.ecosystem(), p.name()));
        if (keys != null) {
          keys.remove(key);
        }
      }
      unindexId(old.id(), key);
      old.aliases().forEach(alias -> unindexId(alias, key));
    }
    for (AffectedPackage p : advisory.affected()) {
      byPackage
          .computeIfAbsent(packageKey(p.ecosystem(), p.name()), k -> new LinkedHashSet<>())
          .add(key);
    }
    byId.computeIfAbsent(advisory.id(), k -> new LinkedHashSet<>()).add(key);
    for (String alias : advisory.aliases()) {
      byId.computeIfAbsent(alias, k -> new LinkedHashSet<>()).add(key);
    }
  }

  private void unindexId(String id, String key) {
    Set<String> keys = byId.get(id);
    if (keys != null) {
      keys.remove(key);
    }
  }

  @Override
  public synchronized void kev(Kev kev) {
    kevs.put(kev.cve(), kev);
  }

  @Override
  public synchronized void epss(Epss score) {
    epss.put(score.cve(), score);
  }

  @Override
  public synchronized List<Advisory> advisoriesFor(String ecosystem, String name) {
    return resolve(byPackage.get(packageKey(ecosystem, name)));
  }

  @Override
  public synchronized List<Advisory> byId(String id) {
    return resolve(byId.get(id));
  }

  private List<Advisory> resolve(Set<String> keys) {
    if (keys == null) {
      return List.of();
    }
    List<Advisory> found = new ArrayList<>(keys.size());
    for (String key : keys) {
      Advisory a = advisories.get(key);
      if (a != null) {
        found.add(a);
      }
    }
    return List.copyOf(found);
  }

  @Override
  public synchronized Optional<Kev> kev(String cve) {
    return Optional.ofNullable(kevs.get(cve));
  }

  @Override
  public synchronized Optional<Epss> epss(String cve) {
    return Optional.ofNullable(epss.get(cve));
  }

  /** The number of advisories held. */
  public synchronized int size() {
    return advisories.size();
  }

  @Override
  public List<SourceInfo> sources() {
    return List.of();
  }

  @Override
  public void close() {}
}
