package dev.prodready.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prodready.check.Checks;
import dev.prodready.samples.SamplesTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SARIF and JUnit XML of samples/: the structure code-scanning and CI tools read (the SARIF schema:
 * SarifSchemaTest).
 */
class ReportFormatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CATALOG = Checks.all().size();

  @Test
  void sarifHasOneRulePerCheckAndOneResultPerOffenderAtItsFileAndLine() throws Exception {
    CliRun run = CliRun.of("audit", "-f", "samples", "-o", "sarif");
    assertEquals(Cli.FAILED, run.exit(), run.err());
    JsonNode sarif = JSON.readTree(run.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode runNode = sarif.get("runs").get(0);
    JsonNode rules = runNode.get("tool").get("driver").get("rules");
    assertEquals(CATALOG, rules.size());
    Set<String> ids = new HashSet<>();
    rules.forEach(
        r -> {
          ids.add(r.get("id").asText());
          assertTrue(r.get("name").asText().matches("[A-Z][A-Za-z0-9]+"), r.toString());
          assertTrue(
              List.of("error", "warning", "note")
                  .contains(r.get("defaultConfiguration").get("level").asText()));
          assertTrue(!r.get("help").get("text").asText().isBlank());
        });
    assertEquals(CATALOG, ids.size(), "rule ids are unique");

    var results = new ArrayList<JsonNode>();
    runNode.get("results").forEach(results::add);
    JsonNode cpu =
        results.stream()
            .filter(
                r ->
                    r.get("ruleId").asText().equals("cpu-requests")
                        && r.get("properties")
                            .get("object")
                            .asText()
                            .equals("deployment/legacy-api"))
            .findFirst()
            .orElseThrow();
    assertEquals("error", cpu.get("level").asText(), "Critical is error");
    JsonNode location = cpu.get("locations").get(0).get("physicalLocation");
    assertEquals(
        "samples/20-legacy-api.yaml", location.get("artifactLocation").get("uri").asText());
    assertEquals(
        2, location.get("region").get("startLine").asInt(), "the line the Deployment starts on");
    assertEquals(rules.get(cpu.get("ruleIndex").asInt()).get("id").asText(), "cpu-requests");

    JsonNode namespaceLevel =
        results.stream()
            .filter(r -> r.get("ruleId").asText().equals("pod-security-restricted"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "samples/00-namespace.yaml",
        namespaceLevel
            .get("locations")
            .get(0)
            .get("physicalLocation")
            .get("artifactLocation")
            .get("uri")
            .asText(),
        "a namespace finding points at the Namespace object");

    int offenders = 0;
    for (JsonNode check :
        JSON.readTree(CliRun.of("audit", "-f", "samples", "-o", "json").out())
            .get("items")
            .get(0)
            .get("status")
            .get("checks")) {
      if (check.get("state").asText().equals("Fail")) {
        offenders += check.get("offenderCount").asInt();
      }
    }
    assertEquals(offenders, results.size(), "one result per offender of every failing check");
    assertTrue(runNode.get("invocations").get(0).get("executionSuccessful").asBoolean());
  }

  @Test
  void junitHasOneSuitePerNamespaceAndOneCasePerCheckPlusTheGate() throws Exception {
    CliRun run = CliRun.of("audit", "-f", "samples", "-o", "junit");
    var document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    Element root = document.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    NodeList suites = root.getElementsByTagName("testsuite");
    assertEquals(1, suites.getLength());
    Element shop = (Element) suites.item(0);
    assertEquals("shop", shop.getAttribute("name"));
    NodeList cases = shop.getElementsByTagName("testcase");
    assertEquals(CATALOG + 1, cases.getLength());
    assertEquals(String.valueOf(CATALOG + 1), shop.getAttribute("tests"));
    assertEquals(
        String.valueOf(SamplesTest.EXPECTED_FAILED + 1),
        shop.getAttribute("failures"),
        "failed checks + gate");
    assertEquals(SamplesTest.EXPECTED_FAILED + 1, shop.getElementsByTagName("failure").getLength());
    assertEquals(
        shop.getAttribute("skipped"),
        String.valueOf(shop.getElementsByTagName("skipped").getLength()));
    Element gate = (Element) cases.item(cases.getLength() - 1);
    assertEquals("gate", gate.getAttribute("name"));
    assertTrue(
        ((Element) gate.getElementsByTagName("failure").item(0))
            .getAttribute("message")
            .startsWith("score " + SamplesTest.EXPECTED_SCORE + " is below the minimum 80"));
    String cpu =
        StreamSupport.stream(
                new Iterable<Element>() {
                  @Override
                  public Iterator<Element> iterator() {
                    var all = new ArrayList<Element>();
                    for (int i = 0; i < cases.getLength(); i++) {
                      all.add((Element) cases.item(i));
                    }
                    return all.iterator();
                  }
                }.spliterator(),
                false)
            .filter(c -> c.getAttribute("name").equals("cpu-requests"))
            .findFirst()
            .orElseThrow()
            .getTextContent();
    assertTrue(
        cpu.contains(
            "deployment/legacy-api: containers without a CPU request: api "
                + "(samples/20-legacy-api.yaml:2)"),
        cpu);
  }
}
