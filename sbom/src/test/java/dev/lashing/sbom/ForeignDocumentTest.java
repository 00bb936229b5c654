package dev.lashing.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lashing.model.Package;
import dev.lashing.model.PackageType;
import dev.lashing.model.Relationship;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Documents written by other tools (no {@code lashing:*} properties or annotations), shaped as Syft
 * and Trivy write them: types come from purls, dependencies and DESCRIBES are honoured.
 */
class ForeignDocumentTest {
  @Test
  void cyclonedxFromAnotherTool() throws Exception {
    String doc =
        """
        {"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
         "metadata":{"timestamp":"2024-05-01T10:00:00Z",
           "tools":{"components":[{"type":"application","name":"syft","version":"1.4.1"}]},
           "component":{"bom-ref":"img","type":"container","name":"alpine:3.20","version":"sha256:abc"}},
         "components":[
           {"bom-ref":"pkg:apk/alpine/musl@1.2.5-r0","type":"library","name":"musl","version":"1.2.5-r0",
            "purl":"pkg:apk/alpine/musl@1.2.5-r0","licenses":[{"license":{"id":"MIT"}}]},
           {"type":"library","name":"busybox","version":"1.36.1-r29","purl":"pkg:apk/alpine/busybox@1.36.1-r29",
            "components":[{"type":"library","name":"ssl_client","version":"1","purl":"pkg:generic/ssl_client@1"}]},
           {"type":"operating-system","name":"alpine","version":"3.20.0"}],
         "dependencies":[{"ref":"img","dependsOn":["pkg:apk/alpine/musl@1.2.5-r0"]}]}
        """;
    Sbom sbom = SbomCodecs.read(doc.getBytes(StandardCharsets.UTF_8), "syft.cdx.json");
    assertThat(sbom.tool()).isEqualTo(new Sbom.Tool("syft", "1.4.1"));
    assertThat(sbom.subject().kind()).isEqualTo(SbomSubject.Kind.IMAGE);
    assertThat(sbom.subject().os()).isNotNull();
    assertThat(sbom.subject().os().versionId()).isEqualTo("3.20.0");
    assertThat(sbom.packages())
        .extracting(Package::name, Package::type)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("musl", PackageType.APK),
            org.assertj.core.groups.Tuple.tuple("busybox", PackageType.APK),
            org.assertj.core.groups.Tuple.tuple("ssl_client", PackageType.BINARY));
    assertThat(sbom.relationships())
        .singleElement()
        .extracting(Relationship::kind)
        .isEqualTo(Relationship.Kind.CONTAINS);
  }

  @Test
  void spdxFromAnotherTool() throws Exception {
    String doc =
        """
        {"spdxVersion":"SPDX-2.3","dataLicense":"CC0-1.0","SPDXID":"SPDXRef-DOCUMENT",
         "name":"debian","documentNamespace":"https://example.org/debian-1234",
         "creationInfo":{"created":"2024-05-01T10:00:00Z","creators":["Organization: Example","Tool: trivy-0.52.0"]},
         "documentDescribes":["SPDXRef-ContainerImage-1"],
         "packages":[
           {"name":"debian:12","SPDXID":"SPDXRef-ContainerImage-1","primaryPackagePurpose":"CONTAINER",
            "downloadLocation":"NONE"},
           {"name":"bash","SPDXID":"SPDXRef-Package-bash","versionInfo":"5.2.15-2","supplier":"Organization: Debian",
            "licenseDeclared":"GPL-3.0-or-later AND LicenseRef-x","downloadLocation":"NONE",
            "externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl",
              "referenceLocator":"pkg:deb/debian/bash@5.2.15-2"}]},
           {"name":"libc6","SPDXID":"SPDXRef-Package-libc6","versionInfo":"2.36-9","downloadLocation":"NONE",
            "externalRefs":[{"referenceCategory":"PACKAGE-MANAGER","referenceType":"purl",
              "referenceLocator":"pkg:deb/debian/libc6@2.36-9"}]}],
         "hasExtractedLicensingInfos":[{"licenseId":"LicenseRef-x","extractedText":"custom terms"}],
         "relationships":[
           {"spdxElementId":"SPDXRef-Package-libc6","relationshipType":"DEPENDENCY_OF","relatedSpdxElement":"SPDXRef-Package-bash"}]}
        """;
    Sbom sbom = SbomCodecs.read(doc.getBytes(StandardCharsets.UTF_8), "trivy.spdx.json");
    assertThat(sbom.tool()).isEqualTo(new Sbom.Tool("trivy", "0.52.0"));
    assertThat(sbom.subject().name()).isEqualTo("debian:12");
    assertThat(sbom.serial()).isEqualTo("https://example.org/debian-1234");
    Package bash =
        sbom.packages().stream().filter(p -> p.name().equals("bash")).findFirst().orElseThrow();
    assertThat(bash.type()).isEqualTo(PackageType.DEB);
    assertThat(bash.licenses()).containsExactly("GPL-3.0-or-later", "custom terms");
    assertThat(bash.supplier()).isEqualTo("Debian");
    assertThat(sbom.relationships())
        .containsExactly(new Relationship("bash", "libc6", Relationship.Kind.DEPENDS_ON));
  }
}
