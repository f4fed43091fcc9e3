package dev.hotpath.json;

import java.io.IOException;
import java.util.List;

/**
 * Arrays of primitives for generated decoders: read as a list, then unboxed; null when the list or
 * any element failed (its error is already recorded).
 */
public final class PrimitiveArrays {
  private PrimitiveArrays() {}

  public static int[] readIntArray(JsonInput in) throws IOException {
    List<Integer> values = in.readList(JsonInput::readInt);
    if (values == null || values.contains(null)) {
      return null;
    }
    int[] array = new int[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  public static long[] readLongArray(JsonInput in) throws IOException {
    List<Long> values = in.readList(JsonInput::readLong);
    if (values == null || values.contains(null)) {
      return null;
    }
    long[] array = new long[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  public static short[] readShortArray(JsonInput in) throws IOException {
    List<Short> values = in.readList(JsonInput::readShort);
    if (values == null || values.contains(null)) {
      return null;
    }
    short[] array = new short[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  public static double[] readDoubleArray(JsonInput in) throws IOException {
    List<Double> values = in.readList(JsonInput::readDouble);
    if (values == null || values.contains(null)) {
      return null;
    }
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  public static float[] readFloatArray(JsonInput in) throws IOException {
    List<Float> values = in.readList(JsonInput::readFloat);
    if (values == null || values.contains(null)) {
      return null;
    }
    float[] array = new float[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }

  public static boolean[] readBooleanArray(JsonInput in) throws IOException {
    List<Boolean> values = in.readList(JsonInput::readBoolean);
    if (values == null || values.contains(null)) {
      return null;
    }
    boolean[] array = new boolean[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    return array;
  }
}
