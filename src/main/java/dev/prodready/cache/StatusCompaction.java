package dev.prodready.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shrinks a profile's status (records all the way down) before it enters the profile cache: its
 * strings are interned and its lists become immutable copies. A status names the same check ids,
 * checklist references, categories, messages and offenders in every namespace (and again in every
 * version of the same profile), so a thousand cached profiles otherwise hold a thousand copies of
 * each. Returns a new value; the argument is left as it is.
 */
final class StatusCompaction {

  /** A record class's accessors and canonical constructor, looked up once per class. */
  private record Shape(Method[] accessors, Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] components = type.getRecordComponents();
          Method[] accessors =
              Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
          Class<?>[] parameters =
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
          try {
            return new Shape(accessors, type.getDeclaredConstructor(parameters));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + type, e);
          }
        }
      };

  private StatusCompaction() {}

  @SuppressWarnings("unchecked")
  static <T> T compact(T value) {
    return (T) compactValue(value);
  }

  private static Object compactValue(Object value) {
    if (value instanceof String s) {
      return s.intern();
    }
    if (value instanceof List<?> list) {
      return list.isEmpty()
          ? List.of()
          : list.stream().map(StatusCompaction::compactValue).toList();
    }
    if (value instanceof Map<?, ?> map) {
      var copy = new LinkedHashMap<Object, Object>(map.size() * 4 / 3 + 1);
      map.forEach((k, v) -> copy.put(compactValue(k), compactValue(v)));
      return copy;
    }
    if (value != null && value.getClass().isRecord()) {
      return compactRecord((Record) value);
    }
    if (value != null) {
      ModelCompaction.compact(value);
    }
    return value;
  }

  private static Object compactRecord(Record record) {
    Shape shape = SHAPES.get(record.getClass());
    Object[] values = new Object[shape.accessors().length];
    try {
      for (int i = 0; i < values.length; i++) {
        values[i] = compactValue(shape.accessors()[i].invoke(record));
      }
      return shape.constructor().newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass(), e);
    }
  }
}
