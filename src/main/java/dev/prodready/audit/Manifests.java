package dev.prodready.audit;

import java.util.List;

/** Everything read from the input paths: the objects in input order, and what could not be read. */
public record Manifests(List<SourcedObject> objects, List<InputProblem> problems) {}
