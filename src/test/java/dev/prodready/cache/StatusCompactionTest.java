package dev.prodready.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.api.v1alpha1.ReadinessProfileStatus;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StatusCompactionTest {

  private static ReadinessProfileStatus parse() throws IOException {
    return Serialization.unmarshal(
        Files.readString(Path.of("src/test/resources/cache/status.json")),
        ReadinessProfileStatus.class);
  }

  @Test
  void aCompactedStatusSaysTheSame() throws IOException {
    ReadinessProfileStatus status = parse();
    assertEquals(status, StatusCompaction.compact(status));
    assertEquals(
        Serialization.asJson(status), Serialization.asJson(StatusCompaction.compact(status)));
  }

  @Test
  void twoProfilesShareTheirStrings() throws IOException {
    ReadinessProfileStatus one = StatusCompaction.compact(parse());
    ReadinessProfileStatus other = StatusCompaction.compact(parse());
    assertNotSame(one.checks().get(0), other.checks().get(0));
    assertSame(one.checks().get(0).id(), other.checks().get(0).id());
    assertSame(one.checks().get(0).message(), other.checks().get(0).message());
    assertSame(one.checks().get(0).offenders().get(0), other.checks().get(0).offenders().get(0));
    assertSame(one.conditions().get(0).getMessage(), other.conditions().get(0).getMessage());
  }

  @Test
  void theCachedStatusCannotBeChangedInPlace() throws IOException {
    ReadinessProfileStatus status = StatusCompaction.compact(parse());
    assertThrows(UnsupportedOperationException.class, () -> status.checks().add(null));
  }

  @Test
  void theProfileCacheKeepsCompactedStatus() throws IOException {
    var profile = new ReadinessProfile();
    profile.setMetadata(new ObjectMeta());
    profile.setStatus(parse());
    var other = new ReadinessProfile();
    other.setMetadata(new ObjectMeta());
    other.setStatus(parse());
    CachePruning.prune(profile);
    CachePruning.prune(other);
    assertSame(profile.getStatus().checks().get(1).id(), other.getStatus().checks().get(1).id());
  }
}
