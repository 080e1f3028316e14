package dev.prodready.remediation;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Quantity arithmetic and readable rendering (cores or millicores; Gi or Mi). */
final class Quantities {

  private static final BigDecimal MI = BigDecimal.valueOf(1024L * 1024);
  private static final BigDecimal GI = MI.multiply(BigDecimal.valueOf(1024));

  private Quantities() {}

  static BigDecimal parse(String value) {
    return new Quantity(value).getNumericalAmount();
  }

  static boolean isMemory(String resource) {
    return resource.contains("memory") || resource.contains("storage");
  }

  /**
   * Rounds up to a readable quantity: whole cores above one core, else millicores; Gi above 1Gi,
   * else Mi.
   */
  static String render(BigDecimal amount, String resource) {
    if (isMemory(resource)) {
      if (amount.compareTo(GI) >= 0) {
        return amount.divide(GI, 0, RoundingMode.CEILING) + "Gi";
      }
      return amount.divide(MI, 0, RoundingMode.CEILING) + "Mi";
    }
    if (!resource.contains("cpu")) {
      return amount.setScale(0, RoundingMode.CEILING).toPlainString();
    }
    if (amount.compareTo(BigDecimal.ONE) >= 0) {
      return amount.setScale(0, RoundingMode.CEILING).toPlainString();
    }
    return amount.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.CEILING) + "m";
  }
}
