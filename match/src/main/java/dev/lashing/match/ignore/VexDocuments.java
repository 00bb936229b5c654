package dev.lashing.match.ignore;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads VEX documents in the three formats users have, telling them apart by content: OpenVEX
 * ({@code @context} openvex), CycloneDX VEX ({@code bomFormat} with {@code vulnerabilities[]} and
 * their {@code analysis}) and CSAF VEX ({@code document.csaf_version} with {@code product_status}).
 */
public final class VexDocuments {
  private static final int MAX_BYTES = 64 * 1024 * 1024;
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(200)
                          .maxStringLength(MAX_BYTES)
                          .build())
                  .build())
          .build();

  private VexDocuments() {}

  public static List<VexStatement> read(Path file) throws IOException {
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new IOException(file + ": VEX document larger than 64 MiB, refused");
    }
    return parse(file.toString(), bytes);
  }

  /** Parses one document; {@code name} names it in messages and statement sources. */
  public static List<VexStatement> parse(String name, byte[] bytes) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (JacksonException e) {
      throw new IOException(name + ": not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new IOException(name + ": not a VEX document (expected a JSON object)");
    }
    if (root.path("@context").asText("").contains("openvex")) {
      return openVex(name, root);
    }
    if (root.has("bomFormat")) {
      return cycloneDx(name, root);
    }
    if (root.path("document").has("csaf_version")) {
      return csaf(name, root);
    }
    throw new IOException(
        name
            + ": not an OpenVEX, CycloneDX VEX or CSAF VEX document (no @context, bomFormat or"
            + " document.csaf_version)");
  }

  private static List<VexStatement> openVex(String name, JsonNode root) throws IOException {
    List<VexStatement> out = new ArrayList<>();
    int n = 0;
    for (JsonNode s : root.path("statements")) {
      n++;
      String where = name + " statement " + n;
      JsonNode v = s.path("vulnerability");
      String vuln = v.isTextual() ? v.asText() : v.path("name").asText(v.path("@id").asText(""));
      if (vuln.isBlank()) {
        throw new IOException(where + ": statement without a vulnerability name");
      }
      List<String> products = new ArrayList<>();
      for (JsonNode p : s.path("products")) {
        products.add(p.isTextual() ? p.asText() : p.path("@id").asText(""));
        for (JsonNode id : p.path("identifiers").path("purl")) {
          products.add(id.asText());
        }
        JsonNode purl = p.path("identifiers").path("purl");
        if (purl.isTextual()) {
          products.add(purl.asText());
        }
      }
      VexStatement.Status status = openVexStatus(where, s.path("status").asText(""));
      String justification = text(s, "justification");
      if (justification == null) {
        justification = text(s, "impact_statement");
      }
      out.add(new VexStatement(vuln, products, status, justification, where));
    }
    return out;
  }

  private static VexStatement.Status openVexStatus(String where, String status) throws IOException {
    return switch (status) {
      case "not_affected" -> VexStatement.Status.NOT_AFFECTED;
      case "fixed" -> VexStatement.Status.FIXED;
      case "affected" -> VexStatement.Status.AFFECTED;
      case "under_investigation" -> VexStatement.Status.UNDER_INVESTIGATION;
      default ->
          throw new IOException(
              where
                  + ": unknown status '"
                  + status
                  + "' (expected not_affected, fixed, affected or under_investigation)");
    };
  }

  private static List<VexStatement> cycloneDx(String name, JsonNode root) throws IOException {
    Map<String, String> refToPurl = new HashMap<>();
    collectComponents(root.path("components"), refToPurl);
    collectComponents(
        root.path("metadata").path("component").isMissingNode()
            ? JSON.createArrayNode()
            : JSON.createArrayNode().add(root.path("metadata").path("component")),
        refToPurl);
    List<VexStatement> out = new ArrayList<>();
    int n = 0;
    for (JsonNode v : root.path("vulnerabilities")) {
      n++;
      String where = name + " vulnerability " + n;
      String id = v.path("id").asText("");
      JsonNode analysis = v.path("analysis");
      if (id.isBlank() || analysis.isMissingNode()) {
        continue; // a vulnerability without analysis is a finding, not a VEX statement
      }
      List<String> products = new ArrayList<>();
      for (JsonNode a : v.path("affects")) {
        String ref = a.path("ref").asText("");
        products.add(refToPurl.getOrDefault(ref, ref));
      }
      String state = analysis.path("state").asText("");
      VexStatement.Status status =
          switch (state) {
            case "not_affected", "false_positive" -> VexStatement.Status.NOT_AFFECTED;
            case "resolved", "resolved_with_pedigree" -> VexStatement.Status.FIXED;
            case "exploitable" -> VexStatement.Status.AFFECTED;
            case "in_triage" -> VexStatement.Status.UNDER_INVESTIGATION;
            default ->
                throw new IOException(
                    where
                        + ": unknown analysis state '"
                        + state
                        + "' (expected resolved, resolved_with_pedigree, exploitable, in_triage,"
                        + " false_positive or not_affected)");
          };
      String justification = text(analysis, "justification");
      if (justification == null) {
        justification = text(analysis, "detail");
      }
      out.add(new VexStatement(id, products, status, justification, where));
    }
    return out;
  }

  private static void collectComponents(JsonNode components, Map<String, String> refToPurl) {
    for (JsonNode c : components) {
      String ref = c.path("bom-ref").asText("");
      String purl = c.path("purl").asText("");
      if (!ref.isBlank() && !purl.isBlank()) {
        refToPurl.put(ref, purl);
      }
      collectComponents(c.path("components"), refToPurl);
    }
  }

  private static List<VexStatement> csaf(String name, JsonNode root) throws IOException {
    Map<String, String> idToPurl = new HashMap<>();
    JsonNode tree = root.path("product_tree");
    collectCsafProducts(tree.path("branches"), idToPurl, 0);
    for (JsonNode p : tree.path("full_product_names")) {
      addCsafProduct(p, idToPurl);
    }
    for (JsonNode r : tree.path("relationships")) {
      String ref = r.path("product_reference").asText("");
      String id = r.path("full_product_name").path("product_id").asText("");
      JsonNode helper = r.path("full_product_name").path("product_identification_helper");
      String purl = helper.path("purl").asText(idToPurl.getOrDefault(ref, ""));
      if (!id.isBlank() && !purl.isBlank()) {
        idToPurl.put(id, purl);
      }
    }
    List<VexStatement> out = new ArrayList<>();
    int n = 0;
    for (JsonNode v : root.path("vulnerabilities")) {
      n++;
      String where = name + " vulnerability " + n;
      String id = v.path("cve").asText("");
      if (id.isBlank()) {
        for (JsonNode i : v.path("ids")) {
          id = i.path("text").asText("");
          break;
        }
      }
      if (id.isBlank()) {
        throw new IOException(where + ": vulnerability without cve or ids");
      }
      Map<String, String> justifications = new HashMap<>();
      for (JsonNode flag : v.path("flags")) {
        for (JsonNode pid : flag.path("product_ids")) {
          justifications.put(pid.asText(), flag.path("label").asText());
        }
      }
      JsonNode status = v.path("product_status");
      add(
          out,
          id,
          status.path("known_not_affected"),
          VexStatement.Status.NOT_AFFECTED,
          idToPurl,
          justifications,
          where);
      add(
          out,
          id,
          status.path("fixed"),
          VexStatement.Status.FIXED,
          idToPurl,
          justifications,
          where);
      add(
          out,
          id,
          status.path("known_affected"),
          VexStatement.Status.AFFECTED,
          idToPurl,
          justifications,
          where);
      add(
          out,
          id,
          status.path("under_investigation"),
          VexStatement.Status.UNDER_INVESTIGATION,
          idToPurl,
          justifications,
          where);
    }
    return out;
  }

  private static void add(
      List<VexStatement> out,
      String vuln,
      JsonNode productIds,
      VexStatement.Status status,
      Map<String, String> idToPurl,
      Map<String, String> justifications,
      String where) {
    for (JsonNode pid : productIds) {
      String id = pid.asText();
      String purl = idToPurl.getOrDefault(id, id);
      out.add(
          new VexStatement(
              vuln, List.of(purl), status, justifications.get(id), where + " product " + id));
    }
  }

  private static void collectCsafProducts(JsonNode branches, Map<String, String> out, int depth) {
    if (depth > 30) {
      return;
    }
    for (JsonNode b : branches) {
      addCsafProduct(b.path("product"), out);
      collectCsafProducts(b.path("branches"), out, depth + 1);
    }
  }

  private static void addCsafProduct(JsonNode product, Map<String, String> out) {
    String id = product.path("product_id").asText("");
    String purl = product.path("product_identification_helper").path("purl").asText("");
    if (!id.isBlank() && !purl.isBlank()) {
      out.put(id, purl);
    }
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isValueNode() || v.asText().isBlank() ? null : v.asText();
  }
}
