package dev.lashing.misconfig.yaml;

import dev.lashing.misconfig.MisconfigException;
import dev.lashing.misconfig.yaml.YamlNode.Entry;
import dev.lashing.misconfig.yaml.YamlNode.ScalarType;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's composer (node graph with marks) without its constructor, so no tag ever creates a
 * Java object; the node graph is then copied into {@link YamlNode}s under a depth and node budget.
 */
final class SnakeYamlLoader implements YamlLoader {
  private final YamlLimits limits;

  SnakeYamlLoader(YamlLimits limits) {
    this.limits = limits;
  }

  @Override
  public List<YamlNode> load(String file, String text) throws MisconfigException {
    if (text.length() > limits.maxBytes()
        || text.getBytes(StandardCharsets.UTF_8).length > limits.maxBytes()) {
      throw MisconfigException.at(
          file, 0, "YAML larger than " + limits.maxBytes() + " bytes; refusing to parse");
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(Math.max(1, limits.maxBytes()));
    options.setAllowDuplicateKeys(true);
    options.setAllowRecursiveKeys(false);
    options.setProcessComments(false);
    Composer composer =
        new Composer(
            new ParserImpl(new StreamReader(new StringReader(text)), options),
            new Resolver(),
            options);
    List<YamlNode> documents = new ArrayList<>();
    int[] budget = {limits.maxNodes()};
    try {
      while (composer.checkNode()) {
        Node node = composer.getNode();
        if (node == null || node instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
          continue;
        }
        documents.add(convert(file, node, 0, budget));
      }
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
      throw MisconfigException.at(
          file, mark == null ? 0 : mark.getLine() + 1, "invalid YAML: " + oneLine(problem));
    } catch (YAMLException e) {
      throw MisconfigException.at(file, 0, "invalid YAML: " + oneLine(e.getMessage()));
    }
    return documents;
  }

  private YamlNode convert(String file, Node node, int depth, int[] budget)
      throws MisconfigException {
    Position position =
        new Position(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    if (depth > limits.maxDepth()) {
      throw MisconfigException.at(
          file, position.line(), "YAML nested deeper than " + limits.maxDepth() + " levels");
    }
    if (--budget[0] < 0) {
      throw MisconfigException.at(
          file, position.line(), "YAML expands to more than " + limits.maxNodes() + " nodes");
    }
    return switch (node) {
      case ScalarNode s -> new YamlNode.Scalar(s.getValue(), typeOf(s.getTag()), position);
      case SequenceNode seq -> {
        List<YamlNode> items = new ArrayList<>();
        for (Node item : seq.getValue()) {
          items.add(convert(file, item, depth + 1, budget));
        }
        yield new YamlNode.Sequence(items, position);
      }
      case MappingNode map -> {
        List<Entry> entries = new ArrayList<>();
        for (NodeTuple tuple : map.getValue()) {
          YamlNode key = convert(file, tuple.getKeyNode(), depth + 1, budget);
          if (!(key instanceof YamlNode.Scalar scalarKey)) {
            throw MisconfigException.at(file, key.position().line(), "mapping key is not a scalar");
          }
          entries.add(new Entry(scalarKey, convert(file, tuple.getValueNode(), depth + 1, budget)));
        }
        yield new YamlNode.Mapping(entries, position);
      }
      default ->
          throw MisconfigException.at(file, position.line(), "unsupported YAML node " + node);
    };
  }

  private static ScalarType typeOf(Tag tag) {
    if (tag.equals(Tag.INT)) {
      return ScalarType.INT;
    } else if (tag.equals(Tag.FLOAT)) {
      return ScalarType.FLOAT;
    } else if (tag.equals(Tag.BOOL)) {
      return ScalarType.BOOL;
    } else if (tag.equals(Tag.NULL)) {
      return ScalarType.NULL;
    }
    return ScalarType.STRING;
  }

  static String oneLine(String text) {
    return text == null ? "unknown error" : text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
