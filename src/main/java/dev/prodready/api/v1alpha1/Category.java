package dev.prodready.api.v1alpha1;

import com.fasterxml.jackson.annotation.JsonValue;

/** The seven tables of the production-readiness checklist. */
public enum Category {
  Resources("Resources"),
  Reliability("Reliability"),
  Security("Security"),
  Observability("Observability"),
  Networking("Networking"),
  BackupDR("Backup & DR"),
  CICD("CI/CD");

  private final String displayName;

  Category(String displayName) {
    this.displayName = displayName;
  }

  @JsonValue
  public String displayName() {
    return displayName;
  }
}
