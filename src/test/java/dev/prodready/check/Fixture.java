package dev.prodready.check;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileSpec;
import dev.prodready.snapshot.NamespaceSnapshot;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A multi-document YAML file turned into a namespace snapshot. Conventions: a Namespace document
 * gives the namespace labels (default: an unlabelled namespace "fixture"); a ReadinessProfile
 * document gives the profile spec (default: an empty spec); objects of other API groups go to the
 * snapshot's extras under "group/Kind", and a comment line "# served-crds: group/Kind, group/Kind"
 * declares CRDs served even when no object of them exists; comment lines "# expect: text" name text
 * the check's message or offenders must contain; a comment line "# now: 2026-12-01T00:00:00Z" fixes
 * the evaluation time (default: 2026-12-01T00:00:00Z, so fixtures with dates do not rot).
 */
public record Fixture(Path file, NamespaceSnapshot snapshot, List<String> expectations) {

  static final Instant DEFAULT_NOW = Instant.parse("2026-12-01T00:00:00Z");

  public static Fixture load(Path file) throws IOException {
    return load(file, UnaryOperator.identity());
  }

  /**
   * The same, with every object (Namespace and optional-CRD objects included) passed through {@code
   * transform}.
   */
  public static Fixture load(Path file, UnaryOperator<HasMetadata> transform) throws IOException {
    String text = Files.readString(file);
    var objects = new ArrayList<HasMetadata>();
    Map<String, List<GenericKubernetesResource>> extras = new HashMap<>();
    var expectations = new ArrayList<String>();
    Namespace namespace =
        new NamespaceBuilder().withNewMetadata().withName("fixture").endMetadata().build();
    ReadinessProfileSpec spec = new ReadinessProfileSpec();
    Instant now = DEFAULT_NOW;
    for (String line : text.split("\n")) {
      if (line.startsWith("# expect:")) {
        expectations.add(line.substring("# expect:".length()).trim());
      } else if (line.startsWith("# now:")) {
        now = Instant.parse(line.substring("# now:".length()).trim());
      } else if (line.startsWith("# served-crds:")) {
        for (String crd : line.substring("# served-crds:".length()).split(",")) {
          extras.putIfAbsent(crd.trim(), new ArrayList<>());
        }
      }
    }
    for (String doc : text.split("(?m)^---\\s*$")) {
      if (doc.lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) {
        continue;
      }
      if (doc.contains("kind: ReadinessProfile")) {
        spec = Serialization.unmarshal(doc, ReadinessProfile.class).getSpec();
        continue;
      }
      HasMetadata object = transform.apply(Serialization.unmarshal(doc));
      if (object instanceof Namespace ns) {
        namespace = ns;
      } else if (object instanceof GenericKubernetesResource generic) {
        String group =
            generic.getApiVersion().contains("/") ? generic.getApiVersion().split("/")[0] : "";
        extras
            .computeIfAbsent(group + "/" + generic.getKind(), k -> new ArrayList<>())
            .add(generic);
      } else {
        objects.add(object);
      }
    }
    var snapshot =
        NamespaceSnapshot.of(
            namespace.getMetadata().getName(), namespace, spec, objects, Map.copyOf(extras), now);
    return new Fixture(file, snapshot, expectations);
  }

  /** pass, fail, na or manual, from the file name. */
  public String expectedOutcome() {
    return file.getFileName().toString().split("-")[0];
  }

  public String checkId() {
    return file.getParent().getFileName().toString();
  }
}
