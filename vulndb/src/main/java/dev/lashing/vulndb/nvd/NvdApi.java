package dev.lashing.vulndb.nvd;

import dev.lashing.vulndb.Feed;
import dev.lashing.vulndb.VulnSource;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The NVD CVE API 2.0 source, its paging and its optional API key. */
public final class NvdApi {

  /** The source name users select with {@code --source}. */
  public static final String NAME = "nvd";

  /** The API endpoint. */
  public static final URI ENDPOINT = URI.create("https://services.nvd.nist.gov/rest/json/cves/2.0");

  /** NVD's largest page. */
  public static final int PAGE_SIZE = 2000;

  /** NVD's longest lastModified window per query. */
  public static final Duration MAX_WINDOW = Duration.ofDays(120);

  /** The environment variable holding an NVD API key. */
  public static final String API_KEY_ENV = "NVD_API_KEY";

  /** Every CVE, paged from the first result. */
  public static final Feed ALL = new Feed("cves", page(ENDPOINT + "?", 0));

  private static final DateTimeFormatter NVD_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private NvdApi() {}

  /** The source paging through every CVE. */
  public static VulnSource source() {
    return new NvdSource(List.of(ALL));
  }

  /**
   * Feeds for the CVEs modified in {@code [start, end]}, one per window of at most 120 days, each
   * named {@code cves-modified-<n>}.
   */
  public static List<Feed> modifiedBetween(Instant start, Instant end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
    List<Feed> feeds = new ArrayList<>();
    Instant from = start;
    int n = 0;
    do {
      Instant to = from.plus(MAX_WINDOW).isBefore(end) ? from.plus(MAX_WINDOW) : end;
      String base =
          ENDPOINT
              + "?lastModStartDate="
              + NVD_TIME.format(from)
              + "&lastModEndDate="
              + NVD_TIME.format(to)
              + "&";
      feeds.add(new Feed("cves-modified-" + n++, page(base, 0)));
      from = to;
    } while (from.isBefore(end));
    return List.copyOf(feeds);
  }

  /**
   * Request headers for the API: {@code apiKey} from {@code NVD_API_KEY} when set, else none. The
   * key is a secret: never log it.
   */
  public static Map<String, String> requestHeaders() {
    String key = System.getenv(API_KEY_ENV);
    return key == null || key.isBlank() ? Map.of() : Map.of("apiKey", key.strip());
  }

  static URI page(String base, int startIndex) {
    return URI.create(base + "resultsPerPage=" + PAGE_SIZE + "&startIndex=" + startIndex);
  }
}
