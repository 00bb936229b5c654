package dev.lashing.cli.k8s;

import dev.lashing.misconfig.objects.ObjectSet;
import dev.lashing.misconfig.rbac.Rbac;
import dev.lashing.misconfig.rbac.RbacAnalyzer;
import dev.lashing.misconfig.rbac.RbacFinding;
import dev.lashing.misconfig.rbac.Subject;
import dev.lashing.report.OutputTarget;
import dev.lashing.report.posture.GrantList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lashing k8s rights SUBJECT}: everything one identity may do, and its risks. */
@Command(
    name = "rights",
    mixinStandardHelpOptions = true,
    description = {
      "Every rule SUBJECT holds, directly and through its implicit groups",
      "(system:authenticated, system:serviceaccounts, system:serviceaccounts:NS), with the",
      "binding and role that grant it, and the RBAC risks among them.",
      "",
      "SUBJECT: User:alice, Group:dev, ServiceAccount:NS:NAME or system:serviceaccount:NS:NAME."
    },
    footer = {"", "Exit codes: 0 ok; 2 error."})
public final class RightsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SUBJECT", description = "Who.")
  String subject = "";

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Manifests.")
  List<String> paths = new ArrayList<>();

  @Mixin ObjectSource source;

  @Mixin QueryOutput output;

  @Option(
      names = "--include-system",
      description = "Also judge risks held through Kubernetes' bootstrap bindings.")
  boolean includeSystem;

  @Override
  public Integer call() throws Exception {
    Subject who;
    try {
      who = Subject.parse(subject);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    ObjectSet set = source.load(spec, paths);
    Rbac rbac = Rbac.of(set);
    Set<Subject> identities = new HashSet<>(who.implicitGroups());
    identities.add(who);
    List<RbacFinding> risks =
        RbacAnalyzer.create(includeSystem).analyze(rbac).findings().stream()
            .filter(f -> f.subject() != null && identities.contains(f.subject()))
            .filter(
                f ->
                    source.namespace == null
                        || f.namespace() == null
                        || f.namespace().equals(source.namespace))
            .toList();
    var grants =
        rbac.rights(who).stream()
            .filter(
                g ->
                    source.namespace == null
                        || g.clusterWide()
                        || source.namespace.equals(g.namespace()))
            .toList();
    GrantList answer =
        new GrantList(
            "rights of " + who, set.origin(), set.problems(), grants, risks, rbac.notes());
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
