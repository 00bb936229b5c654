package dev.lashing.misconfig.yaml;

import dev.lashing.misconfig.MisconfigException;
import java.util.List;

/** Loads YAML (and JSON) streams into position-keeping trees, within {@link YamlLimits}. */
public interface YamlLoader {

  /**
   * Every non-empty document of {@code text}, in order.
   *
   * @param file the name used in error messages
   * @throws MisconfigException one line naming {@code file:line} when the text is not YAML or
   *     exceeds a limit
   */
  List<YamlNode> load(String file, String text) throws MisconfigException;

  static YamlLoader create(YamlLimits limits) {
    return new SnakeYamlLoader(limits);
  }

  static YamlLoader create() {
    return create(YamlLimits.DEFAULTS);
  }
}
