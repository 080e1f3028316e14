package dev.prodready.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Objects of optional CRDs are untyped: missing or mistyped fields read as the zero value, never as
 * null and never by throwing.
 */
class UnstructuredTest {

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

  private static GenericKubernetesResource object(String yaml) {
    return Serialization.unmarshal(yaml, GenericKubernetesResource.class);
  }

  @Test
  void readsPresentFields() {
    assertEquals("720h0m0s", Unstructured.string(schedule, "spec", "template", "ttl"));
    // A number where a namespace name is expected is that name ("42"), as YAML left it unquoted.
    assertEquals(
        List.of("shop", "42"),
        Unstructured.strings(schedule, "spec", "template", "includedNamespaces"));
    assertTrue(Unstructured.isTrue(schedule, "spec", "paused"));
    assertEquals("Schedule/velero/nightly", ObjectRefs.of(schedule, "shop"));
    assertEquals("Schedule/nightly", ObjectRefs.of(schedule, "velero"));
  }

  @Test
  void missingOrMistypedFieldsReadAsAbsent() {
    assertEquals("", Unstructured.string(schedule, "spec", "template", "ttl", "deeper"));
    assertEquals("", Unstructured.string(schedule, "spec", "missing", "field"));
    assertFalse(Unstructured.isTrue(schedule, "spec", "template", "ttl"));
    assertFalse(Unstructured.isFalse(schedule, "spec", "template", "ttl"));
    // A single value where a list is expected is a list of one, not "no restriction".
    assertEquals(List.of("720h0m0s"), Unstructured.strings(schedule, "spec", "template", "ttl"));
    assertEquals(List.of(), Unstructured.maps(schedule, "spec", "rules"));
    assertNull(Unstructured.selector(schedule, "spec", "template", "labelSelector"));
    assertNull(Unstructured.value(Map.of("a", List.of()), "a", "b"));
    assertEquals("", Unstructured.string(new GenericKubernetesResource(), "spec"));
  }

  @Test
  void scalarsReadAsTextAndOtherNodesAsEmpty() {
    var o =
        object(
            """
            apiVersion: example.com/v1
            kind: Thing
            metadata: {name: t}
            spec:
              port: 8080
              enabled: true
              ratio: 0.5
              list: [a, 1, true, {x: y}, [z], null]
              map: {a: b}
              labels: {app: api, tier: 2, nested: {x: y}, none: null}
            """);
    assertEquals("8080", Unstructured.string(o, "spec", "port"));
    assertEquals("true", Unstructured.string(o, "spec", "enabled"));
    assertEquals("0.5", Unstructured.string(o, "spec", "ratio"));
    assertEquals("", Unstructured.string(o, "spec", "list"));
    assertEquals("", Unstructured.string(o, "spec", "map"));
    // A list that names something unreadable is not an empty list (which often means "all").
    assertEquals(List.of("a", "1", "true", "", "", ""), Unstructured.strings(o, "spec", "list"));
    assertEquals(List.of(""), Unstructured.strings(o, "spec", "map"));
    assertEquals(List.of(Map.of("x", "y")), Unstructured.maps(o, "spec", "list"));
    assertEquals(List.of(Map.of("a", "b")), Unstructured.maps(o, "spec", "map"));
    assertEquals(Map.of("app", "api", "tier", "2"), Unstructured.stringMap(o, "spec", "labels"));
    assertEquals(Map.of(), Unstructured.map(o, "spec", "list"));
    assertTrue(Unstructured.has(o, "spec", "map"));
    assertFalse(Unstructured.has(o, "spec", "labels", "none"));
  }

  @Test
  void booleansAcceptTextAndNothingElse() {
    var o =
        object(
            """
            apiVersion: example.com/v1
            kind: Thing
            metadata: {name: t}
            spec: {a: true, b: "False", c: "yes", d: 1, e: [true]}
            """);
    assertTrue(Unstructured.isTrue(o, "spec", "a"));
    assertTrue(Unstructured.isFalse(o, "spec", "b"));
    for (String field : List.of("c", "d", "e", "missing")) {
      assertFalse(Unstructured.isTrue(o, "spec", field), field);
      assertFalse(Unstructured.isFalse(o, "spec", field), field);
    }
  }

  @Test
  void aMalformedSelectorMatchesNothingAndAnAbsentOneIsNull() {
    var o =
        object(
            """
            apiVersion: example.com/v1
            kind: Thing
            metadata: {name: t}
            spec:
              good: {matchLabels: {app: api, replicas: 2}, matchExpressions: [{key: tier, operator: Exists}]}
              single: {matchExpressions: {key: tier, operator: Exists}}
              empty: {}
              labelsAsList: {matchLabels: [app, api]}
              expressionAsText: {matchExpressions: [tier]}
              noOperator: {matchExpressions: [{key: tier}]}
            """);
    var pod = Map.of("app", "api", "replicas", "2", "tier", "web");
    assertTrue(LabelSelectors.matches(Unstructured.selector(o, "spec", "good"), pod));
    assertTrue(LabelSelectors.matches(Unstructured.selector(o, "spec", "single"), pod));
    assertTrue(LabelSelectors.matches(Unstructured.selector(o, "spec", "empty"), pod));
    assertNull(Unstructured.selector(o, "spec", "labelsAsList"));
    assertNull(Unstructured.selector(o, "spec", "expressionAsText"));
    assertNull(Unstructured.selector(o, "spec", "missing"));
    assertFalse(LabelSelectors.matches(Unstructured.selector(o, "spec", "noOperator"), pod));
  }

  @Test
  void metadataMayBeMissing() {
    var o = object("apiVersion: example.com/v1\nkind: Thing\nspec: {a: b}\n");
    assertEquals("", Unstructured.name(o));
    assertEquals("", Unstructured.namespace(o));
    assertEquals("Thing/", ObjectRefs.of(o, "shop"));
  }
}
