package dev.prodready.kube;

import java.util.Locale;
import java.util.Set;

/**
 * Reads CronJob schedules (five fields, the macros Kubernetes accepts, an optional CRON_TZ= or TZ=
 * prefix).
 */
public final class CronSchedules {

  private static final Set<String> DAILY_OR_MORE = Set.of("@hourly", "@daily", "@midnight");

  private CronSchedules() {}

  /**
   * Whether the schedule fires at least once every day: @hourly, @daily/@midnight, or five fields
   * whose day-of-month, month and day-of-week are unrestricted ("*" or "?"); any minute and hour
   * pattern fires at least once a day. Weekly, monthly and yearly schedules, "@every" and
   * unparseable strings do not count.
   */
  public static boolean runsAtLeastDaily(String schedule) {
    if (schedule == null || schedule.isBlank()) {
      return false;
    }
    String s = schedule.trim();
    if (s.startsWith("CRON_TZ=") || s.startsWith("TZ=")) {
      int space = s.indexOf(' ');
      s = space < 0 ? "" : s.substring(space + 1).trim();
    }
    if (s.startsWith("@")) {
      return DAILY_OR_MORE.contains(s.toLowerCase(Locale.ROOT));
    }
    String[] fields = s.split("\\s+");
    return fields.length == 5
        && unrestricted(fields[2])
        && unrestricted(fields[3])
        && unrestricted(fields[4]);
  }

  private static boolean unrestricted(String field) {
    return field.equals("*") || field.equals("?");
  }
}
