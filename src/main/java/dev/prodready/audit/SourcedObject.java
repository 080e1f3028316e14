package dev.prodready.audit;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** One object of the input and where it was read. */
public record SourcedObject(HasMetadata object, Source source) {}
