package dev.lashing.cli.k8s;

import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.rbac.AccessQuery;
import dev.lashing.misconfig.rbac.Rbac;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.posture.GrantList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing k8s who-can VERB RESOURCE}: the subjects allowed, and what allows them. */
@Command(
    name = "who-can",
    mixinStandardHelpOptions = true,
    description = {
      "Which users, groups and service accounts may do VERB on RESOURCE, with the binding and",
      "role rule that allow it (implicit groups such as system:authenticated are listed as",
      "themselves).",
      "",
      "RESOURCE: pods, pods/exec, deployments.apps, secrets, or a URL such as /metrics.",
      "Without -n, grants in any namespace are listed with where they apply."
    },
    footer = {"", "Exit codes: 0 ok; 2 error."})
public final class WhoCanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "VERB", description = "get, list, create, impersonate, …")
  String verb = "";

  @Parameters(index = "1", paramLabel = "RESOURCE", description = "Resource[/subresource][.group].")
  String resource = "";

  @Parameters(index = "2..*", arity = "0..*", paramLabel = "PATH", description = "Manifests.")
  List<String> paths = new ArrayList<>();

  @Mixin ObjectSource source;

  @Mixin QueryOutput output;

  @Option(names = "--subresource", paramLabel = "SUB", description = "Subresource, e.g. exec.")
  @Nullable String subresource;

  @Option(names = "--api-group", paramLabel = "GROUP", description = "API group ('' = core).")
  @Nullable String apiGroup;

  @Option(names = "--resource-name", paramLabel = "NAME", description = "One object's name.")
  @Nullable String name;

  @Override
  public Integer call() throws Exception {
    ObjectSet set = source.load(spec, paths);
    AccessQuery q = AccessQuery.of(verb, resource).inNamespace(source.namespace).withName(name);
    if (subresource != null) {
      q = q.withSubresource(subresource);
    }
    if (apiGroup != null) {
      q = q.withApiGroup(apiGroup);
    }
    Rbac rbac = Rbac.of(set);
    GrantList answer =
        new GrantList(
            "who can " + q, set.origin(), set.problems(), rbac.whoCan(q), List.of(), rbac.notes());
    OutputTarget.of(output.output, spec.commandLine().getOut())
        .write(
            o -> {
              switch (output.format) {
                case table -> answer.table(o);
                case json -> answer.json(o);
              }
            });
    return 0;
  }
}
