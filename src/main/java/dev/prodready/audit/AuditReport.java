package dev.prodready.audit;

import dev.prodready.check.Check;
import java.util.List;
import java.util.Map;

/**
 * Everything a format may print: the scored namespaces, the catalog, and what the input could not
 * give.
 */
public record AuditReport(
    List<NamespaceReport> namespaces,
    List<Check> catalog,
    List<InputProblem> problems,
    Map<String, Integer> ignored,
    String version) {}
