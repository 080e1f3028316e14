package dev.prodready.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A composed SnakeYAML node (which knows its line) as a Jackson tree (which fabric8 turns into typed objects). Scalars
 * keep the type YAML resolved for them (int, float, bool, null), everything else is text.
 */
final class YamlTree {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String MERGE_KEY = "<<";

  private YamlTree() {
  }

  static JsonNode toJson(Node node) {
    if (node instanceof MappingNode mapping) {
      ObjectNode object = NODES.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(toJson(tuple.getKeyNode()));
        JsonNode value = toJson(tuple.getValueNode());
        if (MERGE_KEY.equals(key) && value instanceof ObjectNode merged) {
          merged.fields().forEachRemaining(e -> object.putIfAbsent(e.getKey(), e.getValue()));
        } else {
          object.set(key, value);
        }
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      sequence.getValue().forEach(item -> array.add(toJson(item)));
      return array;
    }
    return scalar((ScalarNode) node);
  }

  private static JsonNode scalar(ScalarNode node) {
    String value = node.getValue();
    Tag tag = node.getTag();
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode(switch (value.toLowerCase()) {
        case "true", "yes", "on", "y" -> true;
        default -> false;
      });
    }
    if (Tag.INT.equals(tag)) {
      try {
        BigInteger number = new BigInteger(value.replace("_", ""));
        // int where it fits: fabric8's IntOrString (ports, maxUnavailable) accepts only int tokens
        if (number.bitLength() < 32) {
          return NODES.numberNode(number.intValue());
        }
        return number.bitLength() < 64 ? NODES.numberNode(number.longValue()) : NODES.numberNode(number);
      } catch (NumberFormatException e) {
        return NODES.textNode(value); // 0x1F, 0o17, 1:30 (sexagesimal): kept as written
      }
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return NODES.numberNode(Double.parseDouble(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return NODES.textNode(value); // .inf, .nan
      }
    }
    return NODES.textNode(value);
  }
}
