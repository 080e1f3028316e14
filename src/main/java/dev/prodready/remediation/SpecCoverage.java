package dev.prodready.remediation;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.Iterator;
import java.util.Map;

/**
 * Whether an existing object already has every field of the desired one (the API server adds
 * defaults, so equality would always fail). Quantities compare by value: the server stores "0.5" as
 * "500m".
 */
final class SpecCoverage {

  private SpecCoverage() {}

  static boolean covers(Object existing, Object desired) {
    return covers(tree(existing).path("spec"), tree(desired).path("spec"));
  }

  private static JsonNode tree(Object o) {
    return Serialization.jsonMapper().valueToTree(o);
  }

  private static boolean covers(JsonNode existing, JsonNode desired) {
    if (desired.isObject()) {
      if (!existing.isObject()) {
        return false;
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = desired.fields(); it.hasNext(); ) {
        var field = it.next();
        if (!covers(existing.path(field.getKey()), field.getValue())) {
          return false;
        }
      }
      return true;
    }
    if (desired.isArray()) {
      if (!existing.isArray() || existing.size() != desired.size()) {
        return false;
      }
      for (int i = 0; i < desired.size(); i++) {
        if (!covers(existing.get(i), desired.get(i))) {
          return false;
        }
      }
      return true;
    }
    return existing.asText().equals(desired.asText())
        || sameQuantity(existing.asText(), desired.asText());
  }

  private static boolean sameQuantity(String a, String b) {
    try {
      return new Quantity(a).getNumericalAmount().compareTo(new Quantity(b).getNumericalAmount())
          == 0;
    } catch (RuntimeException notQuantities) {
      return false;
    }
  }
}
