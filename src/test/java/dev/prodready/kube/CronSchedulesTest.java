package dev.prodready.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CronSchedulesTest {

  @ParameterizedTest(name = "\"{0}\" daily: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 2 * * *|true",
        "*/15 * * * *|true",
        "0 */6 * * *|true",
        "30 1,13 * * ?|true",
        "@daily|true",
        "@Hourly|true",
        "@midnight|true",
        "CRON_TZ=Europe/Berlin 0 2 * * *|true",
        "TZ=UTC @daily|true",
        "0 3 * * 0|false",
        "0 2 * * 1-5|false",
        "0 2 */2 * *|false",
        "0 2 1 * *|false",
        "0 2 * 1 *|false",
        "@weekly|false",
        "@monthly|false",
        "@every 1h|false",
        "0 0 2 * * *|false",
        "''|false",
        "not a schedule|false"
      })
  void runsAtLeastDaily(String schedule, boolean daily) {
    assertEquals(daily, CronSchedules.runsAtLeastDaily(schedule));
  }
}
