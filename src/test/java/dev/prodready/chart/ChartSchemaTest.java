package dev.prodready.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `helm lint --strict` passes, and values.schema.json rejects wrong values with a message naming
 * the value.
 */
@Tag("tools")
class ChartSchemaTest {

  @Test
  void lintStrictPasses() {
    var result = Helm.helm("lint", "--strict", Helm.CHART.toString());
    assertEquals(0, result.exitCode(), result.output());
  }

  @Test
  void aWrongTypeIsRejectedNamingTheValue() {
    assertRejected("'/replicaCount': got string, want integer", "--set-string", "replicaCount=two");
    assertRejected(
        "'/leaderElection/enabled': got string, want boolean",
        "--set-string",
        "leaderElection.enabled=yes");
    assertRejected("'/watchNamespaces': got string, want array", "--set", "watchNamespaces=team-a");
  }

  @Test
  void aWrongValuesFileIsRejected() throws Exception {
    Path file = Files.createTempFile("values", ".yaml");
    Files.writeString(file, "maxOffendersPerCheck: ten\n");
    assertRejected("'/maxOffendersPerCheck': got string, want integer", "-f", file.toString());
  }

  @Test
  void unknownKeysAndValuesOutsideTheirRangeAreRejected() {
    assertRejected("additional properties 'replicas' not allowed", "--set", "replicas=3");
    assertRejected("additional properties 'format' not allowed", "--set", "image.format=x");
    assertRejected("'/log/format'", "--set", "log.format=xml");
    assertRejected("'/resyncInterval'", "--set", "resyncInterval=often");
    assertRejected("'/serviceMonitor/enabled'", "--set", "serviceMonitor.enabled=maybe");
    assertRejected("'/replicaCount'", "--set", "replicaCount=0");
  }

  private static void assertRejected(String message, String... args) {
    var all = new String[args.length + 4];
    all[0] = "template";
    all[1] = "prodready";
    all[2] = Helm.CHART.toString();
    all[3] = "--namespace=ops";
    System.arraycopy(args, 0, all, 4, args.length);
    var result = Helm.helm(all);
    assertNotEquals(0, result.exitCode(), "accepted: " + String.join(" ", args));
    assertTrue(result.output().contains(message), result.output());
  }
}
