package dev.lashing.image.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChallengeTest {
  @Test
  void parsesDockerHubBearerChallenge() {
    assertThat(
            Challenge.parse(
                List.of(
                    "Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\","
                        + "scope=\"repository:library/alpine:pull\"")))
        .containsExactly(
            new Challenge.Bearer(
                "https://auth.docker.io/token",
                "registry.docker.io",
                "repository:library/alpine:pull"));
  }

  @Test
  void parsesSeveralChallengesQuotingAndUnknownSchemes() {
    assertThat(
            Challenge.parse(
                List.of(
                    "Negotiate abc==, Basic realm=\"a \\\"quoted\\\" realm\"",
                    "bearer REALM=https://h/t, scope=x")))
        .containsExactly(
            new Challenge.Basic("a \"quoted\" realm"),
            new Challenge.Bearer("https://h/t", null, "x"));
  }

  @Test
  void ignoresGarbage() {
    assertThat(Challenge.parse(List.of("", ",,,", "Bearer", "Bearer realm=\"\"", "=\"x")))
        .isEmpty();
  }
}
