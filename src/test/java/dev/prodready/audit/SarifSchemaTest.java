package dev.prodready.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * `prodready audit --format sarif` is valid against the SARIF 2.1.0 JSON schema (fetched and cached
 * by hack/sarif-schema.sh from the npm package that ships it), and a broken copy is not, so this
 * test can fail.
 */
@Tag("tools")
class SarifSchemaTest {

  @Test
  void sarifOutputIsValidAgainstTheSchema() throws Exception {
    var schemaFactory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
    var schema = schemaFactory.getSchema(Files.readString(schemaFile()));
    var mapper = new ObjectMapper();
    var sarif =
        (ObjectNode) mapper.readTree(CliRun.of("audit", "-f", "samples", "-o", "sarif").out());

    assertEquals(Set.of(), schema.validate(sarif));

    ObjectNode broken = sarif.deepCopy();
    ((ObjectNode) broken.get("runs").get(0).get("results").get(0)).put("level", "fatal");
    assertFalse(schema.validate(broken).isEmpty(), "a level outside the schema's enum is rejected");
  }

  private static Path schemaFile() throws Exception {
    Process process =
        new ProcessBuilder("hack/sarif-schema.sh", "path").redirectErrorStream(false).start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("hack/sarif-schema.sh path timed out");
    }
    String path =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(
        0,
        process.exitValue(),
        "hack/sarif-schema.sh path: "
            + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    return Path.of(path);
  }
}
