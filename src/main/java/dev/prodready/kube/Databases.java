package dev.prodready.kube;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Heuristics about databases and caches, by name only (nothing is connected to): which engine an
 * image runs, which engines a backup job backs up, and whether a container depends on one.
 */
public final class Databases {

  /**
   * Database engines: words in an image's repository name, and backup tools in a job's image or
   * command.
   */
  public enum Engine {
    Postgres("postgres", "pg_dump|pg_dumpall|pg_basebackup|pgbackrest|wal-g"),
    MySql("mysql|mariadb", "mysqldump|mariadb-dump|mariabackup|xtrabackup|mydumper"),
    Mongo("mongo", "mongodump"),
    Redis("redis", "redis-cli\\b.*--rdb"),
    Cassandra("cassandra", "medusa|nodetool\\s+snapshot"),
    Elasticsearch("elasticsearch", "_snapshot"),
    Cockroach("cockroach", "\\bbackup\\s+into\\b");

    private final Pattern word;
    private final Pattern tool;

    Engine(String words, String tools) {
      this.word = Pattern.compile(words);
      this.tool = Pattern.compile(tools);
    }

    /**
     * Whether a job (its name, images, commands, arguments and env values, lowercased) backs this
     * engine up: it runs one of the engine's backup tools, or mentions "backup" together with the
     * engine's name.
     */
    public boolean backedUpBy(String jobText) {
      return tool.matcher(jobText).find()
          || (jobText.contains("backup") && word.matcher(jobText).find());
    }
  }

  private static final Pattern DEPENDENCY_ENV_NAME =
      Pattern.compile("DB_HOST|DATABASE_URL|POSTGRES|MYSQL|MONGO|REDIS");
  private static final Pattern DEPENDENCY_VALUE =
      Pattern.compile(
          "(?i)jdbc:|postgres(ql)?://|mysql://|mongodb(\\+srv)?://|rediss?://|(?<!\\d)(5432|3306|27017|6379)(?!\\d)");

  private Databases() {}

  /**
   * The engine an image runs, from its repository name ("bitnami/postgresql" is Postgres), or
   * empty.
   */
  public static Optional<Engine> engineOf(String image) {
    if (image == null || image.isBlank()) {
      return Optional.empty();
    }
    String repository = ImageReference.parse(image).repository().toLowerCase(Locale.ROOT);
    for (Engine e : Engine.values()) {
      if (e.word.matcher(repository).find()) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Everything a job says about what it runs, lowercased, for {@link Engine#backedUpBy}. */
  public static String jobText(String name, List<Container> containers) {
    var text = new StringBuilder(name == null ? "" : name);
    for (Container c : containers) {
      text.append(' ').append(c.getImage()).append(' ').append(Commands.commandLine(c));
      for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
        text.append(' ').append(e.getValue() == null ? "" : e.getValue());
      }
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * What makes a container look dependent on a database or cache: an env var named like DB_HOST,
   * DATABASE_URL, POSTGRES*, MYSQL*, MONGO*, REDIS* (case-insensitive), or an env value, command or
   * argument with "jdbc:", a postgres://, mysql://, mongodb:// or redis:// URL, or one of the ports
   * 5432, 3306, 27017, 6379. Empty when nothing points at one. Values in ConfigMaps (envFrom) are
   * not seen.
   */
  public static Optional<String> dependencyOf(Container c) {
    var hints = new ArrayList<String>();
    for (EnvVar e : c.getEnv() == null ? List.<EnvVar>of() : c.getEnv()) {
      String name = e.getName() == null ? "" : e.getName();
      if (DEPENDENCY_ENV_NAME.matcher(name.toUpperCase(Locale.ROOT)).find()
          || (e.getValue() != null && DEPENDENCY_VALUE.matcher(e.getValue()).find())) {
        hints.add("env " + name);
      }
    }
    if (DEPENDENCY_VALUE.matcher(Commands.commandLine(c)).find()) {
      hints.add("command/args");
    }
    return hints.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", hints));
  }
}
