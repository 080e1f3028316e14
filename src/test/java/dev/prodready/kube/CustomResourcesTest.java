package dev.prodready.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Objects of optional CRDs are untyped: missing or mistyped fields read as absent, never throw. */
class CustomResourcesTest {

  private final GenericKubernetesResource schedule =
      Serialization.unmarshal(
          """
      apiVersion: velero.io/v1
      kind: Schedule
      metadata:
        name: nightly
        namespace: velero
      spec:
        paused: "true"
        template:
          includedNamespaces: [shop, 42]
          ttl: 720h0m0s
          labelSelector: not-a-map
      """,
          GenericKubernetesResource.class);

  @Test
  void readsPresentFields() {
    assertEquals(
        Optional.of("720h0m0s"), CustomResources.string(schedule, "spec", "template", "ttl"));
    assertEquals(
        List.of("shop"),
        CustomResources.strings(schedule, "spec", "template", "includedNamespaces"));
    assertEquals(Optional.of(true), CustomResources.bool(schedule, "spec", "paused"));
    assertEquals("Schedule/velero/nightly", CustomResources.ref(schedule, "shop"));
    assertEquals("Schedule/nightly", CustomResources.ref(schedule, "velero"));
  }

  @Test
  void missingOrMistypedFieldsReadAsAbsent() {
    assertEquals(
        Optional.empty(), CustomResources.string(schedule, "spec", "template", "ttl", "deeper"));
    assertEquals(Optional.empty(), CustomResources.string(schedule, "spec", "missing", "field"));
    assertEquals(Optional.empty(), CustomResources.bool(schedule, "spec", "template", "ttl"));
    assertEquals(List.of(), CustomResources.strings(schedule, "spec", "template", "ttl"));
    assertEquals(List.of(), CustomResources.maps(schedule, "spec", "rules"));
    assertEquals(
        Optional.empty(), CustomResources.selector(schedule, "spec", "template", "labelSelector"));
    assertTrue(CustomResources.at(Map.of("a", List.of()), "a", "b") == null);
    assertEquals(Optional.empty(), CustomResources.string(new GenericKubernetesResource(), "spec"));
  }
}
