package dev.prodready.audit;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.prodready.api.v1alpha1.ReadinessProfile;
import dev.prodready.reconciler.NamespaceInformers;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads manifests as `kubectl apply -f` does: files, directories (recursively: *.yaml, *.yml,
 * *.json) and "-" for standard input; multi-document YAML, JSON, and List objects (v1/List,
 * DeploymentList...), each object with the line it starts on. A document that cannot be read is one
 * {@link InputProblem}; the other documents and files are still read.
 */
public final class ManifestReader {

  /**
   * A document separator or end marker at column 0; a document's own text never starts a line with
   * these.
   */
  private static final Pattern SEPARATOR = Pattern.compile("^(---|\\.\\.\\.)(\\s.*)?$");

  private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(unlimited()).build();
  private static final ObjectMapper TREES = new ObjectMapper(YAML);

  /**
   * "apiVersion/Kind" of the kinds the snapshot, the inventory and the profile read, to their model
   * classes.
   */
  private static final Map<String, Class<? extends KubernetesResource>> TYPED = typed();

  private final KubernetesSerialization serialization;
  private final InputStream stdin;

  public ManifestReader(KubernetesSerialization serialization, InputStream stdin) {
    this.serialization = serialization;
    this.stdin = stdin;
  }

  /**
   * A serialization that knows the ReadinessProfile kind, so profiles in the input come back typed.
   */
  public static KubernetesSerialization serialization() {
    var serialization = new KubernetesSerialization();
    serialization.registerKubernetesResource(ReadinessProfile.class);
    return serialization;
  }

  /**
   * Reads every path; files are parsed in parallel, and objects and problems keep the order of the
   * input.
   */
  public Manifests read(List<String> paths) {
    var units = new ArrayList<Supplier<Manifests>>();
    for (String path : paths) {
      if (Source.STDIN.equals(path)) {
        try {
          String text = new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
          units.add(() -> parse(Source.STDIN, () -> text));
        } catch (IOException e) {
          units.add(() -> problem(path, "cannot read standard input: " + e.getMessage()));
        }
        continue;
      }
      var problems = new ArrayList<InputProblem>();
      for (Path file : files(path, problems)) {
        units.add(() -> parse(file.toString(), () -> Files.readString(file)));
      }
      problems.forEach(p -> units.add(() -> new Manifests(List.of(), List.of(p))));
    }
    var objects = new ArrayList<SourcedObject>();
    var problems = new ArrayList<InputProblem>();
    for (Manifests m : units.parallelStream().map(Supplier::get).toList()) {
      objects.addAll(m.objects());
      problems.addAll(m.problems());
    }
    return new Manifests(List.copyOf(objects), List.copyOf(problems));
  }

  private static Manifests problem(String path, String message) {
    return new Manifests(List.of(), List.of(new InputProblem(new Source(path, 0), message)));
  }

  private Manifests parse(String name, Callable<String> text) {
    var objects = new ArrayList<SourcedObject>();
    var problems = new ArrayList<InputProblem>();
    try {
      parse(name, text.call(), objects, problems);
    } catch (Exception e) {
      problems.add(new InputProblem(new Source(name, 0), "cannot read the file: " + describe(e)));
    }
    return new Manifests(objects, problems);
  }

