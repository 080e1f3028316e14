package dev.prodready.cache;

import java.lang.reflect.Constructor;
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

  private static final ClassValue<Constructor<?>> CANONICAL =
      new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
          Class<?>[] parameters =
              Arrays.stream(type.getRecordComponents())
                  .map(RecordComponent::getType)
                  .toArray(Class<?>[]::new);
          try {
            Constructor<?> constructor = type.getDeclaredConstructor(parameters);
            constructor.setAccessible(true);
            return constructor;
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
    RecordComponent[] components = record.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        components[i].getAccessor().setAccessible(true);
        values[i] = compactValue(components[i].getAccessor().invoke(record));
      }
      return CANONICAL.get(record.getClass()).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass(), e);
    }
  }
}
