package dev.lashing.report.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lashing.image.ImageConfig;
import dev.lashing.image.ImageInspection;
import dev.lashing.image.ImageInspection.LayerInfo;
import dev.lashing.model.OsInfo;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of an inspection. Field names are a stable interface (camelCase); environment
 * variable values are never written, only names, since they often hold secrets.
 */
public final class InspectJson {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private InspectJson() {}

  public static void write(ImageInspection i, Writer out) throws IOException {
    out.write(JSON.writeValueAsString(tree(i)));
    out.write('\n');
  }

  static ObjectNode tree(ImageInspection i) {
    ObjectNode root = JSON.createObjectNode();
    root.put("name", i.name());
    root.put("source", i.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    putNullable(root, "reference", i.reference());
    strings(root.putArray("tags"), i.tags());
    putNullable(root, "manifestDigest", i.manifestDigest());
    putNullable(root, "configDigest", i.configDigest());
    root.put("platform", i.platform().toString());
    OsInfo o = i.os();
    if (o == null) {
      root.putNull("os");
    } else {
      ObjectNode os = root.putObject("os");
      os.put("id", o.id());
      putNullable(os, "versionId", o.versionId());
      putNullable(os, "codename", o.versionCodename());
      putNullable(os, "prettyName", o.prettyName());
    }
    root.set("config", config(i.config()));
    ArrayNode layers = root.putArray("layers");
    for (LayerInfo l : i.layers()) {
      ObjectNode n = layers.addObject();
      n.put("index", l.index());
      n.put("digest", l.digest().toString());
      n.put("diffId", l.diffId().toString());
      n.put("mediaType", l.mediaType());
      n.put("size", l.size());
      n.put("uncompressedSize", l.uncompressedSize());
      n.put("entries", l.entries());
      putNullable(n, "createdBy", l.createdBy());
    }
    root.put("size", i.size());
    root.put("uncompressedSize", i.uncompressedSize());
    root.put("fileCount", i.fileCount());
    return root;
  }

  private static ObjectNode config(ImageConfig c) {
    ObjectNode n = JSON.createObjectNode();
    putNullable(n, "created", c.created());
    putNullable(n, "author", c.author());
    putNullable(n, "user", c.user());
    strings(n.putArray("entrypoint"), c.entrypoint());
    strings(n.putArray("cmd"), c.cmd());
    putNullable(n, "workingDir", c.workingDir());
    strings(n.putArray("envNames"), c.envNames());
    strings(n.putArray("exposedPorts"), c.exposedPorts());
    strings(n.putArray("volumes"), c.volumes());
    ObjectNode labels = n.putObject("labels");
    for (Map.Entry<String, String> e : c.labels().entrySet()) {
      labels.put(e.getKey(), e.getValue());
    }
    putNullable(n, "stopSignal", c.stopSignal());
    ArrayNode history = n.putArray("history");
    for (ImageConfig.History h : c.history()) {
      ObjectNode hn = history.addObject();
      putNullable(hn, "created", h.created());
      putNullable(hn, "createdBy", h.createdBy());
      putNullable(hn, "comment", h.comment());
      hn.put("emptyLayer", h.emptyLayer());
    }
    return n;
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static void putNullable(ObjectNode n, String field, @Nullable Object value) {
    if (value == null) {
      n.putNull(field);
    } else {
      n.put(field, value.toString());
    }
  }
}