  private static List<Path> files(String path, List<InputProblem> problems) {
    Path p = Path.of(path);
    if (!Files.exists(p)) {
      problems.add(new InputProblem(new Source(path, 0), "no such file or directory"));
      return List.of();
    }
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).filter(ManifestReader::isManifest).sorted().toList();
    } catch (IOException e) {
      problems.add(
          new InputProblem(new Source(path, 0), "cannot list the directory: " + e.getMessage()));
      return List.of();
    }
  }

  private static boolean isManifest(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
  }

  /** Splits the text into documents first, so a broken document costs only itself. */
  void parse(String file, String text, List<SourcedObject> objects, List<InputProblem> problems) {
    String[] lines = text.split("\r?\n", -1);
    int start = 0;
    for (int i = 0; i <= lines.length; i++) {
      if (i == lines.length || SEPARATOR.matcher(lines[i]).matches()) {
        if (i > start) {
          document(file, lines, start, i, objects, problems);
        }
        start = i + 1;
        if (i < lines.length
            && lines[i].startsWith("---")
            && lines[i].length() > 3
            && !lines[i].substring(3).isBlank()) {
          // "--- {a: 1}" or "--- !tag": the document starts on the separator line itself.
          lines[i] = lines[i].substring(3);
          start = i;
        }
      }
    }
  }

  private void document(
      String file,
      String[] lines,
      int from,
      int to,
      List<SourcedObject> objects,
      List<InputProblem> problems) {
    String text = String.join("\n", Arrays.copyOfRange(lines, from, to));
    JsonNode root;
    int line;
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        return; // only comments or blank lines
      }
      line = from + parser.currentTokenLocation().getLineNr();
      root = TREES.readTree(parser);
    } catch (JacksonException e) {
      int at =
          e.getLocation() != null && e.getLocation().getLineNr() > 0
              ? e.getLocation().getLineNr()
              : 1;
      String problem =
          e.getCause() instanceof MarkedYAMLException m ? m.getProblem() : e.getOriginalMessage();
      problems.add(
          new InputProblem(new Source(file, from + at), "invalid YAML: " + oneLine(problem)));
      return;
    } catch (IOException | RuntimeException e) {
      problems.add(new InputProblem(new Source(file, from + 1), "invalid YAML: " + describe(e)));
      return;
    }
    if (!(root instanceof ObjectNode object)) {
      problems.add(
          new InputProblem(
              new Source(file, line),
              "not a Kubernetes object (expected a mapping with " + "apiVersion and kind)"));
      return;
    }
    JsonNode items = object.get("items");
    if (object.path("kind").asText().endsWith("List") && items instanceof ArrayNode list) {
      List<Integer> itemLines = itemLines(text);
      for (int i = 0; i < list.size(); i++) {
        object(
            new Source(file, from + (i < itemLines.size() ? itemLines.get(i) : 1)),
            list.get(i),
            objects,
            problems);
      }
    } else {
      object(new Source(file, line), object, objects, problems);
    }
  }

  /**
   * The line of each item of a List document's items, read again token by token (Lists are rare).
   */
  private static List<Integer> itemLines(String text) {
    var found = new ArrayList<Integer>();
    try (JsonParser parser = YAML.createParser(text)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean isItems = "items".equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (isItems && value == JsonToken.START_ARRAY) {
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            found.add(parser.currentTokenLocation().getLineNr());
            parser.skipChildren();
          }
        } else {
          parser.skipChildren();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private void object(
      Source source, JsonNode tree, List<SourcedObject> objects, List<InputProblem> problems) {
    if (!(tree instanceof ObjectNode)
        || !tree.path("apiVersion").isTextual()
        || !tree.path("kind").isTextual()
        || tree.path("apiVersion").asText().isBlank()
        || tree.path("kind").asText().isBlank()) {
      problems.add(
          new InputProblem(source, "not a Kubernetes object: apiVersion and kind are required"));
      return;
    }
    String kind = tree.get("kind").asText();
    try {
      // Kinds something reads get their model class directly; the rest stay generic. This skips
      // fabric8's registry
      // of every model class (thousands of classes loaded at start-up for kinds nobody reads).
      Class<? extends KubernetesResource> type =
          TYPED.getOrDefault(
              tree.get("apiVersion").asText() + "/" + kind, GenericKubernetesResource.class);
      KubernetesResource resource = serialization.convertValue(tree, type);
      if (!(resource instanceof HasMetadata object)
          || object.getMetadata() == null
          || object.getMetadata().getName() == null) {
        problems.add(new InputProblem(source, kind + " without metadata.name"));
        return;
      }
      objects.add(new SourcedObject(object, source));
    } catch (RuntimeException e) {
      problems.add(
          new InputProblem(
              source, "cannot read " + kind + " " + nameOf(tree) + ": " + describe(e)));
    }
  }

  private static String nameOf(JsonNode tree) {
    JsonNode name = tree.path("metadata").path("name");
    return name.isTextual() ? name.asText() : "(no name)";
  }

  private static Map<String, Class<? extends KubernetesResource>> typed() {
    var types = new HashMap<String, Class<? extends KubernetesResource>>();
    var classes = new ArrayList<Class<? extends HasMetadata>>(NamespaceInformers.WATCHED);
    classes.addAll(NamespaceInformers.WATCHED_CLUSTER);
    classes.add(CustomResourceDefinition.class);
    classes.add(ReadinessProfile.class);
    classes.forEach(c -> types.put(HasMetadata.getApiVersion(c) + "/" + HasMetadata.getKind(c), c));
    return Map.copyOf(types);
  }

  /**
   * Documents of any size (helm template of a big chart is one stream); aliases bounded against
   * "billion laughs".
   */
  private static LoaderOptions unlimited() {
    var options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    options.setMaxAliasesForCollections(1_000);
    return options;
  }

  /** One line, without the stack trace or Jackson's "(through reference chain ...)" tail. */
  static String describe(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int chain = message.indexOf(" (through reference chain");
    return oneLine(chain > 0 ? message.substring(0, chain) : message);
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
