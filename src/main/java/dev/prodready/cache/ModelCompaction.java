package dev.prodready.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks a parsed fabric8 object in place without changing what it says. Two kinds of waste
 * dominate a cache of Kubernetes objects: every nested model object (about 40 per Deployment)
 * carries its own empty {@code additionalProperties} map and empty lists for every unset list
 * field, and the same strings (label keys, image names, "cpu", "http") are held once per object.
 * Empty additionalProperties and empty lists become shared immutable ones (cached objects are never
 * modified: checks are pure, and the Remediator builds its own objects); strings of model objects,
 * and keys and values of their string maps (labels, annotations, selectors), are interned. Identity
 * strings of ObjectMeta (uid, resourceVersion, timestamps) are left alone: they are unique,
 * interning them would only cost.
 */
final class ModelCompaction {

  private static final String MODEL_PACKAGE = "io.fabric8.kubernetes.api.model";
  private static final Map<String, Object> NO_PROPERTIES = Map.of();
  private static final List<Object> NO_ITEMS = List.of();
  private static final List<String> METADATA_IDENTITY =
      List.of(
          "getUid",
          "getResourceVersion",
          "getCreationTimestamp",
          "getSelfLink",
          "getDeletionTimestamp",
          "getGenerateName");

  private static final ClassValue<List<Property>> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
          return properties(type);
        }
      };

  private ModelCompaction() {}

  /** A getter whose value is worth visiting, and its setter. */
  private record Property(Method getter, Method setter) {}

  static void compact(Object object) {
    if (object == null || !isModel(object.getClass())) {
      return;
    }
    for (Property p : PROPERTIES.get(object.getClass())) {
      Object value = get(p.getter(), object);
      if (value == null) {
        continue;
      }
      if (value instanceof String s) {
        set(p.setter(), object, s.intern());
      } else if (value instanceof Map<?, ?> map) {
        if (map.isEmpty() && p.getter().getName().equals("getAdditionalProperties")) {
          set(p.setter(), object, NO_PROPERTIES);
        } else if (!map.isEmpty()) {
          set(p.setter(), object, compactMap(map));
        }
      } else if (value instanceof List<?> list) {
        if (list.isEmpty()) {
          set(p.setter(), object, NO_ITEMS);
        } else {
          compactList(list);
        }
      } else {
        compact(value);
      }
    }
  }

  private static Map<Object, Object> compactMap(Map<?, ?> map) {
    var copy = new LinkedHashMap<Object, Object>(map.size() * 4 / 3 + 1);
    map.forEach(
        (k, v) -> {
          Object key = k instanceof String s ? s.intern() : k;
          Object value = v instanceof String s ? s.intern() : v;
          compact(value);
          copy.put(key, value);
        });
    return copy;
  }

  @SuppressWarnings("unchecked")
  private static void compactList(List<?> list) {
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      if (item instanceof String s && list instanceof ArrayList<?>) {
        ((List<Object>) list).set(i, s.intern());
      } else {
        compact(item);
      }
    }
  }

  private static boolean isModel(Class<?> type) {
    return type.getName().startsWith(MODEL_PACKAGE);
  }

  private static List<Property> properties(Class<?> type) {
    var result = new ArrayList<Property>();
    boolean metadata = type.getSimpleName().equals("ObjectMeta");
    for (Method getter : type.getMethods()) {
      Class<?> returned = getter.getReturnType();
      boolean visited =
          returned == String.class
              || Map.class.isAssignableFrom(returned)
              || List.class.isAssignableFrom(returned)
              || isModel(returned);
      if (!visited
          || getter.getParameterCount() != 0
          || !getter.getName().startsWith("get")
          || Modifier.isStatic(getter.getModifiers())
          || (metadata && METADATA_IDENTITY.contains(getter.getName()))) {
        continue;
      }
      try {
        Method setter = type.getMethod("set" + getter.getName().substring(3), returned);
        result.add(new Property(getter, setter));
      } catch (NoSuchMethodException readOnly) {
        // no setter: nothing to replace (lists and nested objects are still compacted in place
        // through the getter)
        if (List.class.isAssignableFrom(returned) || isModel(returned)) {
          result.add(new Property(getter, null));
        }
      }
    }
    return List.copyOf(result);
  }

  private static Object get(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + getter, e);
    }
  }

  private static void set(Method setter, Object target, Object value) {
    if (setter == null) {
      return;
    }
    try {
      setter.invoke(target, value);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot write " + setter, e);
    }
  }
}
