package dev.lashing.misconfig.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lashing.misconfig.MisconfigException;
import org.junit.jupiter.api.Test;

class DockerfileParserTest {
  private final DockerfileParser parser = DockerfileParser.create();

  @Test
  void continuationsKeepStartAndEndLinesAndSkipCommentsInside() throws Exception {
    Dockerfile d =
        parser.parse(
            "Dockerfile",
            """
            FROM debian:12
            # a comment
            RUN apt-get update \\
            # comment inside a continuation
                && apt-get install -y curl

              USER app
            """);
    Instruction run = d.instructions().get(1);
    assertThat(run.keyword()).isEqualTo("RUN");
    assertThat(run.line()).isEqualTo(3);
    assertThat(run.endLine()).isEqualTo(5);
    assertThat(run.value()).contains("apt-get update").contains("&& apt-get install -y curl");
    Instruction user = d.instructions().get(2);
    assertThat(user.line()).isEqualTo(7);
    assertThat(user.column()).isEqualTo(3);
  }

  @Test
  void directivesSetSyntaxAndEscape() throws Exception {
    Dockerfile d =
        parser.parse(
            "Dockerfile",
            """
            # syntax=docker/dockerfile:1.7
            # escape=`
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            RUN dir `
                C:\\
            """);
    assertThat(d.directives().syntax()).isEqualTo("docker/dockerfile:1.7");
    assertThat(d.directives().escape()).isEqualTo('`');
    assertThat(d.instructions().get(1).endLine()).isEqualTo(5);
    assertThat(d.instructions().get(1).value()).contains("C:\\");
  }

  @Test
  void heredocsAreCollectedWithTheirLines() throws Exception {
    Dockerfile d =
        parser.parse(
            "Dockerfile",
            "FROM alpine:3.20\n"
                + "RUN <<EOF\n"
                + "apk add --no-cache curl\n"
                + "echo done\n"
                + "EOF\n"
                + "COPY <<-\"CONF\" /etc/app.conf\n"
                + "\tmode=$MODE\n"
                + "\tCONF\n"
                + "USER app\n");
    Instruction run = d.instructions().get(1);
    assertThat(run.heredocs()).hasSize(1);
    assertThat(run.heredocs().getFirst().content())
        .isEqualTo("apk add --no-cache curl\necho done\n");
    assertThat(run.heredocs().getFirst().line()).isEqualTo(3);
    assertThat(run.endLine()).isEqualTo(5);
    Heredoc conf = d.instructions().get(2).heredocs().getFirst();
    assertThat(conf.stripTabs()).isTrue();
    assertThat(conf.quoted()).isTrue();
    assertThat(conf.content()).isEqualTo("mode=$MODE\n");
    assertThat(d.instructions().get(3).line()).isEqualTo(9);
  }

  @Test
  void jsonAndShellFormsAndFlags() throws Exception {
    Dockerfile d =
        parser.parse(
            "Dockerfile",
            """
            FROM --platform=$BUILDPLATFORM golang:1.23 AS Build
            COPY --from=build --chown=app:app ["a b", "/dst/"]
            RUN --mount=type=cache,target=/root/.cache go build ./...
            CMD ["/app", "--port", "8080"]
            ENTRYPOINT /app "quoted arg"
            """);
    Stage stage = d.stages().getFirst();
    assertThat(stage.name()).isEqualTo("build");
    assertThat(stage.platform()).isEmpty();
    Instruction copy = d.instructions().get(1);
    assertThat(copy.flag("from")).contains("build");
    assertThat(copy.flag("chown")).contains("app:app");
    assertThat(copy.json()).isTrue();
    assertThat(copy.words()).containsExactly("a b", "/dst/");
    assertThat(d.instructions().get(2).flag("mount")).contains("type=cache,target=/root/.cache");
    assertThat(d.instructions().get(3).words()).containsExactly("/app", "--port", "8080");
    assertThat(d.instructions().get(4).json()).isFalse();
    assertThat(d.instructions().get(4).words()).containsExactly("/app", "quoted arg");
  }

  @Test
  void argAndEnvExpansionIsScopedPerStage() throws Exception {
    Dockerfile d =
        parser.parse(
            "Dockerfile",
            """
            ARG BASE=alpine
            ARG TAG=3.20
            FROM ${BASE}:${TAG} AS one
            ENV DIR=/srv
            WORKDIR $DIR/app
            USER ${MISSING:-nobody}
            LABEL v=${TAG}
            FROM debian:12
            ARG TAG
            LABEL v=${TAG} d=${DIR:+set} e='$TAG'
            """);
    assertThat(d.stages()).hasSize(2);
    assertThat(d.stages().get(0).image()).isEqualTo("alpine:3.20");
    assertThat(d.instructions().get(4).value()).isEqualTo("/srv/app");
    assertThat(d.instructions().get(5).value()).isEqualTo("nobody");
    assertThat(d.instructions().get(6).value()).as("global ARG not visible").isEqualTo("v=");
    assertThat(d.instructions().get(9).words()).containsExactly("v=3.20", "d=", "e=$TAG");
    assertThat(d.instructions().get(9).stage()).isEqualTo(1);
    assertThat(d.instructions().get(0).stage()).isEqualTo(-1);
  }

  @Test
  void hostileInputFailsWithFileAndLine() {
    assertThatThrownBy(() -> parser.parse("bad/Dockerfile", "FROM alpine\nFROB x\n"))
        .isInstanceOf(MisconfigException.class)
        .hasMessage("bad/Dockerfile:2: unknown instruction 'FROB' (is this a Dockerfile?)");
    assertThatThrownBy(() -> parser.parse("D", "FROM alpine\nRUN <<EOF\necho\n"))
        .hasMessageStartingWith("D:2: unterminated heredoc <<EOF");
    assertThatThrownBy(() -> parser.parse("D", "# escape=x\nFROM alpine\n"))
        .hasMessageStartingWith("D:1: invalid escape directive");
    assertThatThrownBy(() -> parser.parse("D", "FROM\n"))
        .hasMessage("D:1: FROM requires an image name");
    assertThatThrownBy(() -> parser.parse("D", "FROM a\0")).hasMessageContaining("NUL");
    assertThatThrownBy(() -> parser.parse("D", "#".repeat(DockerfileParser.MAX_CHARS + 1)))
        .hasMessageContaining("larger than");
  }
}
