package dev.lashing.misconfig.netpol;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Why a workload is worth reaching: a datastore (by port or image) or mounted Secrets. */
final class Sensitivity {
  /** Well-known datastore ports. */
  static final Map<Integer, String> PORTS =
      Map.ofEntries(
          Map.entry(5432, "PostgreSQL"),
          Map.entry(3306, "MySQL"),
          Map.entry(6379, "Redis"),
          Map.entry(27017, "MongoDB"),
          Map.entry(9200, "Elasticsearch"),
          Map.entry(9300, "Elasticsearch"),
          Map.entry(9042, "Cassandra"),
          Map.entry(11211, "Memcached"),
          Map.entry(1433, "SQL Server"),
          Map.entry(1521, "Oracle"),
          Map.entry(5984, "CouchDB"),
          Map.entry(2379, "etcd"),
          Map.entry(26257, "CockroachDB"),
          Map.entry(8086, "InfluxDB"),
          Map.entry(7687, "Neo4j"));

  /** Image repository names of datastores (last path segment, before the tag). */
  private static final Map<String, String> IMAGES =
      Map.ofEntries(
          Map.entry("postgres", "PostgreSQL"),
          Map.entry("postgresql", "PostgreSQL"),
          Map.entry("mysql", "MySQL"),
          Map.entry("mariadb", "MariaDB"),
          Map.entry("redis", "Redis"),
          Map.entry("mongo", "MongoDB"),
          Map.entry("mongodb", "MongoDB"),
          Map.entry("elasticsearch", "Elasticsearch"),
          Map.entry("opensearch", "OpenSearch"),
          Map.entry("cassandra", "Cassandra"),
          Map.entry("memcached", "Memcached"),
          Map.entry("etcd", "etcd"),
          Map.entry("cockroach", "CockroachDB"),
          Map.entry("influxdb", "InfluxDB"),
          Map.entry("neo4j", "Neo4j"));

  private Sensitivity() {}

  static Optional<String> of(Endpoint.Workload w) {
    for (Endpoint.ContainerPort p : w.ports()) {
      if (p.protocol() == Protocol.TCP && PORTS.containsKey(p.port())) {
        return Optional.of(PORTS.get(p.port()) + " port " + p.port());
      }
    }
    for (String image : w.images()) {
      String repo = image.toLowerCase(Locale.ROOT);
      int at = repo.indexOf('@');
      repo = at >= 0 ? repo.substring(0, at) : repo;
      int slash = repo.lastIndexOf('/');
      repo = repo.substring(slash + 1);
      int colon = repo.indexOf(':');
      repo = colon >= 0 ? repo.substring(0, colon) : repo;
      if (IMAGES.containsKey(repo)) {
        return Optional.of(IMAGES.get(repo) + " image " + image);
      }
    }
    return w.mountsSecrets() ? Optional.of("mounts Secrets") : Optional.empty();
  }
}
