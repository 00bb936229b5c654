package dev.lashing.image.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FsPathsTest {

  @Test
  void normalizesTarNames() {
    assertThat(FsPaths.normalize("./")).isEqualTo("/");
    assertThat(FsPaths.normalize("./etc/passwd")).isEqualTo("/etc/passwd");
    assertThat(FsPaths.normalize("/etc//x/./y/")).isEqualTo("/etc/x/y");
    assertThat(FsPaths.normalize("a/b/../c")).isEqualTo("/a/c");
    assertThat(FsPaths.normalize("a/..")).isEqualTo("/");
    assertThat(FsPaths.normalize("../../etc/passwd")).isNull();
    assertThat(FsPaths.normalize("/../x")).isNull();
    assertThat(FsPaths.normalize("a/../../x")).isNull();
  }

  @Test
  void ordersSubtreesRightAfterTheirDirectory() {
    List<String> paths = new ArrayList<>(List.of("/a-b", "/a/z", "/a", "/", "/a.c", "/a/b/c"));
    paths.sort(FsPaths.ORDER);
    assertThat(paths).containsExactly("/", "/a", "/a/b/c", "/a/z", "/a-b", "/a.c");
  }

  @Test
  void parents() {
    assertThat(FsPaths.parent("/a/b")).isEqualTo("/a");
    assertThat(FsPaths.parent("/a")).isEqualTo("/");
    assertThat(FsPaths.parent("/")).isNull();
    assertThat(FsPaths.isUnder("/a/b", "/a")).isTrue();
    assertThat(FsPaths.isUnder("/ab", "/a")).isFalse();
    assertThat(FsPaths.isUnder("/a", "/")).isTrue();
  }
}
