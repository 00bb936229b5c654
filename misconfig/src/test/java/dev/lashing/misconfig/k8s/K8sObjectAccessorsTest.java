package dev.lashing.misconfig.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.misconfig.yaml.Position;
import dev.lashing.misconfig.yaml.YamlValues;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed access to the kinds the secrets-hygiene, mesh and set checks read. */
class K8sObjectAccessorsTest {
  private final K8sLoader loader = K8sLoader.create();

  @Test
  void knownKindsAreTellByGroupAndKind() throws Exception {
    List<K8sObject> objects =
        loader.load(
            "kinds.yaml",
            """
            apiVersion: v1
            kind: Service
            metadata: {name: a}
            ---
            apiVersion: serving.knative.dev/v1
            kind: Service
            metadata: {name: b}
            ---
            apiVersion: extensions/v1beta1
            kind: Ingress
            metadata: {name: c}
            ---
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata: {name: d}
            ---
            apiVersion: security.istio.io/v1beta1
            kind: PeerAuthentication
            metadata: {name: e}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: f}
            """);
    assertThat(objects)
        .extracting(K8sObject::objectKind)
        .containsExactly(
            ObjectKind.SERVICE,
            ObjectKind.OTHER,
            ObjectKind.INGRESS,
            ObjectKind.POD_DISRUPTION_BUDGET,
            ObjectKind.PEER_AUTHENTICATION,
            ObjectKind.OTHER);
    assertThat(objects.get(1).group()).isEqualTo("serving.knative.dev");
    assertThat(objects.get(0).group()).isEmpty();
    for (ObjectKind k : ObjectKind.values()) {
      if (k != ObjectKind.OTHER) {
        String apiVersion = k.group().isEmpty() ? "v1" : k.group() + "/v1";
        assertThat(ObjectKind.of(apiVersion, k.kind())).isEqualTo(k);
      }
    }
  }

  @Test
  void metadataLabelsAnnotationsAndTimestamps() throws Exception {
    K8sObject secret =
        loader
            .load(
                "s.yaml",
                """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: db
                  creationTimestamp: "2025-03-01T10:00:00Z"
                  labels: {app: shop, tier: db}
                  annotations:
                    lashing.dev/rotated-at: "2025-06-01T00:00:00+02:00"
                """)
            .getFirst();
    assertThat(secret.labels()).isEqualTo(Map.of("app", "shop", "tier", "db"));
    assertThat(secret.creationTimestamp()).contains(Instant.parse("2025-03-01T10:00:00Z"));
    assertThat(K8sObject.instant(secret.annotations().get("lashing.dev/rotated-at")))
        .contains(Instant.parse("2025-05-31T22:00:00Z"));
    assertThat(K8sObject.instant("yesterday")).isEmpty();
    assertThat(secret.spec()).isEmpty();
  }

  @Test
  void secretReferencesOfAPodSpecWithPaths() throws Exception {
    K8sObject deploy =
        loader
            .load(
                "d.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: api, namespace: shop}
                spec:
                  template:
                    spec:
                      imagePullSecrets:
                        - name: registry
                      containers:
                        - name: api
                          image: registry.example.com/api:1
                          env:
                            - name: PLAIN
                              value: x
                            - name: TOKEN
                              valueFrom:
                                secretKeyRef: {name: api-token, key: token}
                          envFrom:
                            - secretRef: {name: api-env}
                      volumes:
                        - name: tls
                          secret: {secretName: api-tls}
                        - name: bundle
                          projected:
                            sources:
                              - serviceAccountToken: {path: token}
                              - secret: {name: ca-bundle}
                """)
            .getFirst();
    List<SecretReference> refs = deploy.secretReferences();
    assertThat(refs)
        .extracting(SecretReference::name, SecretReference::use, SecretReference::container)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("api-token", SecretReference.Use.ENV, "api"),
            org.assertj.core.groups.Tuple.tuple("api-env", SecretReference.Use.ENV_FROM, "api"),
            org.assertj.core.groups.Tuple.tuple("api-tls", SecretReference.Use.VOLUME, null),
            org.assertj.core.groups.Tuple.tuple(
                "ca-bundle", SecretReference.Use.PROJECTED_VOLUME, null),
            org.assertj.core.groups.Tuple.tuple("registry", SecretReference.Use.IMAGE_PULL, null));
    assertThat(refs.get(0).viaEnvironment()).isTrue();
    assertThat(YamlValues.positionOf(deploy.root(), refs.get(0).path()))
        .contains(new Position(17, 17));
    assertThat(YamlValues.positionOf(deploy.root(), refs.get(3).path()))
        .contains(new Position(27, 17));
  }

  @Test
  void secretStoresAndTheSecretsTheyProduce() throws Exception {
    List<K8sObject> objects =
        loader.load(
            "stores.yaml",
            """
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata: {name: db, namespace: shop}
            spec:
              target: {name: db-credentials}
            ---
            apiVersion: external-secrets.io/v1beta1
            kind: ExternalSecret
            metadata: {name: api, namespace: shop}
            spec: {}
            ---
            apiVersion: secrets-store.csi.x-k8s.io/v1
            kind: SecretProviderClass
            metadata: {name: vault, namespace: shop}
            spec:
              provider: vault
              secretObjects:
                - secretName: synced-a
                - secretName: synced-b
            ---
            apiVersion: bitnami.com/v1alpha1
            kind: SealedSecret
            metadata: {name: sealed, namespace: shop}
            """);
    assertThat(objects)
        .extracting(K8sObject::producedSecrets)
        .containsExactly(
            List.of("db-credentials"),
            List.of("api"),
            List.of("synced-a", "synced-b"),
            List.of("sealed"));
    assertThat(objects)
        .extracting(K8sObject::isExternalSecretStore)
        .containsExactly(true, true, true, false);
  }

  @Test
  void istioPeerAuthenticationAndEncryptionProviders() throws Exception {
    List<K8sObject> objects =
        loader.load(
            "mesh.yaml",
            """
            apiVersion: security.istio.io/v1
            kind: PeerAuthentication
            metadata: {name: default, namespace: istio-system}
            spec:
              mtls: {mode: STRICT}
              portLevelMtls:
                8080: {mode: PERMISSIVE}
            ---
            apiVersion: apiserver.config.k8s.io/v1
            kind: EncryptionConfiguration
            resources:
              - resources: [configmaps]
                providers: [{identity: {}}]
              - resources: [secrets]
                providers:
                  - aescbc: {keys: [{name: k1, secret: c2VjcmV0}]}
                  - identity: {}
            """);
    PeerAuthentication pa = PeerAuthentication.of(objects.get(0)).orElseThrow();
    assertThat(pa.mode()).isEqualTo("STRICT");
    assertThat(pa.ports()).isEqualTo(Map.of("8080", "PERMISSIVE"));
    assertThat(pa.meshWide()).isTrue();
    assertThat(pa.strict()).isFalse();
    assertThat(PeerAuthentication.of(objects.get(1))).isEmpty();

    List<EncryptionProviders> enc = EncryptionProviders.of(objects.get(1));
    assertThat(enc)
        .containsExactly(
            new EncryptionProviders(List.of("configmaps"), List.of("identity"), "resources[0]"),
            new EncryptionProviders(
                List.of("secrets"), List.of("aescbc", "identity"), "resources[1]"));
    assertThat(enc.get(1).coversSecrets()).isTrue();
    assertThat(enc.get(0).coversSecrets()).isFalse();
  }
}
